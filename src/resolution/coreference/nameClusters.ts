/**
 * Pass 2: names, longest first, then short forms in text order. A name joins the cluster with
 * the same key, the cluster whose initials it spells, or the one whose longer name contains it
 * ("Putin", "Coast Guard"); otherwise it starts a cluster.
 */
import type { EntityType } from '../../model/types.js';
import type { Mention } from '../../extraction/mentions/Mention.js';
import { attach, createCluster, latestMentioned, type CorefContext } from './CorefContext.js';
import type { EntityCluster } from './EntityCluster.js';
import { acronymLetters, nameKey, nameTokens } from './nameKey.js';
import { indexForm, newNameIndex, type NameIndex } from './NameIndex.js';
import { headType } from '../../extraction/mentions/headType.js';

/** Short-form matching looks at no more than this many entities sharing the first word. */
export const MAX_SHORT_FORM_CANDIDATES = 64;

const compatible = (a: EntityType, b: EntityType, strengthB: number): boolean =>
  a === b || strengthB < 3 || (['GPE', 'LOCATION', 'FACILITY'].includes(a) && ['GPE', 'LOCATION', 'FACILITY'].includes(b));

export function clusterNames(ctx: CorefContext): void {
  const names = ctx.mentions.filter((m) => m.kind === 'name');
  const order = [...names].sort((a, b) => nameTokens(b.text).length - nameTokens(a.text).length || a.start - b.start);
  const ix = newNameIndex();
  for (const m of order) {
    const toks = nameTokens(m.text);
    if (toks.length === 0) continue;
    const target = knownName(ix, m) ?? shortFormTarget(ctx, ix, m, toks) ?? createCluster(ctx, m, m.text);
    const isNew = !target.forms.has(m.text);
    attach(ctx, m, target);
    if (isNew) indexForm(ix, target, m.text);
  }
}

/** The cluster with this name's key, else the one whose initials the name spells. */
function knownName(ix: NameIndex, m: Mention): EntityCluster | undefined {
  const exact = ix.byKey.get(nameKey(m.text));
  if (exact) return exact;
  const bare = acronymLetters(m.text);
  return bare === null ? undefined : ix.byInitials.get(bare);
}

/**
 * Short form: tokens contained in a longer name (every such name holds the first token; only
 * the latest MAX_SHORT_FORM_CANDIDATES such entities are considered). Among several, the one
 * mentioned last before the short form, else the most mentioned.
 */
function shortFormTarget(ctx: CorefContext, ix: NameIndex, m: Mention, toks: readonly string[]): EntityCluster | undefined {
  const pool = (ix.byWord.get(toks[0]!)?.list ?? []).slice(-MAX_SHORT_FORM_CANDIDATES).sort((a, b) => a.id - b.id);
  const candidates = pool.filter((c) => !c.isThing && c.country === undefined && (compatible(c.type, m.type, m.strength) || teamHeadWord(c, toks)) && !namesItsPlace(c, m, toks) && [...c.forms.keys()].some((f) => containsShortForm(c.type, nameTokens(f), toks)));
  if (candidates.length <= 1) return candidates[0];
  const latest = latestMentioned(ctx, candidates, m.start, -2);
  if (latest.start < 0) return candidates.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
  return latest.cluster;
}

/**
 * "Munich" is where "Munich Airport" is, not its short form: a one-word place never joins a
 * facility named by it and a head noun ("… Airport", "… Station"). (Firms are re-mentioned by
 * their first word: "Harlow" for "Harlow Brewing".)
 */
function namesItsPlace(c: EntityCluster, m: Mention, toks: readonly string[]): boolean {
  if (toks.length !== 1) return false;
  // ("Munich" is where "the Munich public prosecutor's office" is: a body named in lower case after its place.)
  if (c.type === 'ORGANIZATION' && [...c.forms.keys()].every((f) => placeThenLowerCase(f, toks[0]!))) return true;
  if ((m.type !== 'GPE' && m.type !== 'LOCATION') || c.type !== 'FACILITY') return false;
  return [...c.forms.keys()].every((f) => {
    const ft = nameTokens(f);
    return ft.length === 2 && ft[0] === toks[0] && headType(ft[1]!) !== null;
  });
}

/**
 * "City" for "Riverside City", "United" for "Millbrook United": a one-word head noun typed by
 * itself (a place word) is an organisation's short form when it ends the organisation's name.
 */
function teamHeadWord(c: EntityCluster, toks: readonly string[]): boolean {
  return toks.length === 1 && c.type === 'ORGANIZATION' && headType(toks[0]!) !== null && [...c.forms.keys()].some((f) => nameTokens(f).at(-1) === toks[0]);
}

/** A name of one capitalised place word and lower-case words after it ("Munich public prosecutor's office"). */
function placeThenLowerCase(form: string, place: string): boolean {
  const words = form.split(/\s+/);
  return words.length >= 2 && nameTokens(words[0]!)[0] === place && words.slice(1).every((w) => /^\p{Ll}/u.test(w));
}

/** Whether a longer form (content words `ft`) contains the short form `toks`. */
function containsShortForm(type: EntityType, ft: readonly string[], toks: readonly string[]): boolean {
  if (ft.length <= toks.length) return false;
  if (type === 'PERSON') {
    if (toks.length === 1) return ft[0] === toks[0] || ft[ft.length - 1] === toks[0];
    return toks.every((t) => ft.includes(t)) && ft[0] === toks[0];
  }
  return toks.every((t) => ft.includes(t)) && !(toks.length === 1 && /^(ministry|agency|party|council|army|government|guard)$/.test(toks[0]!));
}
