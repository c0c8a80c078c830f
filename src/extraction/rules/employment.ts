/**
 * Who works where, from nominal structure around a person's name:
 * - "Wang Ziqiang at the Institute of Mechanics", "X, with Drexel Burnham" → WORKS_FOR;
 * - a role noun in apposition or before the name with an organisation as its of/for/at/with
 *   object or modifier ("X, a columnist for The Associated Press", "National Football League
 *   placekicker Mark Moseley") → the lexicon's role-noun predicate (LEADER_OF, COACH …),
 *   else WORKS_FOR with the role as qualifier;
 * - the same with a person as the owner, where the lexicon knows the role noun ("Kennedy's
 *   assassin, Lee Harvey Oswald" → KILL; "X, the son of Y" → RELATIVE_OF).
 */
import type { SentenceTree } from '../SentenceTree.js';
import type { Candidate, RuleContext, RuleMention } from './Candidate.js';

const EMPLOYER_CASES = new Set(['at', 'with', 'for', 'of']);

/**
 * An organisation at word w, or -1: a name, or a reference standing for one ("a security guard
 * at the museum"; facts keep it only where coreference resolves it to a named entity).
 */
function organisation(tree: SentenceTree, w: number, ctx: RuleContext): number {
  const k = ctx.index.of(tree, w);
  if (k < 0) return -1;
  const m = ctx.index.mention(k);
  if (m.kind === 'name') return m.type === 'ORGANIZATION' ? k : -1;
  return m.kind === 'reference' && (m.type === 'ORGANIZATION' || m.type === 'FACILITY') ? k : -1;
}

/** A named person at word w, or -1. */
function person(tree: SentenceTree, w: number, ctx: RuleContext): number {
  const m = ctx.index.of(tree, w);
  return m >= 0 && ctx.index.mention(m).type === 'PERSON' && ctx.index.mention(m).kind === 'name' ? m : -1;
}

/** Role nouns tied to the name headed at h: its appositions, the noun it is in apposition or compound with, its noun compounds. */
function roleNouns(tree: SentenceTree, h: number): number[] {
  const isNoun = (k: number): boolean => k >= 0 && tree.word(k).upos === 'NOUN';
  const out = tree.childrenWith(h, 'appos', 'compound').filter(isNoun);
  const head = tree.head(h);
  if (['appos', 'compound', 'flat'].includes(tree.base(h)) && isNoun(head)) out.push(head);
  return out;
}

function fact(tree: SentenceTree, holder: RuleMention, org: number, role: string | null, ctx: RuleContext): Candidate {
  const match = role === null ? null : ctx.lexicon.roleNoun({ lemma: role, objectType: 'ORGANIZATION' });
  const predicate = match?.predicate ?? 'WORKS_FOR';
  const qualifiers: Record<string, string> = role !== null && predicate === 'WORKS_FOR' ? { role } : {};
  return { rule: 'employment', sentence: tree.index, subject: holder.index, object: org, predicate, verb: role ?? 'work for', qualifiers };
}

/** A role a person holds towards another person, where the lexicon knows it (assassin → KILL, son → RELATIVE_OF). */
function personalRole(tree: SentenceTree, holder: RuleMention, other: number, role: string, ctx: RuleContext): Candidate | null {
  const match = ctx.lexicon.roleNoun({ lemma: role, objectType: 'PERSON' });
  if (match === null || other === holder.index) return null;
  return { rule: 'employment', sentence: tree.index, subject: holder.index, object: other, predicate: match.predicate, verb: role, qualifiers: {} };
}

function employersOf(tree: SentenceTree, m: RuleMention, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const c of tree.childrenWith(m.word, 'nmod')) {
    const kase = tree.caseOf(c);
    const org = kase === 'at' || kase === 'with' ? organisation(tree, c, ctx) : -1;
    if (org >= 0) out.push(fact(tree, m, org, null, ctx));
  }
  for (const r of roleNouns(tree, m.word)) {
    const role = tree.word(r).lemma.toLowerCase();
    for (const c of tree.children(r)) {
      const ok = (tree.base(c) === 'nmod' && EMPLOYER_CASES.has(tree.caseOf(c) ?? '')) || (tree.base(c) === 'compound' && c < r) || tree.word(c).label === 'nmod:poss';
      const org = ok ? organisation(tree, c, ctx) : -1;
      if (org >= 0) out.push(fact(tree, m, org, role, ctx));
      const other = ok ? person(tree, c, ctx) : -1;
      const personal = other >= 0 ? personalRole(tree, m, other, role, ctx) : null;
      if (personal !== null) out.push(personal);
    }
  }
  return out;
}

export function employment(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.index.inSentence(tree.index)) {
    if (m.kind === 'name' && m.type === 'PERSON' && m.word >= 0) out.push(...employersOf(tree, m, ctx));
  }
  return out;
}
