/**
 * The arguments right of a verb up to the clause's end: the direct object (a name, a group of
 * people or a salient thing), a light verb's event noun, the by-agent of a passive, the first
 * prepositional object, qualifiers (via/at/to/from/with … and a date), with coordinated names.
 */
import type { Token } from '../../nlp/nlp.js';
import type { Mention } from '../mentions/Mention.js';
import { matchDate } from '../dates.js';
import { PERSON_NOUNS, QUANTITY_NOUNS, SPEECH_VERBS, TITLE_WORDS, UNIT_NOUNS, VAGUE_MODIFIERS } from '../lexicon.js';
import { LIGHT_VERBS, definitionForNoun, definitionForVerb, type PredicateDefinition } from '../predicates.js';
import type { Clause } from './Clause.js';
import { coordinated } from './coordinated.js';
import { BASE_WORDS, CLAUSE_STOP, GROUP_NOUNS } from './frameWords.js';
import { headLemma, isNameMention, isQuote, thingName } from './nounPhrases.js';
import { resolveMention } from './pronouns.js';
import type { Argument } from './RawRelation.js';
import { clusterOf } from './RelationContext.js';

export interface Scan {
  direct: Argument | null;
  directNonEntity: boolean;
  pp: { cluster: number; qualifier: string } | null;
  /** The preposition introducing `pp` as written ("from", "into"). */
  ppPrep?: string;
  agent: number;
  qualifiers: Record<string, string>;
  date: string | null;
  light: { predicate: string; noun: string } | null;
  distance: number;
  /** Head noun of a common-noun direct object. */
  directHead: string | null;
  /** A named "to" argument after the direct object ("supply doses to X"), or -1. */
  recipient: number;
  /** A named "from" argument after the direct object ("signed X from Y"), or -1. */
  origin: number;
  /** Names coordinated with the direct object, the passive agent and the prepositional object. */
  directMore: number[];
  agentMore: number[];
  ppMore: number[];
}

const QUALIFIER_NAMES: Readonly<Record<string, string>> = {
  via: 'via', through: 'via', thru: 'via', aboard: 'via', by: 'via', at: 'at', in: 'at', inside: 'at', near: 'near',
  to: 'to', toward: 'to', towards: 'to', into: 'to', onto: 'to', from: 'from', with: 'with', alongside: 'with',
  against: 'against', on: 'on', for: 'for', outside: 'outside', over: 'over', across: 'across', during: 'during',
  between: 'between', after: 'after', before: 'before', about: 'about', of: 'of',
};
const OBJECT_PREPS = new Set(['with', 'to', 'in', 'at', 'into', 'against', 'outside', 'toward', 'towards', 'onto', 'inside', 'on', 'for', 'from', 'near', 'around', 'through', 'via']);

/** Where the scan is: the token, the pending preposition, the farthest argument token, a fallback thing object. */
interface ScanState {
  readonly clause: Clause;
  readonly v: number;
  readonly vt: Token;
  readonly def: PredicateDefinition | undefined;
  readonly passive: boolean;
  /** Clusters a pronoun object must not resolve to (the frame's subjects). */
  readonly subjects: ReadonlySet<number>;
  readonly frameIdx: number;
  readonly res: Scan;
  k: number;
  prep: string | null;
  farthest: number;
  pendingThing: Argument | null;
}

/** Reads the arguments right of the verb at `v` for frame `frameIdx`. */
export function scanRight(clause: Clause, v: number, passive: boolean, subjects: ReadonlySet<number>, frameIdx: number): Scan {
  const { ctx, span, verbSet } = clause;
  const { tokens, argAt, modAt, options } = ctx;
  const last = span.last;
  const res: Scan = { direct: null, directNonEntity: false, pp: null, agent: -1, qualifiers: {}, date: null, light: null, distance: 0, directHead: null, recipient: -1, origin: -1, directMore: [], agentMore: [], ppMore: [] };
  const vt = tokens[v]!;
  const st: ScanState = { clause, v, vt, def: definitionForVerb(vt.lemma), passive, subjects, frameIdx, res, k: v + 1, prep: null, farthest: v, pendingThing: null };
  while (st.k <= last) {
    const k = st.k;
    const t = tokens[k]!;
    if (verbSet.has(k) || CLAUSE_STOP.has(t.text) || t.pos === 'SCONJ' || t.text === '.' || t.text === ')') break;
    // A comma ends the frame.
    if (t.text === ',') break;
    const d = matchDate(tokens, k, last, options.publishedAt, false);
    if (d && (st.prep === null || ['on', 'in', 'since', 'by', 'until', 'during'].includes(st.prep))) {
      if (res.date === null) res.date = d.value;
      st.prep = null;
      st.k = d.end;
      continue;
    }
    const mi = argAt[k]!;
    if (mi >= 0) {
      if (scanMention(st, mi)) break;
      continue;
    }
    // Modifier mentions and titles inside a name phrase ("Chilean President Rosa Ibarra").
    if (modAt[k] === 1 || ((TITLE_WORDS.has(t.lower) || t.pos === 'NUM' || t.pos === 'DET') && argAt[k + 1] !== undefined && argAt[k + 1]! >= 0)) {
      st.k++;
      continue;
    }
    if (t.pos === 'ADP') {
      st.prep = t.lower === 'of' && st.prep === 'outside' ? 'outside' : t.lower;
      st.k++;
      continue;
    }
    if (t.pos === 'NOUN' || (t.pos === 'ADJ' && tokens[k + 1]?.pos === 'NOUN') || t.pos === 'NUM') {
      scanNounPhrase(st);
      continue;
    }
    // Participles used as adjectives inside a noun phrase: "the defending champion".
    if (t.pos === 'VERB' && !verbSet.has(k) && ['DET', 'ADJ', 'PRON'].includes(tokens[k - 1]?.pos ?? '') && ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '')) {
      tokens[k]!.pos = 'ADJ';
      continue;
    }
    // A participle inside a noun phrase or a verb without a frame: stop.
    if (t.pos === 'VERB' && !verbSet.has(k) && /ing$/.test(t.lower)) break;
    st.k++;
  }
  if (st.pendingThing && res.pp === null && res.direct === null && !res.light) {
    res.direct = st.pendingThing;
    res.directNonEntity = false;
  }
  res.distance = st.farthest - v;
  return res;
}

/** True when the mention is no argument and only to be stepped over (possessors, modifiers, demonyms …). */
function skipsMention(st: ScanState, mi: number): boolean {
  const { ctx, span } = st.clause;
  const { tokens, argAt, clusters } = ctx;
  const m = ctx.mentions[mi]!;
  const last = span.last;
  if (m.kind === 'pronoun' && ['his', 'her', 'its', 'their'].includes(m.pronoun ?? '')) {
    st.k = m.end;
    return true;
  }
  if (tokens[m.end]?.lower === "'s") {
    st.k = m.end + 1;
    return true;
  }
  // "the Bogota-based carrier": a place inside a compound modifier is no argument.
  if (tokens[m.end]?.text === '-' && !tokens[m.end]!.spaceBefore && BASE_WORDS.has(tokens[m.end + 1]?.lower ?? '')) {
    st.k = m.end + 2;
    return true;
  }
  // "the Paris public hospital group AP-HP": a place naming the kind of the name after it is a modifier.
  let q = m.end;
  while (q <= last && q - m.end < 4 && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN'].includes(tokens[q]!.pos)) q++;
  const c0 = q > m.end && tokens[q - 1]!.pos === 'NOUN' && q <= last && isNameMention(ctx, argAt[q]!) ? clusterOf(ctx, mi) : -1;
  if (c0 >= 0 && ['GPE', 'LOCATION'].includes(clusters[c0]!.type)) {
    st.k = q;
    return true;
  }
  // "became the first African to …": a demonym used as a noun names no country as object;
  // "the first African woman": a one-word name before a person noun only modifies it.
  if (st.prep === null && st.res.direct === null && (m.gazetteer?.kind === 'demonym' || modifiesPersonNoun(st, m))) {
    st.k = m.end;
    return true;
  }
  return false;
}

/** Reads an argument mention; true when it ends the scan (it opens a reported clause). */
function scanMention(st: ScanState, mi: number): boolean {
  const { clause, res, vt } = st;
  const { tokens } = clause.ctx;
  const m = clause.ctx.mentions[mi]!;
  if (skipsMention(st, mi)) return false;
  // "said Chile launched …": the mention starts the reported clause, it is no object.
  // (Also across an opening quote: 'saying the DPRK "launched …"'.)
  const afterName = tokens[m.end] && isQuote(tokens[m.end]!) ? m.end + 1 : m.end;
  if (st.prep === null && SPEECH_VERBS.has(vt.lemma) && res.direct === null && (clause.verbSet.has(afterName) || tokens[afterName]?.pos === 'AUX')) return true;
  // "asked the court to review it": an object "it" mostly stands for a thing we do not name
  // (the law, the plan), so it is left unresolved rather than guessed.
  const c = m.kind === 'pronoun' && m.pronoun === 'it' && st.prep === null ? -1 : resolveMention(clause, mi, st.subjects, st.frameIdx);
  let next = m.end;
  if (c >= 0) {
    st.farthest = m.end - 1;
    next = placeArgument(st, m, c);
  }
  if (next > m.end) st.farthest = next - 1;
  st.prep = null;
  st.k = next;
  return false;
}

/** Puts the cluster `c` of mention `m` in its slot (direct, agent, prepositional, qualifier); returns the token after it and its conjuncts. */
function placeArgument(st: ScanState, m: Mention, c: number): number {
  const { clause, res, prep } = st;
  const last = clause.span.last;
  const more = (): { clusters: number[]; end: number } => coordinated(clause.ctx, m.end, last, clause.verbSet, prep);
  let next = m.end;
  if (prep === null) {
    if (res.direct === null && !res.directNonEntity && !res.light) {
      res.direct = { cluster: c };
      const co = more();
      res.directMore = co.clusters;
      next = co.end;
    }
  } else if (prep === 'by' && st.passive && res.agent < 0) {
    res.agent = c;
    const co = more();
    res.agentMore = co.clusters;
    next = co.end;
  } else {
    const q = QUALIFIER_NAMES[prep] ?? prep;
    if (res.pp === null && OBJECT_PREPS.has(prep) && !res.direct && (!res.light || ['with', 'against', 'of', 'to', 'on', 'at', 'in', 'for', 'from'].includes(prep))) {
      res.pp = { cluster: c, qualifier: q };
      res.ppPrep = prep;
      const co = more();
      res.ppMore = co.clusters;
      next = co.end;
    }
    if (!(q in res.qualifiers)) res.qualifiers[q] = clause.ctx.clusters[c]!.name;
    if (prep === 'to' && res.direct && res.recipient < 0) res.recipient = c;
    if (prep === 'from' && res.direct && res.origin < 0) res.origin = c;
  }
  return next;
}

/** A one-word name seen once, between a determiner/adjective and a person noun ("the first African woman"). */
function modifiesPersonNoun(st: ScanState, m: Mention): boolean {
  const { ctx } = st.clause;
  const { tokens, clusters } = ctx;
  if (m.end - m.start !== 1 || m.kind !== 'name' || !['DET', 'ADJ'].includes(tokens[m.start - 1]?.pos ?? '')) return false;
  const c = clusterOf(ctx, m.index);
  const next = tokens[m.end];
  if (c < 0 || clusters[c]!.mentions.length !== 1 || clusters[c]!.strength >= 3 || !next) return false;
  return next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && (PERSON_NOUNS.has(next.lower) || PERSON_NOUNS.has(next.lemma));
}

/** Reads a common noun phrase starting at the scan's token: an object, a light verb's noun, a qualifier, or a descriptor to step over. */
function scanNounPhrase(st: ScanState): void {
  const { clause, res, vt } = st;
  const { tokens, argAt } = clause.ctx;
  const last = clause.span.last;
  const k = st.k;
  let e = k;
  while (e + 1 <= last && (['NOUN', 'ADJ', 'NUM'].includes(tokens[e + 1]!.pos) || (tokens[e + 1]!.text === '-' && !tokens[e + 1]!.spaceBefore) || (/^['’]$/.test(tokens[e + 1]!.text) && /s$/.test(tokens[e]!.lower) && tokens[e + 2]?.pos === 'NOUN')) && argAt[e + 1] === -1 && !clause.verbSet.has(e + 1)) e++;
  let headIdx = e;
  while (headIdx > k && tokens[headIdx]!.pos !== 'NOUN') headIdx--;
  const head = tokens[headIdx]!;
  const np = tokens.slice(k, e + 1);
  const nameAt = (q: number): boolean => isNameMention(clause.ctx, argAt[q]!);
  // A descriptor noun phrase right before a name ("the veteran striker Ana Lima", "its rival
  // Acme Foods") only describes it: the name is the argument, and any preposition still applies.
  if (e + 1 <= last && nameAt(e + 1) && head.pos === 'NOUN' && !(LIGHT_VERBS.has(vt.lemma) && st.prep === null && (definitionForNoun(head.lower) ?? definitionForNoun(head.lemma)))) {
    st.k = e + 1;
    return;
  }
  // "an older gang known as Y", "a start-up called Y": the name is the argument.
  const alias = tokens[e + 1]?.lower === 'known' && tokens[e + 2]?.lower === 'as' ? e + 3 : ['called', 'named', 'dubbed'].includes(tokens[e + 1]?.lower ?? '') ? e + 2 : -1;
  if (alias > 0 && alias <= last && head.pos === 'NOUN' && nameAt(alias)) {
    st.k = alias;
    return;
  }
  // "signed by Acme's chief executive, Ana Lima": a title then its holder, the agent.
  if (st.prep === 'by' && st.passive && res.agent < 0 && TITLE_WORDS.has(head.lower) && tokens[e + 1]?.text === ',' && e + 2 <= last && nameAt(e + 2)) {
    st.k = e + 2;
    return;
  }
  if (st.prep === null && res.direct === null && !res.directNonEntity && !res.light) {
    st.k = directNounPhrase(st, e, head, np);
    return;
  }
  if (st.prep !== null) {
    const q = QUALIFIER_NAMES[st.prep] ?? st.prep;
    if (!(q in res.qualifiers) && st.prep !== 'of' && !['for'].includes(st.prep)) res.qualifiers[q] = np.map((x) => x.text).join(' ').replace(/ - /g, '-');
    st.prep = null;
  }
  st.k = e + 1;
}

/** A noun phrase (ending at `e`) in the direct-object slot; returns where the scan goes on. */
function directNounPhrase(st: ScanState, e: number, head: Token, np: readonly Token[]): number {
  const { clause, res, vt, def } = st;
  const { tokens, argAt, salient } = clause.ctx;
  const last = clause.span.last;
  const nounDef = definitionForNoun(head.lower) ?? definitionForNoun(head.lemma);
  if (LIGHT_VERBS.has(vt.lemma) && nounDef) {
    res.light = { predicate: nounDef.predicate, noun: head.lower };
    return e + 1;
  }
  if (QUANTITY_NOUNS.has(head.lower) && tokens[e + 1]?.lower === 'of') return e + 2;
  if (tokens[e + 1]?.lower === 'known' && tokens[e + 2]?.lower === 'as') return e + 3;
  if (tokens[e + 1]?.lower === 'what' || head.pos === 'NUM') {
    res.directNonEntity = true;
    return e + 1;
  }
  // True when a preposition and a name follow the noun phrase ("a plant in Eindhoven").
  const nameAfterPrep = tokens[e + 1]?.pos === 'ADP' && [e + 2, e + 3].some((q) => q <= last && isNameMention(clause.ctx, argAt[q]!) && (q === e + 2 || tokens[e + 2]!.pos === 'DET'));
  // "praised the customs officers", "thanked the volunteers": a group of people is an argument.
  const sg = headLemma(head);
  const peopleObject = def !== undefined && !SPEECH_VERBS.has(vt.lemma) && head.pos === 'NOUN' && head.lower !== sg && (PERSON_NOUNS.has(sg) || TITLE_WORDS.has(sg) || GROUP_NOUNS.has(head.lower)) && np.length <= 3 && !nameAfterPrep;
  if (peopleObject && np.every((x) => x.pos !== 'NUM')) {
    const name = np.filter((x) => x.pos !== 'DET' && !VAGUE_MODIFIERS.has(x.lower)).map((x) => x.lower).join(' ');
    if (name) {
      res.direct = { thing: name, type: 'OTHER' };
      st.farthest = e;
      return e + 1;
    }
  }
  const salientObject = !SPEECH_VERBS.has(vt.lemma) && !['have', 'do', 'be', 'get'].includes(vt.lemma) && head.pos === 'NOUN' && salient.has(headLemma(head)) && !nameAfterPrep;
  const name = UNIT_NOUNS.has(head.lower) ? null : thingName(np);
  if (name && ((def?.thingObject && head.pos === 'NOUN' && np.some((x) => x.pos === 'ADJ' || x.pos === 'NOUN') && np.length >= 2) || (salientObject && def !== undefined))) {
    res.direct = { thing: name, type: 'OTHER' };
    st.farthest = e;
    return e + 1;
  }
  // A verb the ontology does not know takes a salient thing as object only when no named
  // argument follows ("extend its ban", but "cut 1,200 jobs … in Eindhoven").
  if (name && salientObject) st.pendingThing = { thing: name, type: 'OTHER' };
  res.directNonEntity = true;
  if (head.pos === 'NOUN') res.directHead = head.lower;
  return e + 1;
}
