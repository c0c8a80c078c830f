/**
 * Salient groups of people ("farmers", "protesters"): a story's actors when the headline names
 * them or the text repeats them (3+ times); named by the plural, never a pronoun.
 */
import type { Sentence } from '../../nlp/nlp.js';
import { addMention, type MentionContext } from './MentionContext.js';

/** Plural nouns for groups of ordinary people that act in news stories ("farmers protested"). */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['farmers', 'workers', 'protesters', 'protestors', 'demonstrators', 'residents', 'students', 'teachers', 'doctors', 'nurses', 'miners', 'fishermen', 'pilots', 'drivers', 'employees', 'passengers', 'migrants', 'refugees', 'villagers', 'voters', 'fans', 'investors', 'consumers', 'customers', 'patients', 'civilians', 'activists', 'strikers', 'pensioners', 'retirees', 'growers', 'shoppers', 'tourists', 'commuters', 'tenants', 'dockworkers', 'truckers', 'taxpayers', 'landowners', 'shareholders', 'depositors', 'savers', 'borrowers', 'homeowners', 'parents', 'survivors', 'victims', 'rescuers', 'volunteers', 'firefighters', 'veterans', 'inmates', 'prisoners', 'hostages', 'settlers', 'herders', 'ranchers', 'vendors', 'traders', 'unions']);

/** The people plurals the headline names or the text uses three times or more. */
function salientPeople(ctx: MentionContext): Set<string> {
  if (ctx.memo.salientPeople) return ctx.memo.salientPeople;
  const counts = new Map<string, number>();
  for (const t of ctx.tokens) if (PEOPLE_PLURALS.has(t.lower)) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
  const headline = new Set((ctx.options.title ?? '').toLowerCase().split(/[^\p{L}-]+/u));
  const salient = new Set([...counts].filter(([w, n]) => n >= 3 || headline.has(w)).map(([w]) => w));
  ctx.memo.salientPeople = salient;
  return salient;
}

/** Adds the group of people token `i` names, if salient; true when it did. */
export function peopleGroup(ctx: MentionContext, i: number, s: Sentence): boolean {
  const { tokens } = ctx;
  const t = tokens[i]!;
  if (!((t.pos === 'NOUN' || (t.pos === 'PROPN' && i === s.first)) && PEOPLE_PLURALS.has(t.lower) && /^\p{L}/u.test(t.text) && salientPeople(ctx).has(t.lower) && !(i + 1 <= s.last && (tokens[i + 1]!.pos === 'NOUN' || /^['’]/.test(tokens[i + 1]!.text))))) return false;
  addMention(ctx, { start: i, end: i + 1, sentence: s.index, text: t.text, name: t.lower, type: 'OTHER', strength: 3, kind: 'thing', modifier: false, head: t.lower });
  return true;
}
