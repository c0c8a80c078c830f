/**
 * Pass 8: descriptions of a person by nationality ("the 54-year-old Scot", "the French
 * midfielder") that no role placed go to the person they refer back to: the latest person
 * introduced with the description's noun ("goalkeeper X" … "the Swedish goalkeeper"), else the
 * salient person — the first person named in the latest sentence that names one (news puts the
 * subject first), at most two sentences back. A person of another stated nationality is never
 * the one described, and a description after a person in its own sentence ("she beat the
 * Kenyan") is left unresolved.
 */
import type { Mention } from '../../extraction/mentions/Mention.js';
import { STATE_TITLES } from '../../extraction/lexicon.js';
import { attach, type CorefContext } from './CorefContext.js';
import type { EntityCluster } from './EntityCluster.js';
import { recentOfType } from './recentOfType.js';

/** How many sentences before the description the salient person may be named. */
const LOOK_BACK = 2;

/** Titles that stand for the office of someone else ("his Russian counterpart" is a head of state). */
const RELATIVE_TITLES: ReadonlySet<string> = new Set(['counterpart', 'successor', 'predecessor']);

/**
 * The demonym mention that gives a person description its nationality: its own, or the owner
 * of a title no state confers ("the French midfielder"; "the French president" is a role).
 */
export function describingDemonym(mentions: readonly Mention[], m: Mention): Mention | undefined {
  if (m.kind !== 'description' || m.type !== 'PERSON') return undefined;
  if (m.nationality !== undefined) return mentions[m.nationality];
  if (!m.role || m.role.of === null || m.role.leader || STATE_TITLES.has(m.head ?? '') || RELATIVE_TITLES.has(m.head ?? '')) return undefined;
  const owner = mentions[m.role.of];
  return owner?.gazetteer?.kind === 'demonym' ? owner : undefined;
}

/** What the pass reads of the people of the text, indexed once on the first description. */
interface PeopleIndex {
  /** Per person entity, the countries the text gives it (kept up to date as descriptions are placed). */
  readonly stated: Map<number, Set<string>>;
  /** Per person entity, the last words of its titles and where each is first stated. */
  readonly titled: Map<number, Map<string, number>>;
}

export function attachPersonDescriptions(ctx: CorefContext): void {
  let ix: PeopleIndex | null = null;
  for (const m of ctx.mentions) {
    if (ctx.entityOf[m.index]! >= 0) continue;
    const demonym = describingDemonym(ctx.mentions, m);
    if (!demonym?.gazetteer) continue;
    // "She beat the Kenyan", "Moreau beat the Dane": a person before it in its own sentence is
    // most likely the one it is contrasted with, and the salient one; nothing is guessed.
    if (personBefore(ctx, m)) continue;
    const country = demonym.gazetteer.country;
    const people = (ix ??= indexPeople(ctx));
    const fits = (c: EntityCluster): boolean => c.type === 'PERSON' && !c.isThing && c.mentions.length > 0 && [...(people.stated.get(c.id) ?? [])].every((n) => n === country);
    const head = m.head ?? '';
    const named = head === demonym.text.toLowerCase() ? undefined : recentOfType(ctx, m.start, (c) => fits(c) && introducedAs(ctx, people, c, head, m.start));
    const target = named ?? salientPerson(ctx, m, fits);
    if (!target) continue;
    attach(ctx, m, target);
    addTo(people.stated, target.id, country);
  }
}

function addTo(map: Map<number, Set<string>>, id: number, country: string): void {
  const set = map.get(id) ?? new Set<string>();
  set.add(country);
  map.set(id, set);
}

/** Whether the person was introduced with the noun ("the striker X", "goalkeeper X", "X, a striker"). */
function introducedAs(ctx: CorefContext, ix: PeopleIndex, c: EntityCluster, head: string, before: number): boolean {
  if ((ctx.indexes[c.id]!.descriptorStart.get(head) ?? Infinity) < before) return true;
  return (ix.titled.get(c.id)?.get(head) ?? Infinity) < before;
}

/** How many words (a descriptor noun or two) may stand between a demonym and the name it describes. */
const DESCRIBED_GAP = 2;

/** The demonym describing a name ("the Kenyan runner Joseph Kiprono", "Ethiopian Dawit Alemu"), if any. */
function nameDemonym(ctx: CorefContext, mi: number): string | undefined {
  const m = ctx.mentions[mi]!;
  if (m.nationality !== undefined) return ctx.mentions[m.nationality]!.gazetteer?.country;
  const before = ctx.mentions[mi - 1];
  if (m.kind !== 'name' || !before || before.sentence !== m.sentence || before.end > m.start || m.start - before.end > DESCRIBED_GAP) return undefined;
  return before.gazetteer?.kind === 'demonym' ? before.gazetteer.country : undefined;
}

/** Personal pronouns that stand for a person. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'hers']);

/**
 * Whether a mention names a person: of a person's entity, and typed a person itself unless that
 * entity is surely one ("Soto" after "Ana Soto"; "Albion" in a club's weakly typed name is not).
 */
function namesPerson(ctx: CorefContext, o: Mention): boolean {
  const c = ctx.clusters[ctx.entityOf[o.index]!];
  return c !== undefined && c.type === 'PERSON' && (o.type === 'PERSON' || c.strength >= 3);
}

/** Whether a person is named, described or a personal pronoun before the description in its sentence. */
function personBefore(ctx: CorefContext, m: Mention): boolean {
  for (let k = m.index - 1; k >= 0 && ctx.mentions[k]!.sentence === m.sentence; k--) {
    const o = ctx.mentions[k]!;
    if (o.start >= m.start) continue;
    if (o.kind === 'pronoun' ? PERSON_PRONOUNS.has(o.pronoun ?? '') : (o.kind === 'name' || o.kind === 'description') && namesPerson(ctx, o)) return true;
  }
  return false;
}

/** The countries the text gives each person (demonyms on its names, descriptions placed so far, demonym titles) and its titles. */
function indexPeople(ctx: CorefContext): PeopleIndex {
  const ix: PeopleIndex = { stated: new Map(), titled: new Map() };
  ctx.mentions.forEach((m, mi) => {
    const id = ctx.entityOf[mi]!;
    ctx.work.units++;
    if (id < 0) return;
    const country = describingDemonym(ctx.mentions, m)?.gazetteer?.country ?? nameDemonym(ctx, mi);
    if (country !== undefined) addTo(ix.stated, id, country);
  });
  for (const c of ctx.clusters) {
    const titles = new Map<string, number>();
    for (const r of c.roles) {
      ctx.work.units++;
      const country = r.viaDemonym === true && r.of !== null ? ctx.clusters[r.of]!.country : undefined;
      if (country !== undefined) addTo(ix.stated, c.id, country);
      const last = r.title.toLowerCase().split(/\s+/).at(-1) ?? '';
      if (r.token < (titles.get(last) ?? Infinity)) titles.set(last, r.token);
    }
    if (titles.size > 0) ix.titled.set(c.id, titles);
  }
  return ix;
}

/** The first fitting person named in the latest sentence before the description's that names one. */
function salientPerson(ctx: CorefContext, m: Mention, fits: (c: EntityCluster) => boolean): EntityCluster | undefined {
  let best: EntityCluster | undefined;
  let sentence = -1;
  for (let k = m.index - 1; k >= 0; k--) {
    const o = ctx.mentions[k]!;
    if (o.sentence < m.sentence - LOOK_BACK || (sentence >= 0 && o.sentence < sentence)) break;
    ctx.work.units++;
    const id = ctx.entityOf[o.index]!;
    if (o.start >= m.start || o.kind !== 'name' || !namesPerson(ctx, o) || !fits(ctx.clusters[id]!)) continue;
    best = ctx.clusters[id]!;
    sentence = o.sentence;
  }
  return best;
}
