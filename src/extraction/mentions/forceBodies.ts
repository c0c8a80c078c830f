/** A demonym with a force or authority noun names a body: "Belgian police", "the Ecuadorian national police". */
import type { Sentence } from '../../nlp/nlp.js';
import { addMention, mentionAt, type MentionContext } from './MentionContext.js';
import { joinTokens } from './tokenText.js';

/** Plural or collective nouns for state forces and authorities, which a demonym turns into a body. */
export const FORCE_NOUNS: ReadonlySet<string> = new Set(['police', 'troops', 'forces', 'army', 'navy', 'military', 'authorities', 'government', 'coastguard', 'customs', 'prosecutors', 'investigators', 'regulators', 'intelligence', 'gendarmerie', 'militia', 'militias', 'rebels', 'lawmakers', 'parliament', 'judiciary', 'diplomats', 'officials']);
const FORCE_MODIFIERS: ReadonlySet<string> = new Set(['national', 'federal', 'state', 'armed', 'special', 'riot', 'security', 'border', 'coast', 'military', 'naval', 'local', 'regional', 'provincial', 'municipal', 'tax', 'health', 'financial', 'maritime', 'counter-terrorism', 'anti-drug', 'judicial', 'civil', 'transitional', 'interim']);

/**
 * Adds the body a force noun at token `i` names with the demonym before it ("British troops",
 * "Kenyan authorities"); true when it did.
 */
export function forceBody(ctx: MentionContext, i: number, s: Sentence): boolean {
  const { tokens, covered } = ctx;
  const t = tokens[i]!;
  if (!(FORCE_NOUNS.has(t.lower) && /^\p{Ll}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'PROPN'))) return false;
  let d = i - 1;
  while (d >= s.first && d > i - 3 && covered[d] === -1 && FORCE_MODIFIERS.has(tokens[d]!.lower)) d--;
  const dem = d >= s.first ? mentionAt(ctx, d) : undefined;
  // A demonym the gazetteer spells differently ("Ecuadorian") is a weak one-word name with a demonym ending.
  const demonymLike = dem && dem.kind === 'name' && dem.strength < 3 && dem.end - dem.start === 1 && /^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|i)$/u.test(dem.text);
  if (!(dem && dem.end === d + 1 && (dem.gazetteer?.kind === 'demonym' || demonymLike) && !(tokens[i + 1]?.pos === 'NOUN' && i + 1 <= s.last))) return false;
  if (demonymLike) dem.modifier = true;
  const text = joinTokens(tokens, dem.start, i + 1);
  addMention(ctx, { start: dem.start, end: i + 1, sentence: s.index, text, name: text, type: 'ORGANIZATION', strength: 3, kind: 'name', modifier: false });
  return true;
}
