/**
 * Who works where, from nominal structure around a person's name:
 * - "Wang Ziqiang at the Institute of Mechanics", "X, with Drexel Burnham" → WORKS_FOR;
 * - a role noun in apposition or before the name with an organisation as its of/for/at/with
 *   object or modifier ("X, a columnist for The Associated Press", "National Football League
 *   placekicker Mark Moseley") → the lexicon's role-noun predicate (LEADER_OF, COACH …),
 *   else WORKS_FOR with the role as qualifier;
 * - the same with a person as the owner, where the lexicon knows the role noun ("the mayor's
 *   assassin, Tomas Varga" → KILL; "X, the son of Y" → RELATIVE_OF);
 * - a role in an as-phrase of the clause that names the person ("appointed X as chief
 *   executive of Y", "served as minister of Z").
 */
import type { SentenceTree } from '../SentenceTree.js';
import { NON_LEADING_WORDS, PAST_OFFICE_WORDS, isInstitutionName } from '../lexicon.js';
import type { Candidate, RuleContext, RuleMention } from './Candidate.js';

const EMPLOYER_CASES = new Set(['at', 'with', 'for', 'of']);

/**
 * An organisation at word w, or -1: a name, or a reference standing for one ("a security guard
 * at the museum"; facts keep it only where coreference resolves it to a named entity); with
 * `orCountry`, a country or state as well ("served as minister of Sweden").
 */
function organisation(tree: SentenceTree, w: number, ctx: RuleContext, orCountry = false): number {
  const k = ctx.index.of(tree, w);
  if (k < 0) return -1;
  const m = ctx.index.mention(k);
  if (orCountry && m.kind === 'gazetteer' && m.type === 'GPE' && !m.modifier) return k;
  if (m.kind === 'name') return m.type === 'ORGANIZATION' || (m.type === 'FACILITY' && isInstitutionName(m.name)) ? k : -1;
  // "their captain", "its chief executive": the pronoun's antecedent, resolved with the article's facts.
  if (m.kind === 'pronoun' && ['its', 'their'].includes(m.pronoun ?? '')) return k;
  return m.kind === 'reference' && (m.type === 'ORGANIZATION' || m.type === 'FACILITY') ? k : -1;
}

/** "Dr X of the Royal Ontario Museum", "X of the University of Y": a research or public institution (no party or country). */
function institution(tree: SentenceTree, w: number, ctx: RuleContext): boolean {
  const k = ctx.index.of(tree, w);
  return k >= 0 && ctx.index.mention(k).kind === 'name' && isInstitutionName(ctx.index.mention(k).name);
}

/** A named person at word w, or -1. */
function person(tree: SentenceTree, w: number, ctx: RuleContext): number {
  return ctx.index.named(tree, w, 'PERSON');
}

/**
 * Role nouns tied to the name headed at h: its appositions, the noun it is in apposition or
 * compound with (and that noun's other appositions), its noun compounds, the noun a copula
 * predicates of it.
 */
function roleNouns(tree: SentenceTree, h: number): number[] {
  const isNoun = (k: number): boolean => k >= 0 && tree.word(k).upos === 'NOUN';
  const out = tree.childrenWith(h, 'appos', 'compound').filter(isNoun);
  const head = tree.head(h);
  if (['appos', 'compound', 'flat'].includes(tree.base(h)) && isNoun(head)) out.push(head);
  // "the lead author, Dr Valeria Sosa, a palaeontologist at X": a sibling apposition describes the
  // name too (the parser may read the name as an unmarked conjunct of the noun).
  const apposed = tree.base(h) === 'appos' || (tree.base(h) === 'conj' && !tree.hasChild(h, 'cc'));
  if (apposed && isNoun(head)) out.push(...tree.childrenWith(head, 'appos').filter((k) => k !== h && isNoun(k)));
  // "Three Labour councillors, including (the deputy leader) X": the group noun X is named a member of.
  for (const k of [h, ...out]) {
    if (tree.base(k) === 'nmod' && ['including', 'among'].includes(tree.caseOf(k) ?? '') && isNoun(tree.head(k))) out.push(tree.head(k));
  }
  // "X is a member of Y", "X was the chief executive of Y": the noun a copula predicates of the name.
  if (tree.base(h) === 'nsubj' && isNoun(head) && tree.hasChild(head, 'cop')) out.push(head);
  return out;
}

function fact(tree: SentenceTree, holder: RuleMention, org: number, role: string | null, ctx: RuleContext, modifiers: readonly string[] = []): Candidate {
  const match = role === null ? null : ctx.lexicon.roleNoun({ lemma: role, objectType: 'ORGANIZATION', modifierLemmas: modifiers });
  // A past office is a role held, not leadership now.
  // A country is served in a role, not worked for.
  const fallback = ctx.index.mention(org).type === 'GPE' && role !== null ? 'HOLDS_ROLE' : 'WORKS_FOR';
  const predicate = match?.predicate === 'LEADER_OF' && modifiers.some((m) => PAST_OFFICE_WORDS.has(m) || NON_LEADING_WORDS.has(m)) ? 'HOLDS_ROLE' : match?.predicate ?? fallback;
  const title = [...modifiers, role].filter(Boolean).join(' ');
  const qualifiers: Record<string, string> = role !== null && predicate === 'WORKS_FOR' ? { role: title } : {};
  return { rule: 'employment', sentence: tree.index, subject: holder.index, object: org, predicate, verb: title || 'work for', qualifiers };
}

/** The people a clause appoints or describes in an "as" role: its object or passive subject, else its subject. */
function holdersOf(tree: SentenceTree, v: number, ctx: RuleContext): RuleMention[] {
  const pick = (labels: string[]): RuleMention[] => tree.childrenWith(v, ...labels).map((w) => person(tree, w, ctx)).filter((k) => k >= 0).map((k) => ctx.index.mention(k));
  const objects = pick(['obj', 'nsubj:pass']);
  return objects.length > 0 ? objects : pick(['nsubj']);
}

/** The role words after "as" (adjectives and nouns: "chief executive", "head coach") and the word after them. */
function roleAfterAs(tree: SentenceTree, as: number): { words: number[]; next: number } {
  const words: number[] = [];
  let k = as + 1;
  while (k < tree.length && words.length < 4 && ['ADJ', 'NOUN'].includes(tree.word(k).upos)) words.push(k++);
  return { words, next: k };
}

/** The person an as-phrase describes: the appointed object or passive subject of the verb before it, else its subject. */
function holderBefore(tree: SentenceTree, as: number, ctx: RuleContext): RuleMention[] {
  for (let v = as - 1; v >= 0; v--) if (tree.isVerbal(v)) return holdersOf(tree, v, ctx);
  return [];
}

/**
 * "appointed Maria Lopez as chief executive of Iberdrola", "she served as minister of finance
 * of Sweden", "joined Y as head coach of its youth team": the role after "as", at the
 * organisation (or country) its of/at/for phrase names. Read off the word sequence around
 * "as" (parsers attach these phrases in many ways) with the tree for the clause's people.
 */
function asRoles(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (let as = 0; as < tree.length; as++) {
    if (tree.word(as).lower !== 'as') continue;
    const { words, next } = roleAfterAs(tree, as);
    if (words.length === 0 || next >= tree.length || !EMPLOYER_CASES.has(tree.word(next).lower)) continue;
    let w = next + 1;
    while (w < tree.length && tree.word(w).upos === 'DET') w++;
    const org = w < tree.length ? organisation(tree, w, ctx, true) : -1;
    if (org < 0) continue;
    const lemmas = words.map((k) => tree.word(k).lemma.toLowerCase());
    for (const holder of holderBefore(tree, as, ctx)) out.push(fact(tree, holder, org, lemmas[lemmas.length - 1]!, ctx, lemmas.slice(0, -1)));
  }
  return out;
}

/** A role a person holds towards another person, where the lexicon knows it (assassin → KILL, son → RELATIVE_OF). */
function personalRole(tree: SentenceTree, holder: RuleMention, other: number, role: string, ctx: RuleContext): Candidate | null {
  const match = ctx.lexicon.roleNoun({ lemma: role, objectType: 'PERSON' });
  if (match === null || other === holder.index) return null;
  return { rule: 'employment', sentence: tree.index, subject: holder.index, object: other, predicate: match.predicate, verb: role, qualifiers: {} };
}


function employersOf(tree: SentenceTree, m: RuleMention, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  // (The parser may hang "of the University of X" on the surname: the name's own words count.)
  const nameWords = [m.word, ...tree.childrenWith(m.word, 'flat')];
  for (const c of nameWords.flatMap((w) => tree.childrenWith(w, 'nmod'))) {
    const kase = tree.caseOf(c);
    const org = kase === 'at' || kase === 'with' || (kase === 'of' && institution(tree, c, ctx)) ? organisation(tree, c, ctx) : -1;
    if (org >= 0) out.push(fact(tree, m, org, null, ctx));
  }
  for (const r of roleNouns(tree, m.word)) {
    const role = tree.word(r).lemma.toLowerCase();
    const past = tree.childrenWith(r, 'amod').map((k) => tree.word(k).lower).filter((w) => PAST_OFFICE_WORDS.has(w));
    for (const c of tree.children(r)) {
      const ok = (tree.base(c) === 'nmod' && EMPLOYER_CASES.has(tree.caseOf(c) ?? '')) || (tree.base(c) === 'compound' && c < r) || tree.word(c).label === 'nmod:poss';
      // ("the EU's competition commissioner", "Japan's envoy": a possessive country owns the role too.)
      const org = ok ? organisation(tree, c, ctx, tree.word(c).label === 'nmod:poss') : -1;
      if (org >= 0) out.push(fact(tree, m, org, role, ctx, past));
      const other = ok ? person(tree, c, ctx) : -1;
      const personal = other >= 0 ? personalRole(tree, m, other, role, ctx) : null;
      if (personal !== null) out.push(personal);
    }
  }
  return out;
}

/**
 * "Bayview Heights Berhad, whose managing director, Lim Chee Keong, said …": the person after a
 * "whose" role holds it at the organisation before it. Read off the word sequence (parsers
 * rarely get this relative clause right).
 */
function whoseRoles(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (let w = 2; w < tree.length; w++) {
    if (tree.word(w).lower !== 'whose' || tree.word(w - 1).form !== ',') continue;
    const org = organisation(tree, w - 2, ctx);
    let k = w + 1;
    const role: number[] = [];
    while (k < tree.length && role.length < 4 && /^\p{Ll}/u.test(tree.word(k).form) && tree.word(k).upos !== 'PUNCT') role.push(k++);
    if (org < 0 || role.length === 0 || tree.word(k)?.form !== ',' || k + 1 >= tree.length) continue;
    const p = person(tree, k + 1, ctx);
    if (p < 0) continue;
    const lemmas = role.map((r) => tree.word(r).lower);
    out.push(fact(tree, ctx.index.mention(p), org, lemmas[lemmas.length - 1]!, ctx, lemmas.slice(0, -1)));
  }
  return out;
}

export function employment(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [...asRoles(tree, ctx), ...whoseRoles(tree, ctx)];
  for (const m of ctx.index.inSentence(tree.index)) {
    if (m.kind === 'name' && m.type === 'PERSON' && m.word >= 0) out.push(...employersOf(tree, m, ctx));
  }
  return out;
}
