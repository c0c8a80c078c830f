/**
 * The obliques of a clause that are not its relation's arguments become qualifiers keyed by
 * their case word (`in`, `at`, `via`, `from`, `to`, `against`, `with` …); a time expression
 * becomes an ISO `date` where the text and the publication date allow it.
 */
import { matchDate } from '../dates.js';
import type { SentenceTree } from '../SentenceTree.js';
import type { RuleContext } from './Candidate.js';
import type { Slots } from './clauses.js';

const KEY_OF: Readonly<Record<string, string>> = { through: 'via', by: 'by', near: 'near', during: 'during', in: 'in', at: 'at', on: 'on', into: 'to', to: 'to', toward: 'to', towards: 'to', from: 'from', via: 'via', with: 'with', against: 'against', for: 'for', over: 'over', after: 'after', before: 'before', outside: 'near', inside: 'in' };

/** Text of a nominal's subtree without its case word and leading determiner. */
export function nominalText(tree: SentenceTree, i: number, ctx: RuleContext): string {
  const m = ctx.index.of(tree, i);
  if (m >= 0 && ctx.index.mention(m).kind !== 'pronoun') return ctx.index.mention(m).name;
  let [lo, hi] = tree.span(i);
  while (lo < i && ['case', 'det', 'punct', 'cc'].includes(tree.base(lo))) lo++;
  while (hi > i && tree.base(hi) === 'punct') hi--;
  if (hi - lo > 10) hi = i;
  return ctx.doc.text.slice(tree.word(lo).start, tree.word(hi).end);
}

/** An ISO date for a time nominal, or null. */
export function dateOf(tree: SentenceTree, i: number, ctx: RuleContext): string | null {
  const [lo, hi] = tree.span(i);
  const first = tree.word(lo).token;
  const last = tree.word(hi).token;
  for (let t = first; t <= Math.min(last, first + 3); t++) {
    const d = matchDate(ctx.doc.tokens, t, last, ctx.publishedAt);
    if (d !== null && /^\d{4}/.test(d.value)) return d.value;
  }
  return null;
}

export function qualifiersOf(tree: SentenceTree, slots: Slots, used: ReadonlySet<number>, ctx: RuleContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, words] of slots) {
    if (!key.startsWith('obl:')) continue;
    const word = words[0]!;
    if (used.has(word)) continue;
    const date = dateOf(tree, word, ctx);
    if (date !== null) {
      out['date'] ??= date;
      continue;
    }
    const name = KEY_OF[key.slice(4)];
    if (name !== undefined && !(name in out)) out[name] = nominalText(tree, word, ctx);
  }
  return out;
}
