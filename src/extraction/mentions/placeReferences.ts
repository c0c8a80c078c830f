/**
 * Definite references to an organisation that name where it is: "the Frankfurt lender", "the
 * Lisbon side", "the troubled Munich carmaker". The reference is a mention of its own (the place
 * inside stays a mention too); coreference finds the organisation, and the place gives its seat.
 * An organisation noun right before a name describes that name ("the Lisbon club Sporting").
 */
import type { Sentence } from '../../nlp/nlp.js';
import { definiteStart } from './definiteStart.js';
import { addMention, mentionAt, type MentionContext } from './MentionContext.js';
import { REFERENCE_ORG_NOUNS } from './references.js';
import { isCap, joinTokens } from './tokenText.js';

/** Nouns for sports teams, which refer to a club only with a place before them ("the Lisbon side"). */
const TEAM_NOUNS: ReadonlySet<string> = new Set(['side', 'team', 'outfit']);

export function placeReferences(ctx: MentionContext): void {
  const { tokens, covered } = ctx;
  for (const s of ctx.sentences) {
    for (let i = s.first + 2; i <= s.last; i++) {
      const t = tokens[i]!;
      if (covered[i] !== -1 || t.pos !== 'NOUN' || isCap(t) || !(REFERENCE_ORG_NOUNS.has(t.lower) || TEAM_NOUNS.has(t.lower))) continue;
      placedReference(ctx, i, s);
    }
  }
}

function placedReference(ctx: MentionContext, i: number, s: Sentence): void {
  const { tokens } = ctx;
  const place = mentionAt(ctx, i - 1);
  // A place or a one-word name (typed later: a city the organisation noun made look like a firm).
  if (!place || place.end !== i || place.modifier || !(place.kind === 'gazetteer' || (place.kind === 'name' && place.end - place.start === 1))) return;
  if (place.gazetteer?.kind === 'demonym' || place.type === 'PERSON') return;
  // "the Brazil side" is the national team, no club of the text.
  if (place.gazetteer?.kind === 'country' && (TEAM_NOUNS.has(tokens[i]!.lower) || tokens[i]!.lower === 'club')) return;
  const next = tokens[i + 1];
  if (next && i + 1 <= s.last && (next.pos === 'NOUN' || (isCap(next) && mentionAt(ctx, i + 1)?.kind === 'name'))) return;
  const the = definiteStart(ctx, place.start, s);
  if (the < 0) return;
  addMention(ctx, { start: the, end: i + 1, sentence: s.index, text: joinTokens(tokens, the, i + 1), name: tokens[i]!.lower, type: 'ORGANIZATION', strength: 1, kind: 'reference', modifier: false, head: tokens[i]!.lower });
}
