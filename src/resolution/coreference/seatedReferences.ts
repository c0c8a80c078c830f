/**
 * Pass 6a: references that name where an organisation is ("the Frankfurt lender", "the Lisbon
 * side") go to the one organisation of the article, named before, that is of the noun's kind
 * (a lender is a bank, a side a club) and is not the place itself. When the kind is open
 * ("the Munich company") a public body is no referent. When several organisations fit, the
 * place is there to tell them apart and the text does not say which: the reference stays
 * unresolved rather than guessed. For a noun of no particular kind ("the Munich company") with
 * no organisation introduced with it, the one organisation of the article that is no public body
 * is taken.
 */
import type { Mention } from '../../extraction/mentions/Mention.js';
import { attach, type CorefContext } from './CorefContext.js';
import type { EntityCluster } from './EntityCluster.js';
import { nameTokens } from './nameKey.js';

/** How many mentions back the organisations of a reference are looked for. */
const LOOK_BACK = 400;

const CLUB_WORDS: readonly string[] = ['fc', 'cf', 'afc', 'sc', 'ac', 'club', 'united', 'city', 'town', 'rovers', 'athletic', 'sporting', 'wanderers', 'rangers', 'albion', 'county', 'real', 'dynamo', 'olympique', 'inter'];
const BANK_WORDS: readonly string[] = ['bank', 'banco', 'banca', 'banque', 'bancorp', 'credit', 'capital', 'financial', 'finance', 'savings', 'lending'];

/** Organisation nouns and the words the names of organisations of that kind hold (general knowledge of names). */
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  side: CLUB_WORDS, team: CLUB_WORDS, outfit: CLUB_WORDS, club: CLUB_WORDS,
  lender: BANK_WORDS, bank: BANK_WORDS,
  insurer: ['insurance', 'assurance', 'mutual', 're'],
  carrier: ['airlines', 'airline', 'airways', 'air', 'aviation'], airline: ['airlines', 'airline', 'airways', 'air', 'aviation'],
  carmaker: ['motors', 'motor', 'auto', 'automotive', 'cars'], automaker: ['motors', 'motor', 'auto', 'automotive', 'cars'],
  brewer: ['brewing', 'brewery', 'breweries'],
};

/** Last words of the names of public bodies, which no company noun refers to. */
const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set(['police', 'prosecutors', 'prosecutor', 'ministry', 'court', 'government', 'army', 'navy', 'parliament', 'council', 'commission', 'office', 'authority', 'authorities', 'agency', 'department', 'guard', 'forces', 'force', 'party']);

/** The place or one-word name inside a reference ("Frankfurt" in "the Frankfurt lender"), if any. */
export function innerPlace(mentions: readonly Mention[], m: Mention): Mention | undefined {
  for (let k = m.index + 1; k < mentions.length && mentions[k]!.start < m.end; k++) {
    const p = mentions[k]!;
    if (p.start > m.start && p.end <= m.end && !p.modifier && (p.kind === 'gazetteer' || p.kind === 'name')) return p;
  }
  return undefined;
}

export function resolveSeatedReferences(ctx: CorefContext): void {
  for (const m of ctx.mentions) {
    if (m.kind !== 'reference' || m.type !== 'ORGANIZATION') continue;
    const place = innerPlace(ctx.mentions, m);
    if (!place) continue;
    const { ofKind, companies } = candidateOrganisations(ctx, m, ctx.entityOf[place.index]!);
    // One of the noun's kind; else, for a noun of no particular kind ("company"), the one
    // organisation that is no public body (a lender is never taken for an airline).
    const open = KIND_WORDS[m.head ?? ''] === undefined;
    const target = ofKind.length === 1 ? ofKind[0] : ofKind.length === 0 && open && companies.length === 1 ? companies[0] : undefined;
    if (target) attach(ctx, m, target);
  }
}

/** Whether the organisation's name shows the noun's kind ("Kessler Bank" for "lender"), or it was introduced with the noun. */
function ofNounKind(ctx: CorefContext, c: EntityCluster, m: Mention): boolean {
  const head = m.head ?? '';
  if ((ctx.indexes[c.id]!.descriptorStart.get(head) ?? Infinity) < m.start) return true;
  const words = nameTokens(c.name);
  return (KIND_WORDS[head] ?? [head]).some((w) => words.includes(w));
}

/** Whether the organisation is no public body ("German prosecutors", "Finance Ministry"). */
function isCompany(c: EntityCluster): boolean {
  return !PUBLIC_BODY_WORDS.has(nameTokens(c.name).at(-1) ?? '');
}

/** The distinct organisations named before the reference (not the place's own entity): those of its noun's kind, and all that are no public body. */
function candidateOrganisations(ctx: CorefContext, m: Mention, placeCluster: number): { ofKind: EntityCluster[]; companies: EntityCluster[] } {
  const ofKind: EntityCluster[] = [];
  const companies: EntityCluster[] = [];
  const seen = new Set<number>([placeCluster]);
  for (let k = m.index - 1; k >= 0 && m.index - k <= LOOK_BACK; k--) {
    ctx.work.units++;
    const o = ctx.mentions[k]!;
    const id = ctx.entityOf[o.index]!;
    if (id < 0 || seen.has(id) || o.kind === 'reference' || o.start >= m.start) continue;
    seen.add(id);
    const c = ctx.clusters[id]!;
    if (c.type !== 'ORGANIZATION' || c.isThing || c.country !== undefined) continue;
    if (ofNounKind(ctx, c, m)) ofKind.push(c);
    if (isCompany(c)) companies.push(c);
  }
  return { ofKind, companies };
}
