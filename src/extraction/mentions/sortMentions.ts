/** The result of mention finding: mentions in text order (longer first at a start), every index renumbered. */
import type { MentionResult } from './Mention.js';
import type { MentionContext } from './MentionContext.js';

export function sortMentions(ctx: MentionContext): MentionResult {
  const { mentions, aliases } = ctx;
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const remap = new Map<number, number>();
  mentions.forEach((m, i) => remap.set(m.index, i));
  for (const m of mentions) {
    m.index = remap.get(m.index)!;
    if (m.role && m.role.of !== null) m.role.of = remap.get(m.role.of)!;
    if (m.possessor !== undefined) m.possessor = remap.get(m.possessor)!;
    if (m.nationality !== undefined) m.nationality = remap.get(m.nationality)!;
  }
  return { mentions, aliases: aliases.map((l) => ({ a: remap.get(l.a)!, b: remap.get(l.b)! })) };
}
