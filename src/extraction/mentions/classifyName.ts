/**
 * The type of a name run that neither the gazetteer nor a title decides: a weapon word in
 * capitals, a head noun ("… Ministry"), an acronym, cue words around it ("broadcaster NHK"),
 * a place it holds or follows, the shape of a personal name, a role before it; else a weakly
 * typed place or organisation.
 */
import type { EntityType } from '../../model/types.js';
import type { Token } from '../../nlp/nlp.js';
import { HOLIDAY_NAMES, LOCATION_FIRST_WORDS, NAME_PARTICLES, ORG_CUE_NOUNS, REGION_NAMES } from '../lexicon.js';
import { addRunName } from './addRunName.js';
import { headType, thingType } from './headType.js';
import type { Mention, TypeStrength } from './Mention.js';
import { addMention, type MentionContext } from './MentionContext.js';
import type { Run } from './nameRuns.js';
import { roleBefore } from './roleBefore.js';
import { ORG_FUNCTION_WORDS } from './runEnd.js';
import { singular } from './singular.js';
import { isAllCaps, joinTokens } from './tokenText.js';

/** Nouns whose of-phrase is the name of a settlement or region. */
const SETTLEMENT_OF: ReadonlySet<string> = new Set(['town', 'city', 'village', 'municipality', 'province', 'region', 'district', 'county', 'state', 'island', 'islands', 'suburb', 'hamlet']);

/** A single token that is a weapon or vehicle word in capitals ("ICBMs"). */
function capitalThing(ctx: MentionContext, r: Run): Mention | undefined {
  const { tokens } = ctx;
  const word = tokens[r.start]!;
  // Only an acronym ("ICBMs"); a capitalised common word inside a sentence is a name ("Arsenal", "Jaguar").
  if (!/^\p{Lu}{2,}s?$/u.test(word.text)) return undefined;
  const tt = thingType(word.lower);
  if (!tt) return undefined;
  const bare = word.text.replace(/s$/, '');
  const nm = singular(bare).toUpperCase() === bare.toUpperCase() ? bare : word.text;
  return addMention(ctx, { start: r.start, end: r.end, sentence: word.sentence, text: joinTokens(tokens, r.start, r.end), name: nm, type: tt, strength: 3, kind: 'thing', modifier: false, head: singular(word.lower) });
}

/** The type that lexical evidence in the run gives: a head noun, a place's first word, capitals. */
function lexicalType(ctx: MentionContext, r: Run, words: readonly Token[]): { type: EntityType; strength: TypeStrength } | undefined {
  const { tokens, lowers } = ctx;
  const inner = lowers.slice(r.start, r.end);
  if (REGION_NAMES.has(inner.join(' ')) || REGION_NAMES.has(joinTokens(tokens, r.start, r.end).toLowerCase())) return { type: 'LOCATION', strength: 3 };
  if (HOLIDAY_NAMES.has(inner.join(' ')) || HOLIDAY_NAMES.has(joinTokens(tokens, r.start, r.end).toLowerCase())) return { type: 'EVENT', strength: 3 };
  // The head before the first connector: "Office for the Northern District of Illinois" is an office.
  const connectors = [inner.indexOf('of'), inner.indexOf('for')].filter((x) => x > 0);
  const ofIdx = connectors.length > 0 ? Math.min(...connectors) : -1;
  const heads = ofIdx > 0 ? [r.start + ofIdx - 1, r.end - 1] : [r.end - 1];
  for (const h of heads) {
    const ht = headType(tokens[h]!.lemma) ?? headType(tokens[h]!.text);
    if (ht) return ht;
  }
  if (r.end - r.start >= 2 && LOCATION_FIRST_WORDS.has(lowers[r.start]!)) return { type: 'LOCATION', strength: 3 };
  if (words.length > 0 && words.every((t) => isAllCaps(t.text))) return { type: 'ORGANIZATION', strength: 2 };
  return undefined;
}

/** Organisation cue nouns that are people's jobs as well ("film producer", "game developer"). */
const PERSON_JOB_CUES: ReadonlySet<string> = new Set(['producer', 'developer', 'publisher', 'contractor', 'operator', 'distributor', 'designer']);

/** Nouns after a name that make it a listed company ("Tesla shares rose"). */
const FIRM_SECURITIES: ReadonlySet<string> = new Set(['shares', 'stock', 'shareholders', 'stockholders', 'bonds']);

/** Plural nouns of an organisation's people ("economists at X"). */
const STAFF_PLURALS: ReadonlySet<string> = new Set(['economists', 'analysts', 'researchers', 'scientists', 'engineers', 'executives', 'officials', 'workers', 'employees', 'staff', 'doctors', 'lawyers', 'strategists', 'traders', 'managers']);

/**
 * How strongly cue nouns around the run make it an organisation (0: not at all): "the mining
 * company Vale" (an organisation noun right before it, which is no people's job: lexical
 * evidence, 3), "a lender called X", "X group", "Tesla shares", "economists at X" (2).
 */
function orgCue(ctx: MentionContext, r: Run): 0 | 2 | 3 {
  const { tokens } = ctx;
  const sentence = tokens[r.start]!.sentence;
  const prev = tokens[r.start - 1];
  // ("the producer Johan Ekberg": a noun of people's jobs as well is no cue before a listed first name.)
  const personJob = prev !== undefined && PERSON_JOB_CUES.has(prev.lower) && r.end - r.start >= 2 && ctx.options.isFirstName?.(tokens[r.start]!.text) === true;
  if (prev && prev.sentence === sentence && ORG_CUE_NOUNS.has(prev.lower) && !personJob) return !PERSON_JOB_CUES.has(prev.lower) && /^\p{Ll}/u.test(prev.text) ? 3 : 2;
  // "a lender called X", "a gang known as X": the descriptor noun types the name.
  const aliasCue = prev && prev.sentence === sentence && (['called', 'named', 'dubbed'].includes(prev.lower) ? tokens[r.start - 2] : prev.lower === 'as' && tokens[r.start - 2]?.lower === 'known' ? tokens[r.start - 3] : undefined);
  if (aliasCue && /^\p{Ll}/u.test(aliasCue.text) && (ORG_CUE_NOUNS.has(aliasCue.lower) || ['gang', 'cartel', 'band', 'team', 'fund'].includes(aliasCue.lower))) return 2;
  const next = tokens[r.end];
  if (next && next.sentence === sentence && (ORG_CUE_NOUNS.has(next.lower) || FIRM_SECURITIES.has(next.lower)) && /^\p{Ll}/u.test(next.text)) return 2;
  return staffOrShares(ctx, r) || apposedOrgNoun(ctx, r) ? 2 : 0;
}

/** "economists at X", "researchers from X", "shares of X", "a stake in X": a body people work at or own. */
function staffOrShares(ctx: MentionContext, r: Run): boolean {
  const { tokens } = ctx;
  const prep = tokens[r.start - 1]?.lower ?? '';
  const noun = tokens[r.start - 2]?.lower ?? '';
  if (['at', 'from', 'of', 'with'].includes(prep) && STAFF_PLURALS.has(noun)) return true;
  return (['of', 'in'].includes(prep) && ['shares', 'stake', 'stock', 'shareholders', 'investors', 'bonds'].includes(noun));
}

/** "X, the state-controlled oil company," / "X, a Lisbon lender": an organisation noun in apposition after the run. */
function apposedOrgNoun(ctx: MentionContext, r: Run): boolean {
  const { tokens } = ctx;
  if (tokens[r.end]?.text !== ',' || !['the', 'a', 'an'].includes(tokens[r.end + 1]?.lower ?? '')) return false;
  for (let k = r.end + 2; k < Math.min(tokens.length, r.end + 8); k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[r.start]!.sentence || /^[,.;:]$/.test(t.text)) return false;
    if (/^\p{Ll}/u.test(t.text) && (ORG_CUE_NOUNS.has(t.lower) || headType(t.lemma)?.type === 'ORGANIZATION')) {
      // The apposition must close ("X, the oil company, said"; "X, the oil company based in Y"), not
      // open the next clause ("in Larchmont, the university said").
      const after = tokens[k + 1];
      if (after === undefined || after.sentence !== t.sentence || /^[,.;:)]$/.test(after.text) || ['ADP', 'PRON'].includes(after.pos) || after.lower === 'based') return true;
      if (/^\p{Ll}/u.test(after.text) && after.pos !== 'NOUN') return false;
    }
  }
  return false;
}

/** Whether the words before the run (past lower-case words of `skip` parts of speech) end in one of `preps`. */
function after(ctx: MentionContext, r: Run, skip: readonly string[], preps: readonly string[]): boolean {
  const { tokens } = ctx;
  let pj = r.start - 1;
  while (pj >= 0 && skip.includes(tokens[pj]!.pos) && /^\p{Ll}/u.test(tokens[pj]!.text)) pj--;
  return pj >= 0 && preps.includes(tokens[pj]!.lower);
}

const ARTICLE_WORDS: ReadonlySet<string> = new Set(['Los', 'Las', 'El', 'La', 'Le', 'Les', 'Il', 'Lo', 'Die', 'Der', 'Das', 'Het']);

/** Whether the run has the shape of a personal name: 2–4 capitalised parts, hyphen-joined parts ("Pieter-Jan") and inner particles ("de") allowed. */
function personShaped(ctx: MentionContext, r: Run, words: readonly Token[]): boolean {
  const gluedHyphen = (t: Token): boolean => t.text === '-' && !t.spaceBefore;
  // A Romance or Germanic article opens names of gangs, clubs and places, not people ("Los Tiburones", "La Liga").
  if (ARTICLE_WORDS.has(words[0]?.text ?? '')) return false;
  const nameWords = words.filter((t) => !NAME_PARTICLES.has(t.text)).length;
  return nameWords >= 2 && nameWords <= 4 && words.length + ctx.tokens.slice(r.start, r.end).filter(gluedHyphen).length === r.end - r.start &&
    words.every((t, q) => /^\p{Lu}[\p{Ll}'’.-]*$|^[IVX]+$/u.test(t.text) || (q > 0 && q < words.length - 1 && NAME_PARTICLES.has(t.text)));
}

/** A match score ("2-1", "3–0"). */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;
/** Verbs of a match result: the names before them are sides when the sentence gives a score. */
const RESULT_VERBS: ReadonlySet<string> = new Set(['beat', 'beats', 'defeated', 'defeats', 'drew', 'draws', 'lost', 'loses', 'edged', 'edges', 'thrashed', 'thrashes', 'trounced', 'routed', 'held', 'holds', 'hammered', 'overcame', 'stunned', 'upset']);

/**
 * "Riverside City beat … Kingsport Albion 2-1": a name of two or more words, not opening with
 * a listed first name, right before a score, or right before a result verb in a sentence with
 * a score, is a team (an organisation), whatever its last word ("City", "Town").
 */
function matchSide(ctx: MentionContext, r: Run): boolean {
  const { tokens } = ctx;
  const next = tokens[r.end];
  const sentence = tokens[r.start]!.sentence;
  if (next === undefined || next.sentence !== sentence || r.end - r.start < 2 || ctx.options.isFirstName?.(tokens[r.start]!.text) === true) return false;
  if (SCORE.test(next.text)) return true;
  if (!RESULT_VERBS.has(next.lower)) return false;
  for (let k = r.end + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (SCORE.test(tokens[k]!.text)) return true;
  return false;
}

export function classifyName(ctx: MentionContext, r: Run): Mention {
  const { tokens, gaz, lowers } = ctx;
  const len = r.end - r.start;
  if (len === 1) {
    const thing = capitalThing(ctx, r);
    if (thing) return thing;
  }
  const words = tokens.slice(r.start, r.end).filter((t) => /\p{L}/u.test(t.text));
  // "the town of Cutral Co", "the village of X": a settlement noun names what follows, whatever its last word.
  if (tokens[r.start - 1]?.lower === 'of' && SETTLEMENT_OF.has(tokens[r.start - 2]?.lower ?? '')) return addRunName(ctx, r, 'GPE', 3);
  if (matchSide(ctx, r)) return addRunName(ctx, r, 'ORGANIZATION', 3);
  // ("Save Our Hills", "Doctors Without Borders": a pronoun or "without" inside names a body, whatever its last word.)
  if (len >= 3 && lowers.slice(r.start + 1, r.end - 1).some((w) => ORG_FUNCTION_WORDS.has(w))) return addRunName(ctx, r, 'ORGANIZATION', 2);
  const lexical = lexicalType(ctx, r, words);
  if (lexical) return addRunName(ctx, r, lexical.type, lexical.strength);
  const cue = orgCue(ctx, r);
  if (cue !== 0) return addRunName(ctx, r, 'ORGANIZATION', cue);
  // Names holding a country, capital or demonym are not people ("Berlin Marathon").
  const holdsPlace = tokens.slice(r.start, r.end).some((_, q) => gaz.longestMatch(lowers, r.start + q, r.start + q + 1) !== null);
  const locative = after(ctx, r, ['ADJ', 'DET'], ['in', 'at', 'near', 'outside', 'into', 'across', 'toward', 'towards', 'around']);
  if (len >= 2 && len <= 4 && (holdsPlace || locative) && !roleBefore(ctx, r.start)) return addRunName(ctx, r, locative ? 'GPE' : 'ORGANIZATION', 1);
  if (personShaped(ctx, r, words)) {
    // A lower-case title just before the name ("DPRK leader Kim Jong Un") gives a role.
    return addRunName(ctx, r, 'PERSON', 2, roleBefore(ctx, r.start));
  }
  // Single unknown word: place after a locative preposition, else organisation (weak).
  const role = len <= 4 ? roleBefore(ctx, r.start) : undefined;
  if (role) return addRunName(ctx, r, 'PERSON', 2, role);
  const locPrep = after(ctx, r, ['ADJ'], ['in', 'to', 'from', 'near', 'at', 'outside', 'into', 'toward', 'towards', 'across', 'of']);
  return addRunName(ctx, r, locPrep ? 'GPE' : 'ORGANIZATION', 1);
}
