/**
 * A verb's clause as the rules need it: its argument slots (nsubj, obj, iobj, nsubj:pass,
 * agent, obl:<case>, each expanded over coordination), with subjects passed down from the
 * clause it hangs on where it has none of its own: coordinated verbs share their subject,
 * control verbs pass theirs (or their object, "allowed X to"), relative clauses and
 * participles take the noun they modify.
 */
import type { SentenceTree } from '../SentenceTree.js';
import { LEGAL_VERBS } from '../lexicon.js';

export type Slots = Map<string, number[]>;

const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Verbs whose object is the subject of their infinitive ("urged China to contribute"; not "took a train to reach X"). */
const OBJECT_CONTROL = new Set(['allow', 'ask', 'urge', 'order', 'force', 'tell', 'persuade', 'invite', 'encourage', 'permit', 'require', 'help', 'enable', 'convince', 'expect', 'want', 'cause', 'get', 'authorize', 'authorise', 'instruct', 'pressure', 'press', 'call', 'appoint', 'elect', 'name', 'hire', 'sign', 'recruit']);

/** Case words that name members of a group ("three councillors, including X"). */
const MEMBER_CASES: ReadonlySet<string> = new Set(['including', 'among']);

/** A nominal and the nominals coordinated with it ("X and Y") or named as its members ("councillors, including X"). */
export function withConjuncts(tree: SentenceTree, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length && out.length < 16; k++) {
    for (const c of tree.childrenWith(out[k]!, 'conj')) if (tree.word(c).upos !== 'VERB') out.push(c);
    if (tree.word(out[k]!).upos !== 'NOUN') continue;
    for (const c of tree.childrenWith(out[k]!, 'nmod')) if (MEMBER_CASES.has(tree.caseOf(c) ?? '')) out.push(c);
  }
  return out;
}

function push(slots: Slots, key: string, words: readonly number[]): void {
  if (words.length === 0) return;
  slots.set(key, [...(slots.get(key) ?? []), ...words]);
}

/** Replaces a relative pronoun by the noun its clause modifies. */
function antecedent(tree: SentenceTree, verb: number, w: number): number {
  if (!RELATIVE.has(tree.word(w).lower) || tree.word(w).upos === 'NOUN') return w;
  let k = verb;
  while (k >= 0 && tree.word(k).label === 'conj') k = tree.head(k);
  return k >= 0 && tree.base(k) === 'acl' ? tree.head(k) : w;
}

function ownSlots(tree: SentenceTree, v: number, passive: boolean): Slots {
  const slots: Slots = new Map();
  for (const c of tree.children(v)) {
    const label = tree.word(c).label;
    const base = tree.base(c);
    if (tree.isPossessor(c) && tree.word(c).label !== 'nmod:poss') continue;
    const words = withConjuncts(tree, antecedent(tree, v, c));
    if (label === 'nsubj:pass' || (passive && base === 'nsubj')) push(slots, 'nsubj:pass', words);
    else if (base === 'nsubj') push(slots, 'nsubj', words);
    else if (base === 'obj' || base === 'iobj') push(slots, base, words);
    else if (label === 'obl:agent' || (passive && base === 'obl' && tree.caseOf(c) === 'by')) push(slots, 'agent', words);
    else if (base === 'obl' || base === 'nmod') {
      const kase = tree.caseOf(c);
      if (kase !== null) push(slots, `obl:${kase}`, words);
      else if (label === 'obl:tmod' || label === 'obl:npmod' || label === 'obl:unmarked') push(slots, 'obl:tmod', words);
    }
  }
  joinCoAgents(tree, v, slots);
  deedPatient(tree, v, slots);
  return slots;
}

/** "convicted of Ana Ruiz's killing" (a gerund): under a legal verb the deed's possessor is its victim, the convicted its agent. */
function deedPatient(tree: SentenceTree, v: number, slots: Slots): void {
  const head = tree.head(v);
  if (head < 0 || slots.has('obj') || !['advcl', 'obl'].includes(tree.base(v)) || !LEGAL_VERBS.has(tree.word(head).lemma.toLowerCase())) return;
  const poss = tree.childrenWith(v, 'nmod:poss')[0];
  if (poss !== undefined) push(slots, 'obj', withConjuncts(tree, poss));
}

/** "operated by NASA together with ESA", "X, along with Y, launched …": the with-phrase acts too. */
function joinCoAgents(tree: SentenceTree, v: number, slots: Slots): void {
  const together = tree.childrenWith(v, 'advmod').some((c) => ['together', 'along'].includes(tree.word(c).lower));
  const key = together && slots.has('obl:with') ? 'obl:with' : slots.has('obl:alongside') ? 'obl:alongside' : null;
  if (key === null) return;
  const actor = slots.has('agent') ? 'agent' : slots.has('nsubj') ? 'nsubj' : null;
  if (actor === null) return;
  push(slots, actor, slots.get(key)!);
  slots.delete(key);
}

/** The clause a verb borrows its subject from, and which slot of that clause it borrows. */
function subjectDonor(tree: SentenceTree, v: number): { donor: number; from: 'subject' | 'object' | 'modified' } | null {
  const head = tree.head(v);
  if (head < 0) return null;
  const label = tree.word(v).label;
  const base = tree.base(v);
  if (base === 'conj' || base === 'advcl') return tree.isVerbal(head) || tree.hasChild(head, 'cop') ? { donor: head, from: 'subject' } : null;
  if (base === 'xcomp') return OBJECT_CONTROL.has(tree.word(head).lemma.toLowerCase()) && tree.hasChild(head, 'obj') && !tree.isPassive(head) ? { donor: head, from: 'object' } : { donor: head, from: 'subject' };
  // A participle takes the noun it modifies ("troops stationed in X"); an infinitive may not ("a train to reach X").
  if (base === 'acl' && label !== 'acl:relcl') return tree.isInfinitive(v) ? null : { donor: head, from: 'modified' };
  if (label === 'acl:relcl') return { donor: head, from: 'modified' };
  return null;
}

export interface Clause {
  verb: number;
  passive: boolean;
  particle?: string;
  slots: Slots;
  /** True when the subject came from another clause. */
  inherited: boolean;
}

function subjectKey(passive: boolean): string {
  return passive ? 'nsubj:pass' : 'nsubj';
}

export function clauseOf(tree: SentenceTree, v: number, depth = 0): Clause {
  const passive = tree.isPassive(v);
  const slots = ownSlots(tree, v, passive);
  const prt = tree.firstChild(v, 'compound:prt');
  const clause: Clause = { verb: v, passive, slots, inherited: false };
  if (prt >= 0) clause.particle = tree.word(prt).lower;
  if (slots.has('nsubj') || slots.has('nsubj:pass') || depth > 4) return clause;
  const donor = subjectDonor(tree, v);
  if (donor === null) return clause;
  let words: number[] = [];
  if (donor.from === 'modified') {
    // A relative clause with its own object ("the club that X founded") has its subject already.
    if (tree.word(v).label === 'acl:relcl' && slots.has('obj')) return clause;
    words = withConjuncts(tree, donor.donor);
    push(slots, subjectKey(passive), words);
  } else {
    const donorClause = clauseOf(tree, donor.donor, depth + 1);
    // An adverbial clause's subject is the surface subject of its host, passive or not ("X was
    // convicted of killing Y": X killed); a coordinated active verb does not take a passive's patient.
    // A purpose infinitive's subject is the passive's agent, not its patient ("was established to commemorate").
    const gerund = tree.base(v) === 'advcl' && !tree.isInfinitive(v);
    const coordinated = tree.base(v) === 'conj';
    const surface = !donorClause.passive || passive || gerund || coordinated;
    words = donor.from === 'object' ? donorClause.slots.get('obj') ?? [] : donorClause.slots.get('nsubj') ?? (surface ? donorClause.slots.get('nsubj:pass') ?? [] : []);
    push(slots, subjectKey(passive), words);
  }
  clause.inherited = words.length > 0;
  return clause;
}
