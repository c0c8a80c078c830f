/**
 * The entity tagger's say on the types of named mentions. Mention detection types a name from
 * word lists and nearby cues; where those are only a guess (strength below 3) and the tagger
 * read the same words as a span of another type, the tagger's type wins. A strongly typed name
 * (a gazetteer country, a head noun such as "Ministry", a title before a person) keeps its type
 * (the tagger's word-list features are weak evidence for invented names: a change to PERSON
 * needs a known first name, a change to GPE a known city, country or capital).
 */
import type { EntityType } from '../../model/types.js';
import type { Gazetteer } from '../../syntax/Gazetteer.js';
import type { SentenceTree, TreeEntity } from '../SentenceTree.js';
import { nameType } from './entityTypes.js';
import { classifiedNames, loneSurname, personCue } from './nameContext.js';
import { headType } from './headType.js';
import { PERSON_NOUNS, TITLE_WORDS } from '../lexicon.js';

/** What a type override reads of a mention (the mention detection's own record satisfies it). */
export interface TypedMention {
  start: number;
  end: number;
  sentence: number;
  name: string;
  type: EntityType;
  strength: 1 | 2 | 3;
  kind: string;
  /** A title the text gives the name ("leader Kim"): person evidence of its own. */
  role?: object;
}

/** Score from which the tagger overrides a name typed from a context cue (strength 2). */
export const CUE_OVERRIDE_SCORE = 0.9;

/** Whether the word lists back a change to `type`. */
function listed(gazetteer: Gazetteer, type: EntityType, name: string): boolean {
  if (type === 'PERSON') return gazetteer.has('firstName', name.split(/\s+/)[0] ?? '');
  if (type === 'GPE') return ['city', 'country', 'capital'].some((list) => gazetteer.has(list, name));
  return true;
}

/** Score from which a default guess (strength 1) yields to the tagger without word-list support. */
export const GUESS_OVERRIDE_SCORE = 0.9;

/** The tagger span reading the same words as a mention: most shared words, and at least half of each. */
function spanFor(tree: SentenceTree, m: TypedMention): { span: TreeEntity; first: number; last: number } | null {
  const words = tree.wordsOfTokens(m.start, m.end);
  if (words === null) return null;
  const [first, last] = words;
  let best: TreeEntity | null = null;
  let bestShared = 0;
  for (const e of tree.entities) {
    const shared = Math.min(e.end - 1, last) - Math.max(e.start, first) + 1;
    if (shared > bestShared) [best, bestShared] = [e, shared];
  }
  if (best === null || bestShared * 2 < last - first + 1 || bestShared * 2 < best.end - best.start) return null;
  return { span: best, first, last };
}

/**
 * "the Carrow Quay scheme", "a Hillcrest Tower project": a name after an article that modifies
 * the common noun after it names a thing of that noun's kind (an organisation or facility by its
 * head noun, else OTHER), not a person. Returns that type, or null.
 */
function namedThing(tree: SentenceTree, first: number, last: number): EntityType | null {
  const before = first > 0 ? tree.word(first - 1) : null;
  const noun = last + 1 < tree.length ? tree.word(last + 1) : null;
  if (before === null || before.upos !== 'DET' || noun === null || noun.upos !== 'NOUN' || !/^\p{Ll}/u.test(noun.form)) return null;
  if (tree.head(last) !== last + 1 || PERSON_NOUNS.has(noun.lemma) || TITLE_WORDS.has(noun.lower)) return null;
  const head = headType(noun.lemma);
  return head?.type === 'ORGANIZATION' || head?.type === 'FACILITY' ? head.type : 'OTHER';
}

/**
 * A person only by the shape of its name (two to four capitalised words, no listed first name,
 * no title, no person's context) that the tagger confidently reads as something else: "Daily Ledger", "Kitchen Radio
 * Live". The tagger's class decides; a place reading neither in the word lists nor after a
 * locative cue changes nothing.
 */
function notAPerson(gazetteer: Gazetteer, m: TypedMention, found: { span: TreeEntity; first: number; last: number }, tree: SentenceTree, type: EntityType | null): EntityType | null {
  const { span } = found;
  if (m.type !== 'PERSON' || m.strength !== 2 || m.role !== undefined || listed(gazetteer, 'PERSON', m.name)) return null;
  if (personCue(tree, found.first, found.last)) return null;
  const modified = namedThing(tree, found.first, found.last);
  if (modified !== null) return modified;
  // "the Red Crescent", "the Daily Ledger": people's names take no article.
  const det = found.first > 0 && ['the', 'a', 'an'].includes(tree.word(found.first - 1).lower);
  if (det && found.last > found.first) return type !== null && type !== 'PERSON' && !(type === 'GPE' && !listed(gazetteer, 'GPE', m.name)) ? type : 'ORGANIZATION';
  if (type === null || type === 'PERSON' || span.score < CUE_OVERRIDE_SCORE) return null;
  // (A place reading needs support of its own: "went to Kenji Watanabe" reads like a place to the tagger.)
  const place = listed(gazetteer, 'GPE', m.name) || contextCue(tree, found.first, found.last, 'GPE');
  return type === 'GPE' && !place ? null : type;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'outside', 'around', 'off', 'across', 'throughout']);

/** Nouns whose of-phrase is a place: "the coast of X", "the town of X", "north of X". */
const PLACE_OF_NOUNS: ReadonlySet<string> = new Set(['coast', 'shore', 'shores', 'outskirts', 'suburbs', 'region', 'province', 'state', 'town', 'city', 'village', 'capital', 'north', 'south', 'east', 'west', 'centre', 'center', 'heart', 'island', 'islands', 'port', 'district', 'county', 'territory']);

/** "Brian Michaud of Millinocket", "the coast of Western Australia": a name in an of-phrase on another name or on a place noun. */
function ofName(tree: SentenceTree, w: number): boolean {
  const head = tree.head(w);
  if (tree.caseOf(w) !== 'of' || head < 0) return false;
  return tree.word(head).upos === 'PROPN' || PLACE_OF_NOUNS.has(tree.word(head).lower);
}

/**
 * Without word-list support a guessed name changes type only with a cue beside it: a place
 * follows a locative preposition ("in Bethany") or is the of-phrase of another name ("Brian
 * Michaud of Millinocket"); an organisation needs none; a person without
 * a listed first name must read as a lone surname (invented company names read like surnames
 * too, so their class nouns and articles keep them organisations).
 */
/** The word of first..last whose head lies outside the span (the last word if none does). */
function spanHead(tree: SentenceTree, first: number, last: number): number {
  for (let w = first; w <= last; w++) {
    const h = tree.head(w);
    if (h < first || h > last) return w;
  }
  return last;
}

/** "in Mariana, Minas Gerais": a name after a comma that follows a place in a locative phrase. */
function afterCommaPlace(tree: SentenceTree, first: number): boolean {
  if (first < 2 || tree.word(first - 1).form !== ',' || tree.word(first - 2).upos !== 'PROPN') return false;
  let w = first - 2;
  while (['flat', 'compound'].includes(tree.base(w)) && tree.head(w) >= 0 && tree.head(w) < first) w = tree.head(w);
  return LOCATIVE.has(tree.caseOf(w) ?? '');
}

function contextCue(tree: SentenceTree, first: number, last: number, type: EntityType): boolean {
  const before = first > 0 ? tree.word(first - 1) : null;
  if (type === 'GPE') return before !== null && (LOCATIVE.has(before.lower) || ofName(tree, spanHead(tree, first, last)) || afterCommaPlace(tree, first));
  if (type === 'PERSON') return loneSurname(tree, first, last);
  return true;
}

export function applyTaggerTypes(mentions: readonly TypedMention[], trees: readonly SentenceTree[], gazetteer: Gazetteer): number {
  let changed = 0;
  const things = classifiedNames(mentions, trees);
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const tree = trees[m.sentence];
    const found = tree === undefined ? null : spanFor(tree, m);
    if (found === null) continue;
    // A guessed one-word name the tagger reads as a time ("in May") is no entity: OTHER, kept only where a fact needs it.
    if (found.span.type === 'TIME' && m.strength === 1 && found.first === found.last) {
      m.type = 'OTHER';
      changed++;
      continue;
    }
    const type = nameType(found.span.type, m.name, tree!.word(found.last).form);
    // The tagger and the first-name list agree on a person: lexical evidence ("the producer Johan Ekberg").
    if (type === 'PERSON' && m.type === 'PERSON' && found.span.score >= CUE_OVERRIDE_SCORE && listed(gazetteer, 'PERSON', m.name)) {
      m.strength = 3;
      continue;
    }
    const other = notAPerson(gazetteer, m, found, tree!, type);
    if (other !== null) {
      m.type = other;
      changed++;
      continue;
    }
    if (type === null || type === m.type || type === 'OTHER' || m.strength >= 3) continue;
    // A person whose name starts with a listed first name stays a person.
    if (m.type === 'PERSON' && listed(gazetteer, 'PERSON', m.name)) continue;
    if (m.strength === 2 && found.span.score < CUE_OVERRIDE_SCORE) continue;
    const guessYields = m.strength === 1 && found.span.score >= GUESS_OVERRIDE_SCORE && contextCue(tree!, found.first, found.last, type) && !(type === 'PERSON' && things.has(m.name));
    if (!listed(gazetteer, type, m.name) && !guessYields) continue;
    m.type = type;
    m.strength = 2;
    changed++;
  }
  return changed;
}
