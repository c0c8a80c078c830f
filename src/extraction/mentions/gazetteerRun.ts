/**
 * Runs the gazetteer reads: a country, capital, state or demonym ("Russia", "Conn."), names
 * joined by hyphens ("DPRK-Russia"), a demonym with a place ("British Columbia") and a demonym
 * before a personal name ("Ethiopian Dawit Alemu": the nationality is a mention of its own).
 */
import type { GazetteerEntry } from '../gazetteer.js';
import { addRunName } from './addRunName.js';
import { headType } from './headType.js';
import type { Mention } from './Mention.js';
import { addMention, type MentionContext } from './MentionContext.js';
import type { Run } from './nameRuns.js';
import { isTitleWord } from './titles.js';
import { isCap, joinTokens } from './tokenText.js';

/** Records tokens [start, end) of the run in `sentence` as the gazetteer entry (a demonym is named by its country). */
export function addGazetteerMention(ctx: MentionContext, sentence: number, start: number, end: number, entry: GazetteerEntry, modifier: boolean): Mention {
  return addMention(ctx, {
    start, end, sentence, text: joinTokens(ctx.tokens, start, end),
    name: entry.kind === 'demonym' ? entry.country : entry.name, type: 'GPE', strength: 3, kind: 'gazetteer',
    gazetteer: { kind: entry.kind, country: entry.country }, modifier,
  });
}

/** "Bethany, Conn.": the town before a comma and a state is also named with the state. */
function qualifyTown(ctx: MentionContext, state: Run): void {
  const { tokens, mentions } = ctx;
  const comma = state.start - 1;
  if (comma < 1 || tokens[comma]!.text !== ',') return;
  for (let k = mentions.length - 1; k >= 0 && mentions[k]!.end >= comma; k--) {
    const town = mentions[k]!;
    if (town.end === comma && !town.modifier) town.fullForm = joinTokens(tokens, town.start, state.end);
  }
}

/** "DPRK-Russia": the parts as modifiers; the first part when they fill the run, else undefined. */
function hyphenedPlaces(ctx: MentionContext, r: Run): Mention | null | undefined {
  const sentence = ctx.tokens[r.start]!.sentence;
  let i = r.start;
  const parts: Mention[] = [];
  while (i < r.end) {
    const m = ctx.gaz.longestMatch(ctx.lowers, i, r.end);
    if (!m) break;
    parts.push(addGazetteerMention(ctx, sentence, i, i + m.length, m.entry, true));
    i += m.length;
    if (ctx.tokens[i]?.text === '-') i++;
    else break;
  }
  return i >= r.end ? parts[0] ?? null : undefined;
}

/**
 * The mention of a run the gazetteer reads, or undefined when it does not decide the run
 * (the run then goes on to the other readings; hyphen parts already found stay).
 */
export function classifyGazetteerRun(ctx: MentionContext, r: Run): Mention | null | undefined {
  const { tokens, gaz, lowers } = ctx;
  const len = r.end - r.start;
  const sentence = tokens[r.start]!.sentence;
  // Whole run in the gazetteer.
  const g = gaz.longestMatch(lowers, r.start, r.end);
  if (g && g.length === len) {
    if (g.entry.kind === 'state') qualifyTown(ctx, r);
    return addGazetteerMention(ctx, sentence, r.start, r.end, g.entry, g.entry.kind === 'demonym');
  }
  // A state abbreviation closing a place after a comma: "Bethany, Conn.".
  const st = len === 1 && r.start >= 2 && tokens[r.start - 1]!.text === ',' && isCap(tokens[r.start - 2]!) ? gaz.stateAbbreviation(tokens[r.start]!.text) : undefined;
  if (st) {
    qualifyTown(ctx, r);
    return addGazetteerMention(ctx, sentence, r.start, r.end, st, false);
  }
  // Sequences of gazetteer names joined by hyphens ("DPRK-Russia").
  if (g && tokens[r.start + g.length]?.text === '-') {
    const first = hyphenedPlaces(ctx, r);
    if (first !== undefined) return first;
  }
  if (!g || g.entry.kind !== 'demonym') return undefined;
  // Demonym + place: "Soviet Armenia", "British Columbia" name a place.
  if (len > g.length) {
    const rest = gaz.longestMatch(lowers, r.start + g.length, r.end);
    if (rest && rest.length === len - g.length && rest.entry.kind !== 'demonym') return addRunName(ctx, r, 'GPE', 3);
  }
  // Demonym + personal name: "Ethiopian Dawit Alemu" → nationality, not part of the name.
  if (len - g.length >= 2) {
    const rest = tokens.slice(r.start + g.length, r.end);
    const personLike = rest.every((t) => /^\p{Lu}[\p{Ll}'’.-]*$/u.test(t.text) && !isTitleWord(t) && !headType(t.text));
    if (personLike) {
      const dem = addGazetteerMention(ctx, sentence, r.start, r.start + g.length, g.entry, true);
      const nameText = joinTokens(tokens, r.start + g.length, r.end);
      return addMention(ctx, { start: r.start + g.length, end: r.end, sentence, text: nameText, name: nameText, type: 'PERSON', strength: 2, kind: 'name', modifier: false, nationality: dem.index });
    }
  }
  return undefined;
}
