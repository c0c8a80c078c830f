/** Pass 2 of mention finding: each name run becomes a typed mention (or several, or none). */
import { addRunName } from './addRunName.js';
import { classifyName } from './classifyName.js';
import { classifyGazetteerRun } from './gazetteerRun.js';
import type { Mention } from './Mention.js';
import type { MentionContext } from './MentionContext.js';
import type { Run } from './nameRuns.js';
import { classifyTitledRun } from './titledRun.js';

/** The mention a run stands for: a quoted title, a gazetteer name, a titled person, or a typed name. */
export function classifyRun(ctx: MentionContext, r: Run): Mention | null {
  if (r.quoted) {
    const m = addRunName(ctx, r, 'OTHER', 3);
    m.quotedTitle = true;
    return m;
  }
  const byGazetteer = classifyGazetteerRun(ctx, r);
  if (byGazetteer !== undefined) return byGazetteer;
  const byTitle = classifyTitledRun(ctx, r);
  if (byTitle !== undefined) return byTitle;
  return classifyName(ctx, r);
}
