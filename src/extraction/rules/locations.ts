/**
 * Where named places and organisations are, from nominal structure:
 * - a possessive place or an in/at phrase on a name ("Russia's Vostochny Cosmodrome", "the
 *   Estadio do Mar in Braga");
 * - a place in apposition after a comma ("Bethany, Conn.", "Aiken, S.C.");
 * - "-based" ("the Lisbon-based firm Acme", "Acme, based in Lisbon");
 * - a place on the organisation noun describing a name ("X, a Hong Kong property developer").
 */
import type { EntityType } from '../../model/types.js';
import type { SentenceTree } from '../SentenceTree.js';
import { ORG_CUE_NOUNS } from '../lexicon.js';
import { headType } from '../mentions/headType.js';
import { LEGAL_FORMS } from '../mentions/runEnd.js';
import type { Candidate, RuleContext, RuleName } from './Candidate.js';

const LOCATABLE: ReadonlySet<EntityType> = new Set(['FACILITY', 'ORGANIZATION', 'GPE', 'LOCATION', 'EVENT']);
const PLACES: ReadonlySet<EntityType> = new Set(['GPE', 'LOCATION']);

function namedPlace(tree: SentenceTree, w: number, ctx: RuleContext): number {
  const m = ctx.index.of(tree, w);
  if (m < 0) return -1;
  const place = ctx.index.mention(m);
  return PLACES.has(place.type) && (place.kind === 'name' || place.kind === 'gazetteer') && !place.modifier ? m : -1;
}

function located(tree: SentenceTree, ctx: RuleContext, thing: number, place: number, rule: RuleName, verb: string): Candidate | null {
  const t = ctx.index.mention(thing);
  const p = ctx.index.mention(place);
  if (place === thing || p.name === t.name) return null;
  // A country is in no city; a city is in a country or region, never the reverse.
  if (t.type === 'GPE' && t.gazetteer?.kind === 'country') return null;
  if (p.gazetteer?.kind === 'capital' && t.type === 'GPE') return null;
  return { rule, sentence: tree.index, subject: thing, object: place, predicate: 'LOCATED_IN', verb, qualifiers: {} };
}

/** A place after a comma in apposition ("Bethany, Conn."), not an item of a list. */
function commaPlace(tree: SentenceTree, h: number, c: number, ctx: RuleContext): number {
  const unmarked = tree.word(c).label === 'nmod:unmarked' || tree.word(c).label === 'nmod:npmod';
  if ((!['appos', 'conj', 'flat', 'list', 'compound'].includes(tree.base(c)) && !unmarked) || c < h) return -1;
  let [lo] = tree.span(c);
  while (lo < c && tree.word(lo).upos === 'PUNCT') lo++;
  if (lo < 1 || tree.word(lo - 1).form !== ',' || tree.hasChild(c, 'cc')) return -1;
  if (tree.children(h).some((k) => k !== c && tree.base(k) === 'conj')) return -1;
  // The apposition must close ("Aiken, Georgia, near …", "… in Aiken, Georgia."): a place
  // followed by a verb is the subject of the next clause the parser attached here.
  let hi = c;
  while (hi + 1 < tree.length && tree.dominates(c, hi + 1)) hi++;
  const after = hi + 1 < tree.length ? tree.word(hi + 1) : null;
  if (after !== null && after.upos !== 'PUNCT' && after.upos !== 'ADP') return -1;
  return namedPlace(tree, c, ctx);
}

function nameAt(tree: SentenceTree, h: number, ctx: RuleContext): number {
  const m = ctx.index.of(tree, h);
  if (m < 0) return -1;
  const t = ctx.index.mention(m);
  return LOCATABLE.has(t.type) && (t.kind === 'name' || t.kind === 'gazetteer') && t.word === h ? m : -1;
}

/** A company named with its legal form ("Acme Corp."), whose of-phrase is where it is ("Acme Corp. of Leeds"). */
function legalName(ctx: RuleContext, m: number): boolean {
  const last = ctx.index.mention(m).name.split(' ').at(-1)?.toLowerCase() ?? '';
  return LEGAL_FORMS.has(last);
}

function nominalCandidates(tree: SentenceTree, h: number, ctx: RuleContext): Candidate[] {
  const thing = nameAt(tree, h, ctx);
  if (thing < 0) return [];
  const out: (Candidate | null)[] = [];
  for (const c of tree.children(h)) {
    const label = tree.word(c).label;
    const inPhrase = tree.base(c) === 'nmod' && (['in', 'at', 'near'].includes(tree.caseOf(c) ?? '') || (tree.caseOf(c) === 'of' && legalName(ctx, thing)));
    if (label === 'nmod:poss' || inPhrase) {
      const place = namedPlace(tree, c, ctx);
      if (place >= 0) out.push(located(tree, ctx, thing, place, label === 'nmod:poss' ? 'possessive' : 'nominal-location', tree.caseOf(c) ?? 'of'));
    }
    const after = commaPlace(tree, h, c, ctx);
    if (after >= 0) out.push(located(tree, ctx, thing, after, 'nominal-location', 'in'));
  }
  return out.filter((x): x is Candidate => x !== null);
}

/** Nouns describing a name: its appositions, or the noun it is in apposition with ("the Tokyo carmaker Ishida Motors"). */
function descriptorNouns(tree: SentenceTree, h: number): number[] {
  const out = tree.childrenWith(h, 'appos').filter((k) => tree.word(k).upos === 'NOUN');
  const head = tree.head(h);
  if (head >= 0 && tree.base(h) === 'appos' && tree.word(head).upos === 'NOUN') out.push(head);
  return out;
}

/** "X, a Hong Kong property developer", "the Tokyo carmaker X": a place compounded on an organisation noun describing the name. */
function describedPlaceCandidates(tree: SentenceTree, h: number, ctx: RuleContext): Candidate[] {
  const thing = nameAt(tree, h, ctx);
  if (thing < 0 || ctx.index.mention(thing).type !== 'ORGANIZATION') return [];
  const out: Candidate[] = [];
  for (const n of descriptorNouns(tree, h)) {
    const lemma = tree.word(n).lemma.toLowerCase();
    if (!ORG_CUE_NOUNS.has(lemma) && headType(lemma)?.type !== 'ORGANIZATION') continue;
    for (const c of tree.childrenWith(n, 'compound')) {
      const place = c < n ? namedPlace(tree, c, ctx) : -1;
      const fact = place >= 0 ? located(tree, ctx, thing, place, 'nominal-location', 'base') : null;
      if (fact !== null) out.push(fact);
    }
  }
  return out;
}

/** "the Lisbon-based firm", "Acme, based in Lisbon": the place hangs on "based", the name is its head. */
function basedCandidates(tree: SentenceTree, b: number, ctx: RuleContext): Candidate[] {
  const head = tree.head(b);
  let thing = head >= 0 ? ctx.index.of(tree, head) : -1;
  // "Astrelle Systems, a Toulouse-based company": the company noun stands for the name it is in apposition with.
  if (head >= 0 && tree.word(head).label === 'appos' && tree.head(head) >= 0) {
    const named = ctx.index.of(tree, tree.head(head));
    if (named >= 0 && ctx.index.mention(named).kind === 'name') thing = named;
  }
  if (thing < 0 || !LOCATABLE.has(ctx.index.mention(thing).type)) return [];
  const places = [...tree.children(b), b - 2, b - 1].filter((k) => k >= 0).map((k) => namedPlace(tree, k, ctx)).filter((p) => p >= 0);
  const out: Candidate[] = [];
  for (const p of new Set(places)) {
    const c = located(tree, ctx, thing, p, 'nominal-location', 'based in');
    if (c !== null) out.push(c);
  }
  return out;
}

export function locations(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (let h = 0; h < tree.length; h++) {
    out.push(...nominalCandidates(tree, h, ctx), ...describedPlaceCandidates(tree, h, ctx));
    if (tree.word(h).lower === 'based' && tree.base(h) !== 'root') out.push(...basedCandidates(tree, h, ctx));
  }
  return out;
}
