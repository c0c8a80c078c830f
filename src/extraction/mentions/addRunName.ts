/** Records a whole run as a name mention of the given type. */
import type { EntityType } from '../../model/types.js';
import type { Mention, RoleLink, TypeStrength } from './Mention.js';
import { addMention, type MentionContext } from './MentionContext.js';
import type { Run } from './nameRuns.js';
import { joinTokens } from './tokenText.js';

export function addRunName(ctx: MentionContext, r: Run, type: EntityType, strength: TypeStrength, role?: RoleLink): Mention {
  const text = joinTokens(ctx.tokens, r.start, r.end);
  const sentence = ctx.tokens[r.start]!.sentence;
  return addMention(ctx, { start: r.start, end: r.end, sentence, text, name: text, type, strength, kind: 'name', modifier: false, ...(role ? { role } : {}) });
}
