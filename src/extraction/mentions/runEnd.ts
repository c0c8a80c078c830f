/**
 * Where a capitalised name run that starts at a token ends: past further capitalised words and
 * the connectors names hold ("of", "for", "and", "&", hyphens, "'", particles such as "von der").
 */
import type { Sentence } from '../../nlp/nlp.js';
import { NAME_PARTICLES } from '../lexicon.js';
import { headType } from './headType.js';
import type { MentionContext } from './MentionContext.js';
import { canContinue } from './nameTokens.js';
import { MONTHS, WEEKDAYS } from '../lexicon.js';

/** Longest name chunk in tokens ("Democratic People's Republic of Korea" has 7). */
export const MAX_NAME_TOKENS = 12;

const GROUP_NOUNS: readonly string[] = ['party', 'alliance', 'movement', 'coalition', 'front', 'bloc', 'union'];
const isTitleCase = (text: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(text);

/** "the Law and Justice party": the capitalised run from `i` is followed by a lower-case party/group noun. */
function beforeGroupNoun(ctx: MentionContext, i: number, last: number): boolean {
  let e = i;
  while (e + 1 <= last && e - i < 3 && canContinue(ctx, e + 1)) e++;
  const n = ctx.tokens[e + 1];
  return e + 1 <= last && n !== undefined && /^\p{Ll}/u.test(n.text) && GROUP_NOUNS.includes(n.lower);
}

/** True when the capitalised tokens from `i` end in an organisation head ("… Markets Authority"). */
function endsInOrgHead(ctx: MentionContext, i: number, last: number): boolean {
  let e = i;
  while (e + 1 <= last && e - i < MAX_NAME_TOKENS && canContinue(ctx, e + 1)) e++;
  const h = headType(ctx.tokens[e]!.text);
  return h !== null && h.type === 'ORGANIZATION';
}

/** How many lower-case name particles start at i and are followed by a capitalised name word (0 if none). */
function particleRun(ctx: MentionContext, i: number, last: number): number {
  const { tokens } = ctx;
  let k = i;
  while (k <= last && k - i < 3 && NAME_PARTICLES.has(tokens[k]!.text)) k++;
  // "al-Burhan", "el-Sisi": a particle glued to the name by a hyphen.
  if (k > i && k < last && tokens[k]!.text === '-' && !tokens[k]!.spaceBefore && !tokens[k + 1]!.spaceBefore) k++;
  return k > i && k <= last && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) && canContinue(ctx, k) ? k - i : 0;
}

/** Run state while a name grows from `start`: past an "of"/"for" connector a capitalised "and" conjunct stays inside. */
interface Growth {
  start: number;
  end: number;
  connected: boolean;
}

/** Whether the connector at `g.end` (followed by a name word) joins the run; may set `g.connected`. */
function joins(ctx: MentionContext, g: Growth, s: Sentence): boolean {
  const { tokens, gaz, lowers } = ctx;
  const { start: i, end } = g;
  const t = tokens[end]!;
  const next = tokens[end + 1]!;
  // ("Marlow Trading Co. of New York": after a legal form, "of" and a place say where the firm is.)
  const legalOfPlace = t.lower === 'of' && LEGAL_FORMS.has(tokens[end - 1]!.lower) && gaz.longestMatch(lowers, end + 1) !== null;
  const orgConnector = (t.lower === 'of' || t.lower === 'for') && headType(tokens[end - 1]!.text)?.type === 'ORGANIZATION' && !legalOfPlace;
  const placeConnector = t.lower === 'of' && headType(tokens[end - 1]!.text) !== null && !gaz.longestMatch(lowers, end - 1) && !legalOfPlace;
  if (orgConnector || placeConnector) {
    if (!gaz.longestMatch(lowers, end + 1)) g.connected = true;
    return true;
  }
  if (g.connected && t.lower === 'and' && /^\p{Lu}\p{Ll}/u.test(next.text) && !gaz.longestMatch(lowers, end + 1)) return true;
  if ((t.text === "'" || t.text === '’') && !t.spaceBefore && /s$/i.test(tokens[end - 1]!.text)) return true;
  if (NAME_PARTICLES.has(t.text) && t.pos !== 'ADP' || (NAME_PARTICLES.has(t.text) && t.lower !== 'of' && end - i === 1 && isTitleCase(tokens[end - 1]!.text) && isTitleCase(next.text))) return true;
  // Portuguese place/venue connector "do" ("Rio Grande do Sul", "Estadio do Mar"): between two capitalised words, not after a sentence-initial word alone.
  if (t.text === 'do' && isTitleCase(tokens[end - 1]!.text) && isTitleCase(next.text) && (i > s.first || end - i >= 2)) return true;
  // "Competition and Markets Authority" is one name; "Kessler Group and Oduya Foods" are two.
  // (Not after a country or capital: "Senegal and Nordvik Energy" are two.)
  if ((t.lower === 'and' || t.text === '&') && gaz.longestMatch(lowers, i, end)?.length !== end - i && (endsInOrgHead(ctx, end + 1, s.last) || (i > s.first && tokens[i - 1]!.lower === 'the' && beforeGroupNoun(ctx, end + 1, s.last))) && (t.text === '&' || end - i < 2 || headType(tokens[end - 1]!.text)?.type !== 'ORGANIZATION')) return true;
  return (t.text === '-' || t.text === '&') && !t.spaceBefore && !next.spaceBefore;
}

/** Legal forms that end a company's name ("Acme Corp.", "Marlow Trading Co."). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(['co', 'co.', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'sa', 's.a.', 'nv', 'n.v.', 'bv']);

/** Lower-case words glued after a name by a hyphen that are no name part ("Kim-led", "Seoul-run"). */
const HYPHEN_WORDS: ReadonlySet<string> = new Set(['led', 'run', 'era', 'old', 'day', 'ish', 'bound', 'wide', 'born', 'made']);

/** A short given-name syllable glued by a hyphen to a short capitalised one: "Park Ji-ho", "Moon Jae-in". */
function syllableAfterHyphen(ctx: MentionContext, h: number): boolean {
  const { tokens } = ctx;
  const dash = tokens[h]!;
  const part = tokens[h + 1]!;
  return dash.text === '-' && !dash.spaceBefore && !part.spaceBefore && /^\p{Ll}{2,3}$/u.test(part.text) && !HYPHEN_WORDS.has(part.text) &&
    /^\p{Lu}\p{Ll}{1,3}$/u.test(tokens[h - 1]!.text);
}

/** A number that ends a product or mission name: "Nuvia Lens 2", "Apollo 11" (not a score, a quantity or a date). */
function modelNumber(ctx: MentionContext, i: number, last: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  if (!/^\d{1,4}[a-z]{0,2}$/.test(t.text) || !t.spaceBefore || !/^\p{Lu}/u.test(prev.text) || MONTHS.has(prev.lower) || WEEKDAYS.has(prev.lower)) return false;
  const after = i < last ? tokens[i + 1]! : null;
  if (after === null) return true;
  // ("2-1", "5%", "3:0" are scores and shares; "3 goals" a quantity; "Chelsea 2 Arsenal 1" a result.)
  if (after.pos === 'PUNCT') return !['-', '–', '%', '/', ':', '.'].includes(after.text);
  return Boolean(after.spaceBefore) && /^\p{Ll}/u.test(after.text) && after.pos !== 'NOUN' && after.pos !== 'NUM';
}

/** "for the" after an organisation head inside a name ("Alliance for the Union of …"). ("of the" joins two bodies as often: "Queens College of the City University".) */
function connectorThe(ctx: MentionContext, i: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i]!;
  return t.lower === 'for' && tokens[i + 1]?.lower === 'the' && headType(tokens[i - 1]!.text)?.type === 'ORGANIZATION' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 2]?.text ?? '');
}

/** Function words a name may hold capitalised ("Save Our Hills", "Doctors Without Borders", "Friends Of The Earth"). */
const NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set(['our', 'my', 'your', 'their', 'without', 'against', 'beyond', 'across', 'sans', 'for', 'of', 'the', 'in', 'on', 'and']);

/**
 * Token i is a function word capitalised inside a name: a listed word in title case in a
 * sentence written in sentence case (a headline in title case capitalises every word).
 */
function innerFunctionWord(ctx: MentionContext, i: number, s: Sentence): boolean {
  const t = ctx.tokens[i]!;
  if (!NAME_FUNCTION_WORDS.has(t.lower) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const memo = (ctx.memo.sentenceCase ??= new Map());
  let sentenceCase = memo.get(s.first);
  if (sentenceCase === undefined) {
    const words = ctx.tokens.slice(s.first, s.last + 1).filter((w) => /\p{L}/u.test(w.text));
    sentenceCase = words.filter((w) => /^\p{Ll}/u.test(w.text)).length * 2 > words.length;
    memo.set(s.first, sentenceCase);
  }
  return sentenceCase;
}

/** Function words inside a name that make it a body's or a campaign's, never a place's ("Save Our Hills"). */
export const ORG_FUNCTION_WORDS: ReadonlySet<string> = new Set(['our', 'my', 'your', 'their', 'without', 'against', 'beyond', 'sans']);

/** The end (exclusive) of the name run that starts at token `i` of sentence `s`. */
export function runEnd(ctx: MentionContext, i: number, s: Sentence): number {
  const { tokens } = ctx;
  const g: Growth = { start: i, end: i + 1, connected: false };
  // Names are short: a run stops at MAX_NAME_TOKENS (keeps every later pass linear).
  while (g.end <= s.last && g.end - i < MAX_NAME_TOKENS) {
    if (canContinue(ctx, g.end)) {
      g.end++;
      continue;
    }
    // Two or three name particles between name words: "Ursula von der Leyen", "Pedro Alcaraz de la Vega".
    const particles = particleRun(ctx, g.end, s.last);
    if (particles >= 2 && /^\p{Lu}\p{Ll}/u.test(tokens[g.end - 1]!.text)) {
      g.end += particles + 1;
      continue;
    }
    const next = tokens[g.end + 1];
    if (next && g.end + 1 <= s.last && canContinue(ctx, g.end + 1) && joins(ctx, g, s)) {
      g.end += 2;
      continue;
    }
    // "Alliance for the Union of Romanians", "Organisation for the Prohibition of …": "for the" inside an organisation's name.
    if (next && g.end + 2 <= s.last && connectorThe(ctx, g.end) && canContinue(ctx, g.end + 2)) {
      g.end += 3;
      g.connected = true;
      continue;
    }
    // "Save Our Hills", "Doctors Without Borders": a capitalised function word between name words.
    if (next && g.end + 1 <= s.last && innerFunctionWord(ctx, g.end, s) && canContinue(ctx, g.end + 1)) {
      g.end += 2;
      continue;
    }
    if (next && g.end + 1 <= s.last && syllableAfterHyphen(ctx, g.end)) g.end += 2;
    else if (modelNumber(ctx, g.end, s.last)) g.end++;
    break;
  }
  return g.end;
}
