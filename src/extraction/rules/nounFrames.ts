/**
 * Event nouns and light verbs: "Putin's meeting with Kim", "the assassination of X by Y",
 * "held talks with Kim", "filed a lawsuit against X". The noun's possessor (or a name
 * compounded before it, or its by-phrase), or the subject of the light verb it is the object
 * of, fills the subject slot; its prepositional objects fill the slots the lexicon's noun frame names.
 */
import type { SentenceTree } from '../SentenceTree.js';
import { slotKey } from './arguments.js';
import type { Candidate, RuleContext } from './Candidate.js';
import { clauseOf, withConjuncts, type Slots } from './clauses.js';
import { stanceOf, type Stance } from './stance.js';
import { LEGAL_VERBS } from '../lexicon.js';
import { emit, fromMatch } from './verbFrames.js';

const DEED_CASES: ReadonlySet<string> = new Set(['of', 'for', 'with', 'over', 'in']);

/**
 * The person a legal verb holds to the deed noun n, as its agent: the verb's patient ("Tomas
 * Varga was convicted of Ana Ruiz's killing", "police arrested X for the murder of Y"). The deed's
 * possessor is then its victim. Returns the legal verb, or -1.
 */
function legalFrame(tree: SentenceTree, n: number, slots: Slots): number {
  const v = tree.head(n);
  if (v < 0 || tree.base(n) !== 'obl' || !DEED_CASES.has(tree.caseOf(n) ?? '') || !LEGAL_VERBS.has(tree.word(v).lemma.toLowerCase())) return -1;
  const clause = clauseOf(tree, v);
  const agent = clause.slots.get(clause.passive ? 'nsubj:pass' : 'obj');
  if (agent === undefined) return -1;
  const victim = slots.get('nmod:poss');
  if (victim !== undefined && !slots.has('obl:of')) slots.set('obl:of', victim);
  slots.set('nmod:poss', agent);
  return v;
}

function nounSlots(tree: SentenceTree, n: number, ctx: RuleContext): { slots: Slots; verb: number } {
  const slots: Slots = new Map();
  for (const c of tree.children(n)) {
    const base = tree.base(c);
    if (tree.word(c).label === 'nmod:poss' || (base === 'compound' && c < n && ctx.index.of(tree, c) >= 0)) slots.set('nmod:poss', withConjuncts(tree, c));
    else if (base === 'nmod') {
      const kase = tree.caseOf(c);
      if (kase === 'poss' || kase === "'s") slots.set('nmod:poss', [c]);
      else if (kase !== null) slots.set(`obl:${kase}`, withConjuncts(tree, c));
    }
  }
  // "the assassination of X by Y": the by-phrase of an event noun is its agent.
  const agent = slots.get('obl:by');
  if (agent !== undefined && !slots.has('nmod:poss')) {
    slots.set('nmod:poss', agent);
    slots.delete('obl:by');
  }
  const legal = legalFrame(tree, n, slots);
  if (legal >= 0) return { slots, verb: legal };
  const head = tree.head(n);
  // The object of a light verb, or its patient in a passive ("the deal was signed by X and Y").
  const patient = head >= 0 && tree.word(n).label === 'nsubj:pass';
  const light = head >= 0 && (tree.base(n) === 'obj' || patient) && ctx.lexicon.isLightVerb(tree.word(head).lemma);
  if (!light) return { slots, verb: -1 };
  const clause = clauseOf(tree, head);
  if (!slots.has('nmod:poss')) slots.set('nmod:poss', clause.slots.get(patient ? 'agent' : 'nsubj') ?? []);
  for (const [k, words] of clause.slots) if (k.startsWith('obl:') && !slots.has(k)) slots.set(k, words);
  return { slots, verb: head };
}

/** The legal verbs that accuse (a subset of LEGAL_VERBS): they hold a deed as possible, findings ("convicted of") as stated. */
const ACCUSING: ReadonlySet<string> = new Set(['charge', 'accuse', 'suspect', 'indict', 'arrest', 'prosecute', 'blame', 'try', 'detain', 'extradite', 'investigate']);

function deedStance(tree: SentenceTree, verb: number, n: number, ctx: RuleContext): Stance {
  const stance = stanceOf(tree, verb >= 0 ? verb : n, ctx);
  const accused = verb >= 0 && tree.head(n) === verb && ACCUSING.has(tree.word(verb).lemma.toLowerCase());
  return accused && stance.modality === 'asserted' ? { ...stance, modality: 'possible' } : stance;
}

function nounCandidates(tree: SentenceTree, n: number, ctx: RuleContext): Candidate[] {
  const { slots, verb } = nounSlots(tree, n, ctx);
  // ("killing" is lemmatised "kill"; the lexicon lists the noun as written.)
  const word = tree.word(n);
  const lemma = ctx.lexicon.lookup({ lemma: word.lemma.toLowerCase(), pos: 'NOUN' }) === null && word.lower.endsWith('ing') ? word.lower : word.lemma.toLowerCase();
  const f = { tree, trigger: n, slots, stance: deedStance(tree, verb, n, ctx), verb: lemma, rule: verb >= 0 ? 'light-verb' as const : 'noun-event' as const };
  const out: Candidate[] = [];
  for (const key of [...slots.keys()].filter((k) => k.startsWith('obl:'))) {
    const match = ctx.lexicon.lookup({ lemma, pos: 'NOUN', prep: key.slice(4) });
    if (match !== null) out.push(...emit(f, ctx, ctx.lexicon.currentName(match.predicate), slotKey(match.roles.subject), slotKey(match.roles.object)));
  }
  // "X and Y signed an agreement": a symmetric event between the coordinated subjects of its light verb.
  const bare = verb >= 0 && out.length === 0 ? ctx.lexicon.lookup({ lemma, pos: 'NOUN' }) : null;
  if (bare !== null && bare.symmetric) out.push(...fromMatch(f, ctx, bare));
  return out;
}

export function nounFrames(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (let n = 0; n < tree.length; n++) if (tree.word(n).upos === 'NOUN') out.push(...nounCandidates(tree, n, ctx));
  return out;
}
