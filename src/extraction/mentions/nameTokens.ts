/**
 * Which capitalised tokens can start or continue a name: not function words, numbers, dates,
 * wire codes or handles, and not a capitalised common word that only opens a sentence.
 */
import { isLexiconWord, type Token } from '../../nlp/nlp.js';
import { MONTHS, NAME_PARTICLES, NON_NAME_WORDS, PERSON_NOUNS, TITLE_WORDS, WEEKDAYS } from '../lexicon.js';
import { FORCE_NOUNS } from './forceBodies.js';
import { headType } from './headType.js';
import type { MentionContext } from './MentionContext.js';
import { singular } from './singular.js';
import { isTitleWord } from './titles.js';
import { isCap } from './tokenText.js';

const BAD_POS = new Set(['DET', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'SYM', 'NUM', 'SPACE', 'ADP']);
/** Tokens after which a capital is a sentence start's ("— Police said", "(Reuters"). */
export const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '“', "'", '‘', '(', '—', '-', ':']);
const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set(['western', 'eastern', 'northern', 'southern']);
const COMMON_PLURAL_HEADS = new Set(['expert', 'official', 'resident', 'citizen', 'museum', 'coral', 'delivery', 'thousand', 'hundred', 'dozen', 'million', 'investigator', 'engineer', 'employee', 'protester', 'demonstrator', 'voter', 'passenger', 'patient', 'victim', 'survivor', 'witness', 'authority', 'company', 'firm', 'bank', 'country', 'state', 'government', 'group', 'union', 'shipment', 'price', 'sale', 'share', 'talk', 'negotiation', 'prosecutor', 'lawmaker', 'critic', 'supporter', 'opponent', 'rival', 'fan', 'customer', 'user', 'importer', 'exporter', 'trader', 'farmer', 'grower', 'producer', 'consumer', 'household', 'family', 'child', 'parent', 'student', 'teacher', 'scientist', 'researcher', 'doctor', 'nurse', 'worker', 'staff', 'team', 'club', 'player', 'athlete', 'runner', 'soldier', 'troop', 'police', 'officer', 'agent', 'analyst', 'economist', 'investor', 'shareholder', 'executive', 'manager', 'director', 'leader', 'minister', 'senator', 'member', 'delegate', 'diplomat', 'regulator', 'inspector', 'observer', 'organiser', 'organizer', 'author', 'editor', 'reporter', 'journalist', 'plant', 'factory', 'store', 'shop', 'school', 'hospital', 'clinic', 'farm', 'road', 'flight', 'train', 'ship', 'vessel', 'aircraft', 'jet', 'drone', 'missile', 'tank', 'weapon']);

/** Plural common nouns for people, groups and countable things ("researchers", "officials", "deliveries"). */
function isCommonPlural(lower: string): boolean {
  if (!/s$/.test(lower) || lower.length < 5) return false;
  const sg = singular(lower);
  return PERSON_NOUNS.has(sg) || TITLE_WORDS.has(sg) || COMMON_PLURAL_HEADS.has(sg);
}

/** No name: a wire or file code with a long digit run ("PA2904034294"). */
function isCode(t: Token): boolean {
  return /\d{6}/.test(t.text);
}

/** Lower-cased words the text capitalises somewhere other than at a sentence start. */
function capitalisedInside(ctx: MentionContext): Set<string> {
  if (ctx.memo.capitalisedInside) return ctx.memo.capitalisedInside;
  const words = new Set<string>();
  ctx.memo.capitalisedInside = words;
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    for (let i = s.first + 1; i <= s.last; i++) {
      if (isCap(tokens[i]!) && !OPEN_QUOTES.has(tokens[i - 1]!.text)) words.add(ctx.lowers[i]!);
    }
  }
  return words;
}

/** Words after which a lone "May" is the month ("in May", "since May", "last May"). */
const MONTH_LEADS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'through', 'last', 'next', 'early', 'late', 'mid', 'of', 'during', 'before', 'after']);

function mayAsMonth(tks: MentionContext['tokens'], i: number, last: number): boolean {
  const next = i + 1 <= last ? tks[i + 1] : undefined;
  return i > 0 && MONTH_LEADS.has(tks[i - 1]!.lower) && !(next !== undefined && isCap(next));
}

/** Whether token `i` can open a name (`initial`: it opens its sentence or follows an opening quote). */
export function canStart(ctx: MentionContext, i: number, last: number, initial: boolean): boolean {
  const tks = ctx.tokens;
  const t = tks[i]!;
  if (!isCap(t) || BAD_POS.has(t.pos)) return false;
  if (t.text.startsWith('@') || t.text.startsWith('#') || /^https?:/.test(t.text)) return false;
  if (NON_NAME_WORDS.has(t.lower) || WEEKDAYS.has(t.lower)) return false;
  // ("Mar del Plata", "Costa del Sol": a word before a name particle and a name word starts a name.)
  const beforeParticle = NAME_PARTICLES.has(tks[i + 1]?.text ?? '') && i + 2 <= last && /^\p{Lu}\p{Ll}/u.test(tks[i + 2]!.text);
  if (beforeParticle && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !NAME_PARTICLES.has(t.lower)) return true;
  if (MONTHS.has(t.lower) && (tks[i + 1]?.pos === 'NUM' || t.lower !== 'may' || mayAsMonth(tks, i, last))) return false;
  if (isCode(t)) return false;
  // "Western diplomats", "Southern farmers": a compass adjective before a common word is no name.
  if (COMPASS_ADJECTIVES.has(t.lower) && tks[i + 1] !== undefined && i + 1 <= last && /^\p{Ll}/u.test(tks[i + 1]!.text)) return false;
  if (regionAdjective(ctx, i, last)) return false;
  if (!initial) return true;
  const alone = !(tks[i + 1] && i + 1 <= last && isCap(tks[i + 1]!));
  // A sentence-initial plural common noun ("Researchers at …", "Experts say …") is no name.
  if (isCommonPlural(t.lower) && alone) return false;
  if (ctx.gaz.longestMatch(ctx.lowers, i)) return true;
  // A capitalised common word opening a sentence ("Heavy rain …", "Turnout was …") is no
  // name unless the text also capitalises it inside a sentence, it names a force ("Police
  // said") or it owns the title that follows ("Union spokeswoman X", "State governor X").
  if (alone && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !capitalisedInside(ctx).has(t.lower) && !FORCE_NOUNS.has(t.lower) && !(tks[i + 1] && isTitleWord(tks[i + 1]!) && headType(t.text)) && isLexiconWord(t.lower)) return false;
  if (t.pos === 'PROPN') return true;
  const n = tks[i + 1];
  return Boolean(n && i + 1 <= last && isCap(n) && n.pos === 'PROPN');
}

/**
 * "the first African woman", "European officials": a capitalised adjective of a demonym's shape,
 * alone before a common word and in no word list, describes (a region's people) and names nothing.
 */
function regionAdjective(ctx: MentionContext, i: number, last: number): boolean {
  const t = ctx.tokens[i]!;
  const next = ctx.tokens[i + 1];
  if (t.pos !== 'ADJ' || !/(an|ese|ish)$/.test(t.lower) || next === undefined || i + 1 > last || !/^\p{Ll}/u.test(next.text)) return false;
  return ctx.gaz.longestMatch(ctx.lowers, i) === null;
}

/** Whether token `i` can continue the name before it. */
export function canContinue(ctx: MentionContext, i: number): boolean {
  const tks = ctx.tokens;
  const t = tks[i]!;
  if (isCode(t)) return false;
  if (!isCap(t) && !/^[IVX]+$/.test(t.text)) return false;
  if (BAD_POS.has(t.pos)) return false;
  // A month or weekday word glued by a hyphen is a name part ("Pieter-Jan").
  const glued = tks[i - 1]?.text === '-' && !tks[i - 1]!.spaceBefore && !t.spaceBefore;
  // ("Vina del Mar": a month's short form after a name particle is a name word.)
  const afterParticle = NAME_PARTICLES.has(tks[i - 1]?.text ?? '') && t.lower.length <= 3;
  if (!glued && (WEEKDAYS.has(t.lower) || (MONTHS.has(t.lower) && t.lower !== 'may' && !afterParticle))) return false;
  if (NON_NAME_WORDS.has(t.lower)) return false;
  return t.sentence === tks[i - 1]?.sentence && t.spaceBefore !== undefined;
}
