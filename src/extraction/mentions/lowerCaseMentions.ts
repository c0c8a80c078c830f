/**
 * Pass 3 of mention finding: mentions in tokens no name covers, tried in order at each token:
 * pronouns, forces named by a demonym, public bodies in lower case, role descriptions, groups of people, weapon and vehicle
 * phrases, definite references.
 */
import { forceBody } from './forceBodies.js';
import { institution } from './institutions.js';
import type { MentionContext } from './MentionContext.js';
import { peopleGroup } from './peopleGroups.js';
import { pronounMention } from './pronouns.js';
import { definiteReference } from './references.js';
import { roleDescription } from './roleDescriptions.js';
import { thingPhrase } from './things.js';
import { isCap } from './tokenText.js';

export function findLowerCaseMentions(ctx: MentionContext): void {
  const { tokens, covered } = ctx;
  for (const s of ctx.sentences) {
    // Public bodies first: their inner words ("prosecutor's") would otherwise read as role descriptions.
    for (let i = s.first; i <= s.last; i++) if (covered[i] === -1) institution(ctx, i, s);
    for (let i = s.first; i <= s.last; i++) {
      if (covered[i] !== -1) continue;
      if (pronounMention(ctx, i, s) || forceBody(ctx, i, s) || roleDescription(ctx, i, s) || peopleGroup(ctx, i, s)) continue;
      const t = tokens[i]!;
      if (t.pos === 'NOUN' || (t.pos === 'PROPN' && !isCap(t))) {
        if (!thingPhrase(ctx, i, s)) definiteReference(ctx, i, s);
      }
    }
  }
}
