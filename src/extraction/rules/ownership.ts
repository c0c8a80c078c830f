/**
 * Who owns a business, from a possessive on a company noun that names it: "his investment
 * company Lang Sports Holdings", "Maria Soto's firm, Alto Verde" → OWN. The possessor must be a
 * person (a name or a personal pronoun, resolved with the article's facts); the company is the
 * organisation named in apposition with the noun.
 */
import type { SentenceTree } from '../SentenceTree.js';
import type { Candidate, RuleContext } from './Candidate.js';

/** Nouns of businesses a person owns ("his company"), not of bodies a person belongs to or leads ("his party"). */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'business', 'start-up', 'startup', 'venture', 'label', 'brand', 'holding', 'restaurant', 'shop', 'chain']);
const PERSONAL: ReadonlySet<string> = new Set(['his', 'her']);

function owner(tree: SentenceTree, n: number, ctx: RuleContext): number {
  const p = tree.childrenWith(n, 'nmod:poss')[0];
  if (p === undefined) return -1;
  const k = ctx.index.of(tree, p);
  if (k < 0) return -1;
  const m = ctx.index.mention(k);
  if (m.kind === 'pronoun') return PERSONAL.has(m.pronoun ?? '') ? k : -1;
  return m.kind === 'name' && m.type === 'PERSON' ? k : -1;
}

function ownedBy(tree: SentenceTree, n: number, ctx: RuleContext): Candidate[] {
  const who = owner(tree, n, ctx);
  if (who < 0) return [];
  const out: Candidate[] = [];
  // (The parser may hang the noun on the name as a compound: "his company Lang Sports Holdings".)
  const named = tree.childrenWith(n, 'appos', 'compound', 'flat');
  if (tree.base(n) === 'compound' && tree.head(n) > n) named.push(tree.head(n));
  for (const c of named) {
    const k = c > n ? ctx.index.of(tree, c) : -1;
    if (k < 0 || k === who) continue;
    const m = ctx.index.mention(k);
    if (m.kind === 'name' && m.type === 'ORGANIZATION') out.push({ rule: 'possessive', sentence: tree.index, subject: who, object: k, predicate: 'OWN', verb: 'own', qualifiers: {} });
  }
  return out;
}

export function ownership(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (let n = 0; n < tree.length; n++) {
    if (tree.word(n).upos === 'NOUN' && COMPANY_NOUNS.has(tree.word(n).lemma.toLowerCase())) out.push(...ownedBy(tree, n, ctx));
  }
  return out;
}
