/**
 * Where a person is from: a country as possessor ("Nigeria's Adaeze Okonjo"), an of/from
 * phrase ("Lena Marchetti of Italy"), or a demonym on the name or on the noun in apposition
 * with it ("the Ethiopian Dawit Alemu", "the former Australian player Craig Whitford").
 */
import type { SentenceTree } from '../SentenceTree.js';
import { isSubnational } from '../gazetteer.js';
import { PERSON_NOUNS, TITLE_WORDS } from '../lexicon.js';
import { personNoun } from '../mentions/nameContext.js';
import type { Candidate, RuleContext, RuleMention as Mention } from './Candidate.js';

/** A country or demonym at w (any named place when `anyPlace`). */
function country(ctx: RuleContext, tree: SentenceTree, w: number, demonymOnly: boolean, anyPlace = false): number {
  const m = ctx.index.of(tree, w);
  if (m < 0) return -1;
  const place = ctx.index.mention(m);
  const g = place.gazetteer;
  if (anyPlace && g === undefined && place.kind === 'name' && place.type === 'GPE') return m;
  if (g === undefined || (isSubnational(g.kind) && !anyPlace)) return -1;
  return demonymOnly && g.kind !== 'demonym' ? -1 : m;
}

/**
 * The place a modifier c of a noun describing a name names: a demonym on any noun, and on a
 * noun of a person's occupation any named place too ("Leeds businessman Tom Ashby", "a
 * Netherlands engineer"); offices ("Governor") are role facts of their own, and an organisation's
 * noun ("the Tokyo carmaker X") says where it is (locations.ts), not where anyone lives.
 */
function placeOnNoun(ctx: RuleContext, tree: SentenceTree, noun: number, c: number, person: boolean): number {
  const lemma = tree.word(noun).lemma.toLowerCase();
  const occupation = person && !TITLE_WORDS.has(lemma) && (PERSON_NOUNS.has(lemma) || personNoun(tree, noun));
  return country(ctx, tree, c, !occupation, occupation);
}

/** Words that may state the nationality of the person whose name heads at h. */
function origins(tree: SentenceTree, h: number, ctx: RuleContext, person: boolean): number[] {
  const out: number[] = [];
  // The name's own words too: the parser may hang "of Millinocket" on the surname.
  const nameWords = [h, ...tree.childrenWith(h, 'flat')];
  for (const c of nameWords.flatMap((w) => tree.children(w))) {
    const kase = tree.caseOf(c);
    if (tree.base(c) === 'nmod' && (kase === 'of' || kase === 'from')) out.push(country(ctx, tree, c, false, true));
    if (tree.word(c).label === 'nmod:poss') out.push(country(ctx, tree, c, false));
    if (tree.base(c) === 'amod' || tree.base(c) === 'compound') out.push(country(ctx, tree, c, true));
    // "Leeds businessman Tom Ashby": the noun before the name, with its own modifiers.
    if (tree.base(c) === 'compound' && c < h && tree.word(c).upos === 'NOUN') for (const a of tree.childrenWith(c, 'amod', 'compound')) out.push(placeOnNoun(ctx, tree, c, a, person));
  }
  for (let p = 0; p < tree.length; p++) if (p !== h && tree.word(p).label !== 'nmod:poss' && tree.isPossessor(p) && tree.possessed(p) === h) out.push(country(ctx, tree, p, false));
  const head = tree.head(h);
  if (head >= 0 && (tree.word(h).label === 'appos' || tree.word(h).label === 'flat' || tree.word(h).label === 'compound') && tree.word(head).upos === 'NOUN') {
    for (const c of tree.childrenWith(head, 'amod', 'compound')) out.push(placeOnNoun(ctx, tree, head, c, person));
  }
  for (const c of tree.childrenWith(h, 'appos')) {
    for (const a of tree.childrenWith(c, 'amod', 'compound')) out.push(placeOnNoun(ctx, tree, c, a, person));
    // "Marta Lindqvist, a teacher from Uppsala"
    for (const n of tree.childrenWith(c, 'nmod')) if (tree.caseOf(n) === 'from') out.push(country(ctx, tree, n, false, true));
  }
  return out.filter((m) => m >= 0);
}

function fact(tree: SentenceTree, person: Mention, place: Mention): Candidate {
  const country = place.gazetteer !== undefined && !isSubnational(place.gazetteer.kind);
  return { rule: 'nationality', sentence: tree.index, subject: person.index, object: place.index, predicate: country ? 'NATIONALITY' : 'LIVES_IN', verb: 'from', qualifiers: {} };
}

/** Nouns that say where a person is from: "a native of X" (born there), "a resident of X". */
const ORIGIN_NOUNS: Readonly<Record<string, string>> = { native: 'BORN_IN', resident: 'LIVES_IN', inhabitant: 'LIVES_IN' };

/** "X is a native of Y", "X, a resident of Y,": the place of an origin noun predicated of or apposed to the name at h. */
function originNounFacts(tree: SentenceTree, person: Mention, ctx: RuleContext): Candidate[] {
  let h = person.word;
  // (The name's phrase: "Composer Tom Abel" may hang on its title word.)
  while (['flat', 'compound'].includes(tree.base(h)) && tree.head(h) >= 0) h = tree.head(h);
  const nouns = tree.childrenWith(h, 'appos');
  if (tree.base(h) === 'nsubj' && tree.head(h) >= 0 && tree.hasChild(tree.head(h), 'cop')) nouns.push(tree.head(h));
  const out: Candidate[] = [];
  for (const n of nouns) {
    const predicate = ORIGIN_NOUNS[tree.word(n).lemma.toLowerCase()];
    if (predicate === undefined) continue;
    for (const c of tree.childrenWith(n, 'nmod')) {
      const place = tree.caseOf(c) === 'of' ? country(ctx, tree, c, false, true) : -1;
      if (place >= 0) out.push({ rule: 'nationality', sentence: tree.index, subject: person.index, object: place, predicate, verb: tree.word(n).lower, qualifiers: {} });
    }
  }
  return out;
}

export function nationality(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.index.inSentence(tree.index)) {
    if (m.word < 0 || m.kind !== 'name' || (m.type !== 'PERSON' && m.type !== 'ORGANIZATION')) continue;
    const places = new Set(origins(tree, m.word, ctx, m.type === 'PERSON'));
    if (m.nationality !== undefined) places.add(m.nationality);
    for (const p of places) out.push(fact(tree, m, ctx.mentions[p]!));
    if (m.type === 'PERSON') out.push(...originNounFacts(tree, m, ctx));
  }
  return out;
}
