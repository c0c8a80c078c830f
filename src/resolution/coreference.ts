/**
 * Within-article resolution: groups mentions into entities. Full names seed entities; short
 * forms ("Putin", "Coast Guard") join the nearest earlier entity whose name contains them;
 * acronyms join the entity whose initials they spell; "known as"/"(ACR)" links merge;
 * countries, capitals and demonyms group by the gazetteer; role descriptions ("the Russian
 * president") go to the person holding that role; definite references ("the cosmodrome") go to
 * the latest entity with that head. Pronouns are left to the relation pass, which knows clauses.
 */
import type { EntityType } from '../model/types.js';
import type { AliasLink, Mention } from '../extraction/mentions/Mention.js';
import { countBelow } from '../extraction/countBelow.js';
import { isSubnational } from '../extraction/gazetteer.js';
import { newWorkCounter, type WorkCounter } from '../extraction/WorkCounter.js';
import { AscendingRuns } from './AscendingRuns.js';

export interface RoleFact {
  title: string;
  /** Entity the role is held in, or null when the text does not say. */
  of: number | null;
  leader: boolean;
  /** Token where the role is stated (for evidence). */
  token: number;
  /** True when only inferred from a description ("the North Korean leader"). */
  inferred: boolean;
  /** True when the owner is a demonym ("the Iranian director X"): nationality unless a state office. */
  viaDemonym?: boolean;
}

export interface EntityCluster {
  id: number;
  name: string;
  type: EntityType;
  strength: number;
  /** Surface forms, including the name. */
  forms: Map<string, number>;
  /** Mention indices, in text order. */
  mentions: number[];
  roles: RoleFact[];
  isThing: boolean;
  /** Country for gazetteer entities. */
  country?: string;
}

export interface Coreference {
  clusters: EntityCluster[];
  /** Mention index → cluster id, or -1 (unresolved pronouns, modifiers without entity …). */
  entityOf: Int32Array;
}

const GLUE = new Set(['of', 'the', 'and', '&', 'for', 'de', 'a', 'an']);

const keyCache = new Map<string, string>();

export function nameKey(text: string): string {
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = computeNameKey(text);
  if (keyCache.size > 50_000) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

function computeNameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const tokensCache = new Map<string, readonly string[]>();

/** Content words of a name (memoised: clustering compares the same forms many times). */
function nameTokens(text: string): readonly string[] {
  const cached = tokensCache.get(text);
  if (cached !== undefined) return cached;
  const toks = Object.freeze(nameKey(text).split(' ').filter((w) => w && !GLUE.has(w)));
  if (tokensCache.size > 50_000) tokensCache.clear();
  tokensCache.set(text, toks);
  return toks;
}

function initials(text: string): string {
  return text
    .replace(/'s\b|’s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !GLUE.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/** Short-form matching looks at no more than this many entities sharing the first word. */
const MAX_SHORT_FORM_CANDIDATES = 64;

/** Nouns that re-mention a named town or city ("the city"). */
/** Genre nouns that refer back to a named work ("the series", "the film", "the novel"). */
const WORK_NOUNS: ReadonlySet<string> = new Set(['series', 'film', 'movie', 'drama', 'show', 'documentary', 'novel', 'book', 'album', 'song', 'play', 'opera', 'miniseries', 'sitcom', 'memoir']);
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'capital', 'municipality']);

/** How many mentions back a definite reference looks for its entity. */
const MAX_REFERENCE_LOOKBACK = 400;

const compatible = (a: EntityType, b: EntityType, strengthB: number): boolean =>
  a === b || strengthB < 3 || (['GPE', 'LOCATION', 'FACILITY'].includes(a) && ['GPE', 'LOCATION', 'FACILITY'].includes(b));

/** Per-cluster indexes over its mentions, kept in step with attach and merge. */
interface ClusterIndex {
  /** Mention starts, for "latest mention before" queries. */
  starts: AscendingRuns;
  /** Descriptor noun ("the probe Vela-3" → probe) → earliest start of a mention introduced with it. */
  descriptorStart: Map<string, number>;
}

export function resolveMentions(mentions: readonly Mention[], aliasLinks: readonly AliasLink[], work: WorkCounter = newWorkCounter()): Coreference {
  const clusters: EntityCluster[] = [];
  const entityOf = new Int32Array(mentions.length).fill(-1);
  const byGazetteer = new Map<string, number>();
  const indexes: ClusterIndex[] = [];
  const noteDescriptor = (ix: ClusterIndex, descriptor: string | undefined, start: number): void => {
    if (descriptor === undefined) return;
    const prev = ix.descriptorStart.get(descriptor);
    if (prev === undefined || start < prev) ix.descriptorStart.set(descriptor, start);
  };

  const create = (m: Mention, name: string): EntityCluster => {
    const c: EntityCluster = { id: clusters.length, name, type: m.type, strength: m.strength, forms: new Map(), mentions: [], roles: [], isThing: m.kind === 'thing' };
    clusters.push(c);
    indexes.push({ starts: new AscendingRuns(), descriptorStart: new Map() });
    return c;
  };
  const attach = (m: Mention, c: EntityCluster): void => {
    entityOf[m.index] = c.id;
    c.mentions.push(m.index);
    const ix = indexes[c.id]!;
    ix.starts.add(m.start);
    noteDescriptor(ix, m.descriptor, m.start);
    if (m.kind === 'name' || m.kind === 'gazetteer' || m.kind === 'thing') {
      if (!(m.kind === 'gazetteer' && m.gazetteer?.kind === 'demonym')) c.forms.set(m.text, (c.forms.get(m.text) ?? 0) + 1);
    }
    if (m.strength > c.strength || (m.strength === c.strength && m.type === 'PERSON' && c.type !== 'PERSON' && c.type !== 'ORGANIZATION' && m.kind === 'name')) {
      c.type = m.type;
      c.strength = m.strength;
    }
  };
  /** Start of the cluster's latest mention before `pos`, or -1. */
  const lastBefore = (c: EntityCluster, pos: number): number => {
    const starts = indexes[c.id]!.starts;
    work.units += starts.runCount;
    return starts.lastBelow(pos);
  };

  // 1. Gazetteer mentions.
  for (const m of mentions) {
    if (m.kind !== 'gazetteer' || !m.gazetteer) continue;
    const place = isSubnational(m.gazetteer.kind);
    const key = place ? `${m.gazetteer.kind}:${m.name}` : `country:${m.gazetteer.country}`;
    let id = byGazetteer.get(key);
    if (id === undefined) {
      const c = create(m, place ? m.name : m.gazetteer.country);
      c.country = m.gazetteer.country;
      c.strength = 3;
      id = c.id;
      byGazetteer.set(key, id);
    }
    attach(m, clusters[id]!);
  }

  // 2. Names: longest first, then short forms in text order.
  const names = mentions.filter((m) => m.kind === 'name');
  const order = [...names].sort((a, b) => nameTokens(b.text).length - nameTokens(a.text).length || a.start - b.start);
  const isNameCluster = (c: EntityCluster): boolean => !c.isThing && c.country === undefined;
  // Indexes over the name clusters' forms (linear clustering): name key → cluster, initials of
  // multi-word forms → lowest cluster id, content word → clusters holding it (ascending ids).
  const byKey = new Map<string, EntityCluster>();
  const byInitials = new Map<string, EntityCluster>();
  const byWord = new Map<string, { list: EntityCluster[]; seen: Set<EntityCluster> }>();
  const indexForm = (c: EntityCluster, form: string): void => {
    const key = nameKey(form);
    if (!byKey.has(key)) byKey.set(key, c);
    if (form.includes(' ')) {
      const ini = initials(form);
      const prev = byInitials.get(ini);
      if (!prev || prev.id > c.id) byInitials.set(ini, c);
    }
    for (const w of new Set(nameTokens(form))) {
      const entry = byWord.get(w);
      if (!entry) byWord.set(w, { list: [c], seen: new Set([c]) });
      else if (!entry.seen.has(c)) {
        entry.seen.add(c);
        entry.list.push(c);
      }
    }
  };
  for (const m of order) {
    const key = nameKey(m.text);
    const toks = nameTokens(m.text);
    if (toks.length === 0) continue;
    let target: EntityCluster | undefined;
    // exact
    target = byKey.get(key);
    if (!target) {
      // acronym
      const bare = m.text.replace(/\./g, '');
      if (/^\p{Lu}{2,7}$/u.test(bare)) target = byInitials.get(bare);
    }
    if (!target) {
      // short form: tokens contained in a longer name (every such name holds the first token;
      // only the latest MAX_SHORT_FORM_CANDIDATES such entities are considered)
      const pool = (byWord.get(toks[0]!)?.list ?? []).slice(-MAX_SHORT_FORM_CANDIDATES).sort((a, b) => a.id - b.id);
      const candidates = pool.filter((c) => {
        if (!isNameCluster(c) || !compatible(c.type, m.type, m.strength)) return false;
        return [...c.forms.keys()].some((f) => {
          const ft = nameTokens(f);
          if (ft.length <= toks.length) return false;
          if (c.type === 'PERSON') {
            if (toks.length === 1) return ft[0] === toks[0] || ft[ft.length - 1] === toks[0];
            return toks.every((t) => ft.includes(t)) && ft[0] === toks[0];
          }
          return toks.every((t) => ft.includes(t)) && !(toks.length === 1 && /^(ministry|agency|party|council|army|government|guard)$/.test(toks[0]!));
        });
      });
      if (candidates.length === 1) target = candidates[0];
      else if (candidates.length > 1) {
        let bestPos = -2;
        for (const c of candidates) {
          const p = lastBefore(c, m.start);
          if (p > bestPos) {
            bestPos = p;
            target = c;
          }
        }
        if (bestPos < 0) target = candidates.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
      }
    }
    if (!target) target = create(m, m.text);
    const isNew = !target.forms.has(m.text);
    attach(m, target);
    if (isNew) indexForm(target, m.text);
  }

  // 3. Alias links merge entities.
  const merge = (into: EntityCluster, from: EntityCluster): void => {
    if (into === from) return;
    for (const mi of from.mentions) {
      entityOf[mi] = into.id;
      into.mentions.push(mi);
    }
    for (const [f, n] of from.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
    into.roles.push(...from.roles);
    if (from.strength > into.strength && into.country === undefined) {
      into.type = from.type;
      into.strength = from.strength;
    }
    into.mentions.sort((a, b) => a - b);
    work.units += into.mentions.length;
    const ix = indexes[into.id]!;
    ix.starts.reset(into.mentions.map((mi) => mentions[mi]!.start));
    for (const [d, start] of indexes[from.id]!.descriptorStart) noteDescriptor(ix, d, start);
    indexes[from.id] = { starts: new AscendingRuns(), descriptorStart: new Map() };
    from.mentions = [];
    from.forms.clear();
  };
  for (const link of aliasLinks) {
    const a = clusters[entityOf[link.a] ?? -1];
    const b = clusters[entityOf[link.b] ?? -1];
    if (!a || !b || a === b) continue;
    if (a.country !== undefined && b.country !== undefined) continue;
    // Keep the gazetteer/longer entity as the target.
    if (b.country !== undefined || (a.country === undefined && nameTokens(b.name).length > nameTokens(a.name).length)) merge(b, a);
    else merge(a, b);
  }
  // Acronym entities whose initials match a longer name seen later.
  const spelled = (c: EntityCluster, bare: string): boolean => c.mentions.length > 0 && !c.isThing && c.country === undefined && [...c.forms.keys()].some((f) => f.includes(' ') && initials(f) === bare);
  const byInitialsNow = new Map<string, EntityCluster>();
  for (const c of clusters) {
    if (c.mentions.length === 0 || c.isThing || c.country !== undefined) continue;
    for (const f of c.forms.keys()) if (f.includes(' ') && !byInitialsNow.has(initials(f))) byInitialsNow.set(initials(f), c);
  }
  for (const a of clusters) {
    if (a.mentions.length === 0 || a.country !== undefined || a.isThing) continue;
    const bare = a.name.replace(/\./g, '');
    if (!/^\p{Lu}{2,7}$/u.test(bare)) continue;
    const hit = byInitialsNow.get(bare);
    if (hit === undefined) continue;
    // The index is exact until a merge moves forms; then fall back to the full search.
    const b = hit !== a && spelled(hit, bare) ? hit : clusters.find((c) => c !== a && spelled(c, bare));
    if (b) merge(b, a);
  }

  // 4. Things: by name; a bare head joins the latest thing with that head.
  const thingByKey = new Map<string, EntityCluster>();
  const thingsByHead = new Map<string, EntityCluster[]>();
  for (const m of mentions) {
    if (m.kind !== 'thing') continue;
    let target = thingByKey.get(nameKey(m.name));
    if (!target && m.head && m.name === m.head) {
      let bestPos = -1;
      for (const c of (thingsByHead.get(m.head) ?? []).slice(-MAX_SHORT_FORM_CANDIDATES)) {
        const p = lastBefore(c, m.start);
        if (p > bestPos) {
          bestPos = p;
          target = c;
        }
      }
    }
    if (!target) {
      target = create(m, m.name);
      thingByKey.set(nameKey(m.name), target);
      if (m.head !== undefined) {
        const list = thingsByHead.get(m.head);
        if (list) list.push(target);
        else thingsByHead.set(m.head, [target]);
      }
    }
    attach(m, target);
  }
  // A bare-head thing that came first joins a later specific one ("missiles … ballistic missiles").
  for (const c of clusters) {
    if (!c.isThing || c.mentions.length === 0) continue;
    const head = mentions[c.mentions[0]!]!.head;
    if (c.name !== head || head === undefined) continue;
    const specific = (thingsByHead.get(head) ?? []).filter((o) => o !== c && o.mentions.length > 0);
    if (specific.length === 1) merge(specific[0]!, c);
  }

  // 5. Roles stated with names.
  for (const m of mentions) {
    if (m.kind !== 'name' || !m.role) continue;
    const c = clusters[entityOf[m.index]!];
    if (!c) continue;
    const of = m.role.of !== null ? entityOf[m.role.of]! : -1;
    const viaDemonym = m.role.of !== null && mentions[m.role.of]?.gazetteer?.kind === 'demonym';
    c.roles.push({ title: m.role.title, of: of >= 0 ? of : null, leader: m.role.leader, token: m.start, inferred: false, ...(viaDemonym ? { viaDemonym } : {}) });
    if (c.type !== 'PERSON') {
      c.type = 'PERSON';
      c.strength = 3;
    }
  }

  // 6. Definite references and role descriptions.
  // The entity of the latest mention before `pos` that passes `ok` (mentions are in text order;
  // the walk back is bounded so that long texts stay linear).
  const recentOfType = (pos: number, ok: (c: EntityCluster) => boolean, skip?: (m: Mention) => boolean): EntityCluster | undefined => {
    const hi = upperBound(pos);
    const tried = new Set<number>();
    for (let k = hi - 1; k >= 0 && hi - k <= MAX_REFERENCE_LOOKBACK; k--) {
      work.units++;
      if (skip?.(mentions[k]!)) continue;
      const id = entityOf[mentions[k]!.index]!;
      if (id < 0 || tried.has(id)) continue;
      tried.add(id);
      const c = clusters[id]!;
      if (c.mentions.length > 0 && ok(c)) return c;
    }
    return undefined;
  };
  /** Number of mentions starting before `pos` (mentions are sorted by start). */
  const upperBound = (pos: number): number => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Organisations are re-mentioned by their first word ("Harlow" for "Harlow Brewing"), people by their surname. */
  const shortFormIsFirstWord = (c: EntityCluster): boolean => {
    const full = [...c.forms.keys()].reduce((a, b) => (nameTokens(b).length > nameTokens(a).length ? b : a), c.name);
    const ft = nameTokens(full);
    if (ft.length < 2) return false;
    const singles = [...c.forms.keys()].map(nameTokens).filter((t) => t.length === 1).map((t) => t[0]);
    return singles.includes(ft[0]!) && !singles.includes(ft[ft.length - 1]!);
  };
  /** The organisation mentioned most often before `pos` (the latest on a tie). */
  // Candidates and their non-reference mention starts, computed once (references do not change them).
  let orgCandidates: Array<{ c: EntityCluster; starts: number[] }> | null = null;
  const salientOrganisation = (pos: number): EntityCluster | undefined => {
    orgCandidates ??= clusters
      .filter((c) => !c.isThing && c.country === undefined && (c.type === 'ORGANIZATION' || (c.strength < 3 && shortFormIsFirstWord(c))))
      .map((c) => ({ c, starts: c.mentions.filter((mi) => mentions[mi]!.kind !== 'reference').map((mi) => mentions[mi]!.start).sort((a, b) => a - b) }));
    let best: EntityCluster | undefined;
    let bestN = 0;
    let bestRefs = 0;
    let bestPos = -1;
    for (const { c, starts } of orgCandidates) {
      work.units++;
      const n = countBelow(starts, pos);
      if (n === 0 || n < bestN) continue;
      // On a tie, the one already re-mentioned by more references is the story's organisation;
      // then the latest.
      const refs = c.mentions.length - starts.length;
      const p = lastBefore(c, pos);
      if (n > bestN || refs > bestRefs || (refs === bestRefs && p > bestPos)) {
        best = c;
        bestN = n;
        bestRefs = refs;
        bestPos = p;
      }
    }
    return best;
  };
  for (const m of mentions) {
    if (m.kind === 'reference') {
      const head = m.head ?? '';
      let target: EntityCluster | undefined;
      if (head === 'country' || head === 'nation') {
        // A demonym modifier ("the British company") is no antecedent of "the country".
        target = recentOfType(m.start, (c) => c.country !== undefined && c.name === c.country, (x) => x.modifier && x.gazetteer?.kind === 'demonym');
      } else {
        // The name introduced with this noun ("the probe Vela-3" … "the probe"), then a name ending in it.
        target = recentOfType(m.start, (c) => !c.isThing && (indexes[c.id]!.descriptorStart.get(head) ?? Infinity) < m.start);
        if (!target) target = recentOfType(m.start, (c) => !c.isThing && c.country === undefined && nameTokens(c.name).some((t) => t === head || t === `${head}s`));
        if (!target && m.type === 'FACILITY') target = recentOfType(m.start, (c) => c.type === 'FACILITY' && !c.isThing);
        // "the city", "the town": the latest named place that is not a country; "the race": the latest event.
        if (!target && m.type === 'GPE' && SETTLEMENT_NOUNS.has(head)) target = recentOfType(m.start, (c) => c.type === 'GPE' && !c.isThing && c.name !== c.country, (x) => x.modifier);
        // "the series", "the film": the latest named work (a quoted title) when no event of that name came first.
        if (!target && WORK_NOUNS.has(head)) target = recentOfType(m.start, (c) => c.type === 'OTHER' && !c.isThing && c.country === undefined);
        if (!target && m.type === 'EVENT') target = recentOfType(m.start, (c) => c.type === 'EVENT' && !c.isThing);
        if (!target && m.type === 'ORGANIZATION') target = salientOrganisation(m.start);
      }
      if (target) attach(m, target);
    }
  }
  attachDescriptions();
  for (const c of clusters) c.mentions.sort((a, b) => a - b);

  /**
   * Role descriptions ("the North Korean leader") go to the first person holding that role, else
   * (for leaders) to the most mentioned person named at least twice who holds no role elsewhere.
   * The people and their roles' owners are indexed once; only this loop adds roles (leader roles).
   */
  function attachDescriptions(): void {
    let people: EntityCluster[] | null = null;
    /** Owner → lowest index in `people` holding a role of it: any role / a leader role. */
    const holderAny = new Map<number, number>();
    const holderLeader = new Map<number, number>();
    /** Per person (index in `people`): the distinct owners of its roles, and its name mentions. */
    const owners: Array<Set<number>> = [];
    const nameCounts: number[] = [];
    const noteRole = (i: number, r: RoleFact): void => {
      if (r.of === null) return;
      owners[i]!.add(r.of);
      if (!((holderAny.get(r.of) ?? Infinity) <= i)) holderAny.set(r.of, i);
      if (r.leader && !((holderLeader.get(r.of) ?? Infinity) <= i)) holderLeader.set(r.of, i);
    };
    const indexPeople = (): EntityCluster[] => {
      const list = clusters.filter((c) => c.type === 'PERSON' && c.mentions.length > 0 && !c.isThing);
      list.forEach((c, i) => {
        owners.push(new Set());
        nameCounts.push(c.mentions.filter((mi) => mentions[mi]!.kind === 'name').length);
        for (const r of c.roles) noteRole(i, r);
        work.units += c.roles.length + c.mentions.length;
      });
      return list;
    };
    for (const m of mentions) {
      if (m.kind !== 'description' || !m.role || m.role.of === null) continue;
      const owner = entityOf[m.role.of]!;
      if (owner < 0) continue;
      people ??= indexPeople();
      const held = (m.role.leader ? holderLeader : holderAny).get(owner);
      let target = held === undefined ? undefined : people[held];
      if (!target && m.role.leader) {
        // The most mentioned person with no role elsewhere.
        let best = -1;
        for (let i = 0; i < people.length; i++) {
          work.units++;
          const roleOwners = owners[i]!;
          if (roleOwners.size > 1 || (roleOwners.size === 1 && !roleOwners.has(owner)) || nameCounts[i]! < 2) continue;
          const c = people[i]!;
          if (best < 0 || c.mentions.length > people[best]!.mentions.length || (c.mentions.length === people[best]!.mentions.length && c.id < people[best]!.id)) best = i;
        }
        if (best >= 0) {
          target = people[best]!;
          const role: RoleFact = { title: m.role.title, of: owner, leader: true, token: m.start, inferred: true };
          target.roles.push(role);
          noteRole(best, role);
        }
      }
      if (target) attach(m, target);
    }
  }

  // Short forms tell people from organisations: people are re-mentioned by surname
  // ("Voss"), organisations by their first word ("Harlow").
  for (const c of clusters) {
    if (c.mentions.length === 0 || c.country !== undefined || c.isThing || c.strength >= 3) continue;
    if (c.type !== 'PERSON' && c.type !== 'ORGANIZATION') continue;
    const full = [...c.forms.keys()].reduce((a, b) => (nameTokens(b).length > nameTokens(a).length ? b : a), c.name);
    const ft = nameTokens(full);
    if (ft.length < 2) continue;
    let last = 0;
    let first = 0;
    for (const f of c.forms.keys()) {
      const t = nameTokens(f);
      if (t.length !== 1) continue;
      if (t[0] === ft[ft.length - 1]) last++;
      else if (t[0] === ft[0]) first++;
    }
    if (last > 0 && first === 0) c.type = 'PERSON';
    // A role held ("leader", "President") is person evidence: family-name-first names ("Kim" for
    // "Kim Jong Un") are re-mentioned by their first word too.
    else if (first > 0 && last === 0 && c.roles.length === 0) c.type = 'ORGANIZATION';
  }

  // Canonical names.
  for (const c of clusters) {
    if (c.mentions.length === 0 || c.country !== undefined || c.isThing) continue;
    let best = c.name;
    let bestScore = -Infinity;
    for (const [form, count] of c.forms) {
      const score = nameTokens(form).length * 100 + (/^\p{Lu}{2,}$/u.test(form) ? -50 : 0) + count + (form.match(/\b\p{Lu}/gu)?.length ?? 0) * 0.1;
      if (score > bestScore) {
        bestScore = score;
        best = form;
      }
    }
    c.name = best;
  }
  return { clusters, entityOf };
}
