/**
 * Links between the mentions of name runs: a possessor ("Russia's Vostochny Cosmodrome") and an
 * acronym in brackets after a name ("Korean Central News Agency (KCNA)", an alias).
 */
import { PORTFOLIO_WORDS } from '../lexicon.js';
import { abbreviates } from './abbreviates.js';
import type { Mention } from './Mention.js';
import { mentionAt, type MentionContext } from './MentionContext.js';
import { isTitleWord } from './titles.js';
import { isCap } from './tokenText.js';

/** "X's [Title …] Y": X possesses Y and, when X is no person, owns Y's role. */
function linkPossessed(ctx: MentionContext, m: Mention): void {
  const { tokens, covered } = ctx;
  let nx = m.end + 1;
  while (nx < tokens.length && covered[nx] === -1 && (isTitleWord(tokens[nx]!) || PORTFOLIO_WORDS.has(tokens[nx]!.lower)) && isCap(tokens[nx]!)) nx++;
  const nm = mentionAt(ctx, nx);
  if (!nm || nm.index === m.index) return;
  nm.possessor = m.index;
  if (nm.role && nm.role.of === null && m.type !== 'PERSON') nm.role.of = m.index;
}

/** Links each run's mention (`runMentions[r]` for run r) to what follows it. */
export function linkRuns(ctx: MentionContext, runMentions: ReadonlyArray<Mention | null>): void {
  const { tokens } = ctx;
  for (let r = 0; r < runMentions.length; r++) {
    const m = runMentions[r];
    if (!m) continue;
    const after = tokens[m.end];
    if (after && after.lower === "'s") linkPossessed(ctx, m);
    if (after && after.text === '(') {
      const inner = runMentions[r + 1];
      if (inner && inner.start === m.end + 1 && tokens[inner.end]?.text === ')' && (m.type === 'ORGANIZATION' || abbreviates(inner.text, m.text))) ctx.aliases.push({ a: m.index, b: inner.index });
    }
  }
}
