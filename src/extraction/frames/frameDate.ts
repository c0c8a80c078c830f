import { matchDate } from '../dates.js';
import type { Clause, Frame } from './Clause.js';
import type { VerbGroup } from './verbGroup.js';

/**
 * The date of a frame whose arguments name none: a date earlier in the clause ("Earlier on
 * Monday, X stated …"), not one of an earlier event ("entered orbit on Friday, four months after
 * it was launched"), unless this is that event's purpose or control clause. Null when none.
 */
export function frameDate(clause: Clause, group: VerbGroup, controlFrame: Frame | undefined): string | null {
  const { ctx, span, frames } = clause;
  const { tokens } = ctx;
  const { g, infinitive } = group;
  const prevFrame = frames[frames.length - 1];
  let from = span.first;
  if (prevFrame && !infinitive && !controlFrame && !prevFrame.speech && prevFrame.verb >= span.first) {
    from = prevFrame.verb + 1;
    for (let i = g - 1; i > prevFrame.verb; i--) {
      if (tokens[i]!.pos === 'SCONJ' || tokens[i]!.text === ',' || tokens[i]!.pos === 'CCONJ') {
        from = i + 1;
        break;
      }
    }
  }
  for (let i = from; i < g; i++) {
    // A date before a purpose clause belongs to the governing event ("drove on Monday to protest").
    const d = matchDate(tokens, i, g - 1, ctx.options.publishedAt, group.modality === 'planned' && !(infinitive && !controlFrame));
    if (d) return d.value;
  }
  return null;
}
