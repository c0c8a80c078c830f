/**
 * Descriptions of a person by nationality that refer back to someone of the text: "the
 * 54-year-old Scot", "the Frenchman", "the Brazilian goalkeeper". The description is a person
 * mention of its own whose `nationality` is the demonym; coreference finds whom it describes.
 * A description before a name ("the Brazilian goalkeeper Mateus da Costa") describes that name
 * and is left to it; "the French" without a noun names a people, not a person.
 */
import type { Sentence } from '../../nlp/nlp.js';
import { PERSON_NOUNS, STATE_TITLES, TITLE_WORDS } from '../lexicon.js';
import { definiteStart } from './definiteStart.js';
import type { Mention } from './Mention.js';
import { addMention, mentionAt, type MentionContext } from './MentionContext.js';
import { singular } from './singular.js';
import { isCap, joinTokens } from './tokenText.js';

/** Nouns for a person in general that a demonym may qualify ("the Dutch woman"). */
const GENERAL_PERSON_NOUNS: ReadonlySet<string> = new Set(['man', 'woman', 'teenager', 'youngster', 'international', 'veteran', 'national']);

/** Whether a lower-case noun names a person by occupation or activity (no state office: "the French president" is a role). */
function personNoun(word: string): boolean {
  const w = singular(word);
  return (PERSON_NOUNS.has(w) || TITLE_WORDS.has(w) || GENERAL_PERSON_NOUNS.has(w)) && !STATE_TITLES.has(w);
}

/** Demonyms that, as a noun, name a whole people ("the French", "the Swiss", "the Japanese"). */
const COLLECTIVE = /(?:sh|ch|ss|ese)$/;

export function demonymDescriptions(ctx: MentionContext): void {
  for (const s of ctx.sentences) {
    for (let i = s.first; i <= s.last; i++) {
      const dm = mentionAt(ctx, i);
      if (!dm || dm.start !== i || dm.kind !== 'gazetteer' || dm.gazetteer?.kind !== 'demonym') continue;
      describedPerson(ctx, dm, s);
      i = dm.end - 1;
    }
  }
}

/** The last token of the person phrase the demonym opens or ends, or -1. */
function phraseHead(ctx: MentionContext, dm: Mention, s: Sentence): number {
  const { tokens, covered } = ctx;
  const next = dm.end <= s.last ? tokens[dm.end] : undefined;
  if (next && next.pos === 'NOUN' && !isCap(next) && covered[dm.end] === -1 && personNoun(next.lower)) return dm.end;
  // ("the Brazilian-born Australian": a demonym before a hyphen modifies.)
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.text === '-')) return -1;
  // The demonym itself as a noun: one person ("the Scot", "the New Zealander"), not a plural or a people.
  const word = dm.text.toLowerCase();
  const entry = ctx.gaz.lookup(dm.text);
  if (!entry || entry.name.toLowerCase() !== word || COLLECTIVE.test(word)) return -1;
  return dm.end - 1;
}

function describedPerson(ctx: MentionContext, dm: Mention, s: Sentence): void {
  const { tokens } = ctx;
  const head = phraseHead(ctx, dm, s);
  if (head < 0) return;
  // A name right after describes that name ("the Scot Graham Haldane").
  const after = tokens[head + 1];
  if (after && head + 1 <= s.last && isCap(after) && mentionAt(ctx, head + 1)?.kind === 'name') return;
  const the = definiteStart(ctx, dm.start, s);
  if (the < 0) return;
  // The demonym as the noun ("the New Zealander") names the description with all its words.
  const nounDemonym = head === dm.end - 1;
  const name = nounDemonym ? dm.text : tokens[head]!.text;
  addMention(ctx, { start: the, end: head + 1, sentence: s.index, text: joinTokens(tokens, the, head + 1), name, type: 'PERSON', strength: 2, kind: 'description', modifier: false, head: nounDemonym ? dm.text.toLowerCase() : singular(tokens[head]!.lower), nationality: dm.index });
}
