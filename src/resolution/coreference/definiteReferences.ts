/**
 * Pass 6: definite references ("the cosmodrome", "the company", "the country") go to the latest
 * entity introduced with that noun, named with it, or of the noun's kind.
 */
import type { Mention } from '../../extraction/mentions/Mention.js';
import { WORK_NOUNS } from '../../extraction/lexicon.js';
import { attach, type CorefContext } from './CorefContext.js';
import type { EntityCluster } from './EntityCluster.js';
import { nameTokens } from './nameKey.js';
import { recentOfType } from './recentOfType.js';
import { salientOrganisations } from './salientOrganisation.js';
import { innerPlace } from './seatedReferences.js';

/** Nouns that re-mention a named town or city ("the city"). */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'capital', 'municipality']);

/**
 * Event nouns and the words that end the names of events of that kind: "the race" is a
 * marathon or grand prix, "the summit" no marathon. A noun not listed takes only an event whose
 * name holds it.
 */
const EVENT_KINDS: Readonly<Record<string, readonly string[]>> = {
  race: ['marathon', 'race', 'prix', 'tour', 'classic', 'derby'],
  match: ['cup', 'open', 'final', 'derby', 'league', 'championship', 'championships', 'slam', 'games'],
  game: ['cup', 'open', 'final', 'derby', 'league', 'championship', 'championships', 'games', 'bowl', 'series'],
  final: ['cup', 'open', 'final', 'championship', 'championships', 'slam'],
  tournament: ['cup', 'open', 'championship', 'championships', 'slam', 'masters', 'tournament'],
  championship: ['cup', 'open', 'championship', 'championships'],
  festival: ['festival', 'biennale', 'fair'],
  summit: ['summit', 'conference', 'forum', 'meeting'],
  conference: ['summit', 'conference', 'forum', 'congress'],
  election: ['election', 'elections', 'vote', 'referendum', 'primary'],
  war: ['war'],
};

function eventOfKind(name: string, head: string): boolean {
  const last = nameTokens(name).at(-1) ?? '';
  return (EVENT_KINDS[head] ?? [head, `${head}s`]).includes(last) || nameTokens(name).includes(head);
}

export function resolveDefiniteReferences(ctx: CorefContext): void {
  const salientOrganisation = salientOrganisations(ctx);
  // The work each genre noun last referred to: "the series" goes on meaning the same series.
  const lastWork = new Map<string, EntityCluster>();
  for (const m of ctx.mentions) {
    // ("the Frankfurt lender" is resolved by the place it names: seatedReferences.)
    if (m.kind !== 'reference' || innerPlace(ctx.mentions, m)) continue;
    const head = m.head ?? '';
    const target = head === 'country' || head === 'nation' ? countryReferent(ctx, m) : nounReferent(ctx, m, head, salientOrganisation, lastWork.get(head));
    if (!target) continue;
    attach(ctx, m, target);
    if (WORK_NOUNS.has(head)) lastWork.set(head, target);
  }
}

/** "the country": the latest country; a demonym modifier ("the British company") is no antecedent. */
function countryReferent(ctx: CorefContext, m: Mention): EntityCluster | undefined {
  return recentOfType(ctx, m.start, (c) => c.country !== undefined && c.name === c.country, (x) => x.modifier && x.gazetteer?.kind === 'demonym');
}

function nounReferent(ctx: CorefContext, m: Mention, head: string, salientOrganisation: (pos: number) => EntityCluster | undefined, sameNoun?: EntityCluster): EntityCluster | undefined {
  // The name introduced with this noun ("the probe Vela-3" … "the probe"), then a name ending in it.
  let target = recentOfType(ctx, m.start, (c) => !c.isThing && (ctx.indexes[c.id]!.descriptorStart.get(head) ?? Infinity) < m.start);
  // "the series" again: the work it named before, unless a work was introduced with that noun since.
  if (!target && sameNoun !== undefined) target = sameNoun;
  // ("the film" is no "Venice Film Festival": a genre noun takes only a work by its name.)
  const work = WORK_NOUNS.has(head);
  if (!target) target = recentOfType(ctx, m.start, (c) => !c.isThing && c.country === undefined && (!work || c.type === 'OTHER') && nameTokens(c.name).some((t) => t === head || t === `${head}s`));
  if (!target && m.type === 'FACILITY') target = recentOfType(ctx, m.start, (c) => c.type === 'FACILITY' && !c.isThing);
  // "the city", "the town": the latest named place that is not a country; "the race": the latest event.
  if (!target && m.type === 'GPE' && SETTLEMENT_NOUNS.has(head)) target = recentOfType(ctx, m.start, (c) => c.type === 'GPE' && !c.isThing && c.name !== c.country, (x) => x.modifier);
  // "the series", "the film": the latest named work (a quoted title) when no event of that name came first.
  if (!target && work) target = recentOfType(ctx, m.start, (c) => c.type === 'OTHER' && !c.isThing && c.mentions.some((i) => ctx.mentions[i]!.quotedTitle === true));
  if (!target && m.type === 'EVENT') target = recentOfType(ctx, m.start, (c) => c.type === 'EVENT' && !c.isThing && eventOfKind(c.name, head));
  if (!target && m.type === 'ORGANIZATION') target = salientOrganisation(m.start);
  return target;
}
