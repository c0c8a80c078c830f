/**
 * Subgraph selection shared by every export format: a plain filter object, a parser for
 * its textual form (CLI flags, HTTP query parameters) and `selectGraph`, which turns a store
 * and a selection into async iterables of articles, entities and facts.
 *
 * Semantics
 * - Node filters: `types` (entity type) and `since`/`until` (the entity is mentioned in an
 *   article published in the range, inclusive; articles without a date never match a range).
 *   With a date range, entities' `articleIds` and facts' `articleIds`/`evidence` are trimmed
 *   to the articles in the range.
 * - Fact filters: `predicates`, `minConfidence`, the date range (at least one supporting
 *   article in range) and both ends passing the node filters (so every exported edge has both
 *   of its nodes in the export).
 * - When a relation filter (`predicates` or `minConfidence`) is given, entities without any
 *   selected fact are left out; otherwise every entity passing the node filters is exported.
 * - `entity` + `depth`: the entity (found by name or alias with the store's `findEntity`) and
 *   its neighbourhood from the store's `neighbors` (at most `maxEntities` neighbours), then
 *   the filters above; facts are those between selected entities (the induced subgraph).
 *
 * Without `entity` everything streams from the store's iterate* methods with bounded caches,
 * so memory does not grow with the graph.
 */
import { QueryError } from '../errors.js';
import { predicateNames } from '../extraction/canonicalPredicate.js';
import { ENTITY_LABELS } from '../model/labels.js';
import { ENTITY_TYPES, isEntityType, type EntityType, type StoredArticle, type StoredEntity, type StoredFact } from '../model/types.js';
import { MAX_DEPTH, MAX_PAGE_SIZE, type GraphStore } from '../store/GraphStore.js';
import { BoundedCache } from './boundedCache.js';

export interface GraphSelection {
  /** Start entity (name or alias, case-insensitive). */
  readonly entity?: string | null;
  /** Neighbourhood depth around `entity`, 1 … MAX_DEPTH (default 1). */
  readonly depth?: number | null;
  /** Canonical predicates (UPPER_SNAKE). */
  readonly predicates?: readonly string[] | null;
  readonly types?: readonly EntityType[] | null;
  /** ISO dates `YYYY-MM-DD`, inclusive, on the publishedAt of the articles. */
  readonly since?: string | null;
  readonly until?: string | null;
  /** 0 … 1. */
  readonly minConfidence?: number | null;
  /** Most neighbours taken around `entity` (default and maximum MAX_PAGE_SIZE). */
  readonly maxEntities?: number | null;
}

/** The textual form of a selection (CLI flags, HTTP query parameters); lists are comma-separated. */
export interface SelectionInput {
  entity?: string | undefined;
  depth?: string | undefined;
  predicate?: string | undefined;
  type?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  minConfidence?: string | undefined;
}

export const PREDICATE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function bad(message: string): QueryError {
  return new QueryError('BAD_USER_INPUT', message);
}

function isCalendarDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Entity type from `PERSON`, `person` or a label such as `Person`/`Gpe`. */
export function parseEntityType(raw: string): EntityType | null {
  const upper = raw.trim().toUpperCase();
  if (isEntityType(upper)) return upper;
  for (const type of ENTITY_TYPES) if (ENTITY_LABELS[type].toUpperCase() === upper) return type;
  return null;
}

/** Checks and normalises a selection; throws QueryError('BAD_USER_INPUT') saying what was expected. */
export function validateSelection(selection: GraphSelection): GraphSelection {
  const { entity, depth, predicates, types, since, until, minConfidence, maxEntities } = selection;
  if (entity !== undefined && entity !== null && entity.trim() === '') throw bad('entity: expected a name or alias, found an empty string');
  const hasEntity = entity !== undefined && entity !== null;
  if (depth !== undefined && depth !== null) {
    if (!hasEntity) throw bad(`depth: expected together with an entity, found depth ${depth} without one`);
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw bad(`depth: expected a whole number from 1 to ${MAX_DEPTH}, found ${depth}`);
  }
  if (maxEntities !== undefined && maxEntities !== null && (!Number.isInteger(maxEntities) || maxEntities < 1 || maxEntities > MAX_PAGE_SIZE)) {
    throw bad(`maxEntities: expected a whole number from 1 to ${MAX_PAGE_SIZE}, found ${maxEntities}`);
  }
  let normPredicates: string[] | null = null;
  if (predicates) {
    normPredicates = predicates.map((p) => p.trim().toUpperCase());
    for (const p of normPredicates) if (!PREDICATE_PATTERN.test(p)) throw bad(`predicate: expected UPPER_SNAKE names such as MET, found ${JSON.stringify(p)}`);
    if (normPredicates.length === 0) throw bad('predicate: expected at least one predicate, found none');
    // "MET", "met", "launched" name the canonical predicates MEET and LAUNCH.
    normPredicates = [...new Set(normPredicates.flatMap(predicateNames))];
  }
  if (types) {
    for (const t of types) if (!isEntityType(t)) throw bad(`type: expected one of ${ENTITY_TYPES.join(', ')}, found ${JSON.stringify(t)}`);
    if (types.length === 0) throw bad('type: expected at least one entity type, found none');
  }
  for (const [name, value] of [
    ['since', since],
    ['until', until],
  ] as const) {
    if (value !== undefined && value !== null && !isCalendarDate(value)) throw bad(`${name}: expected an ISO date YYYY-MM-DD, found ${JSON.stringify(value)}`);
  }
  if (since && until && since > until) throw bad(`since/until: expected since ≤ until, found ${since} after ${until}`);
  if (minConfidence !== undefined && minConfidence !== null && !(Number.isFinite(minConfidence) && minConfidence >= 0 && minConfidence <= 1)) {
    throw bad(`minConfidence: expected a number from 0 to 1, found ${minConfidence}`);
  }
  return {
    entity: hasEntity ? entity.trim() : null,
    depth: hasEntity ? (depth ?? 1) : null,
    predicates: normPredicates ? [...new Set(normPredicates)] : null,
    types: types ? [...new Set(types)] : null,
    since: since ?? null,
    until: until ?? null,
    minConfidence: minConfidence ?? null,
    maxEntities: maxEntities ?? MAX_PAGE_SIZE,
  };
}

/** Parses the textual form; throws QueryError('BAD_USER_INPUT') on malformed values. */
export function parseSelection(input: SelectionInput): GraphSelection {
  let depth: number | null = null;
  if (input.depth !== undefined) {
    if (!/^\d+$/.test(input.depth.trim())) throw bad(`depth: expected a whole number from 1 to ${MAX_DEPTH}, found ${JSON.stringify(input.depth)}`);
    depth = Number(input.depth);
  }
  let types: EntityType[] | null = null;
  if (input.type !== undefined) {
    types = splitList(input.type).map((raw) => {
      const t = parseEntityType(raw);
      if (!t) throw bad(`type: expected one of ${ENTITY_TYPES.join(', ')}, found ${JSON.stringify(raw)}`);
      return t;
    });
  }
  let minConfidence: number | null = null;
  if (input.minConfidence !== undefined) {
    const n = Number(input.minConfidence);
    if (input.minConfidence.trim() === '' || !Number.isFinite(n)) throw bad(`minConfidence: expected a number from 0 to 1, found ${JSON.stringify(input.minConfidence)}`);
    minConfidence = n;
  }
  return validateSelection({
    entity: input.entity ?? null,
    depth,
    predicates: input.predicate !== undefined ? splitList(input.predicate) : null,
    types,
    since: input.since?.trim() ?? null,
    until: input.until?.trim() ?? null,
    minConfidence,
  });
}

/** A selected fact with both of its (selected) entities, for formats that show names and types. */
export interface SelectedFact {
  fact: StoredFact;
  subject: StoredEntity;
  object: StoredEntity;
}

export interface SelectedGraph {
  readonly selection: GraphSelection;
  /** The start entity of an entity selection. */
  readonly start: StoredEntity | null;
  /** True when the neighbourhood was cut at `maxEntities`. */
  readonly truncated: boolean;
  /** Articles in the date range (for an entity selection: those mentioning a selected entity). */
  articles(): AsyncIterable<StoredArticle>;
  entities(): AsyncIterable<StoredEntity>;
  facts(): AsyncIterable<SelectedFact>;
  /** The fact as exported (trimmed to the date range), or null when the selection drops it. */
  acceptFact(fact: StoredFact): Promise<SelectedFact | null>;
}

const CHUNK = 256;
const ENTITY_CACHE = 20_000;
const ARTICLE_CACHE = 20_000;

class Selector {
  private readonly nodes = new BoundedCache<string, StoredEntity | null>(ENTITY_CACHE);
  private readonly articleDates = new BoundedCache<string, boolean>(ARTICLE_CACHE);
  readonly hasDates: boolean;
  readonly hasRelationFilter: boolean;
  private readonly predicates: ReadonlySet<string> | null;
  private readonly types: ReadonlySet<EntityType> | null;
  /** Entity selection: the selected entities by key; null when streaming the whole graph. */
  members: Map<string, StoredEntity> | null = null;

  constructor(
    private readonly store: GraphStore,
    readonly selection: GraphSelection,
  ) {
    this.hasDates = Boolean(selection.since || selection.until);
    this.hasRelationFilter = Boolean(selection.predicates) || (selection.minConfidence ?? null) !== null;
    this.predicates = selection.predicates ? new Set(selection.predicates) : null;
    this.types = selection.types ? new Set(selection.types) : null;
  }

  dateInRange(publishedAt: string | null): boolean {
    if (!this.hasDates) return true;
    if (publishedAt === null) return false;
    const day = publishedAt.slice(0, 10);
    const { since, until } = this.selection;
    return (!since || day >= since) && (!until || day <= until);
  }

  private async articleInRange(id: string): Promise<boolean> {
    if (!this.hasDates) return true;
    const cached = this.articleDates.get(id);
    if (cached !== undefined) return cached;
    const article = await this.store.getArticle(id);
    const ok = article !== null && this.dateInRange(article.publishedAt);
    this.articleDates.set(id, ok);
    return ok;
  }

  private async articlesInRange(ids: readonly string[]): Promise<string[]> {
    if (!this.hasDates) return [...ids];
    const kept: string[] = [];
    for (const id of ids) if (await this.articleInRange(id)) kept.push(id);
    return kept;
  }

  /** The entity as exported, or null when the node filters drop it. */
  async passNode(entity: StoredEntity): Promise<StoredEntity | null> {
    if (this.types && !this.types.has(entity.type)) return null;
    if (!this.hasDates) return entity;
    const articleIds = await this.articlesInRange(entity.articleIds);
    return articleIds.length > 0 ? { ...entity, articleIds } : null;
  }

  /** Loads the node-filter verdict of the given entity keys into the cache (one batched lookup). */
  async resolveNodes(keys: Iterable<string>): Promise<void> {
    if (this.members) return;
    const missing = [...new Set(keys)].filter((k) => !this.nodes.has(k));
    if (missing.length === 0) return;
    const found = await this.store.getEntities(missing);
    for (let i = 0; i < missing.length; i++) {
      const e = found[i] ?? null;
      this.nodes.set(missing[i]!, e ? await this.passNode(e) : null);
    }
  }

  private async node(key: string): Promise<StoredEntity | null> {
    if (this.members) return this.members.get(key) ?? null;
    if (!this.nodes.has(key)) await this.resolveNodes([key]);
    return this.nodes.get(key) ?? null;
  }

  async acceptFact(fact: StoredFact): Promise<SelectedFact | null> {
    if (this.predicates && !this.predicates.has(fact.predicate)) return null;
    const min = this.selection.minConfidence;
    if (min !== undefined && min !== null && fact.confidence < min) return null;
    let kept = fact;
    if (this.hasDates) {
      const articleIds = await this.articlesInRange(fact.articleIds);
      if (articleIds.length === 0) return null;
      const inRange = new Set(articleIds);
      kept = { ...fact, articleIds, evidence: fact.evidence.filter((ev) => inRange.has(ev.articleId)) };
    }
    const subject = await this.node(fact.subject);
    if (!subject) return null;
    const object = await this.node(fact.object);
    if (!object) return null;
    return { fact: kept, subject, object };
  }

  /** Pages through a store relation query. */
  async *relationPages(entityKey: string, direction: 'OUT' | 'BOTH'): AsyncGenerator<StoredFact[]> {
    const predicates = this.selection.predicates;
    let after: string | null = null;
    for (;;) {
      const page = await this.store.relations({
        entityKey,
        direction,
        predicate: predicates && predicates.length === 1 ? predicates[0] : null,
        minConfidence: this.selection.minConfidence ?? null,
        first: MAX_PAGE_SIZE,
        after,
      });
      yield page.edges.map((e) => e.node);
      if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return;
      after = page.pageInfo.endCursor;
    }
  }

  /** True when at least one selected fact touches the entity (streaming mode). */
  async hasSelectedFact(key: string): Promise<boolean> {
    for await (const facts of this.relationPages(key, 'BOTH')) {
      await this.resolveNodes(facts.flatMap((f) => [f.subject, f.object]));
      for (const f of facts) if (await this.acceptFact(f)) return true;
    }
    return false;
  }
}

async function* streamEntities(store: GraphStore, sel: Selector): AsyncGenerator<StoredEntity> {
  for await (const entity of store.iterateEntities()) {
    const kept = await sel.passNode(entity);
    if (!kept) continue;
    if (sel.hasRelationFilter && !(await sel.hasSelectedFact(kept.key))) continue;
    yield kept;
  }
}

async function* streamFacts(store: GraphStore, sel: Selector): AsyncGenerator<SelectedFact> {
  let chunk: StoredFact[] = [];
  const flush = async function* (): AsyncGenerator<SelectedFact> {
    await sel.resolveNodes(chunk.flatMap((f) => [f.subject, f.object]));
    for (const f of chunk) {
      const selected = await sel.acceptFact(f);
      if (selected) yield selected;
    }
    chunk = [];
  };
  for await (const fact of store.iterateFacts()) {
    chunk.push(fact);
    if (chunk.length >= CHUNK) yield* flush();
  }
  if (chunk.length > 0) yield* flush();
}

async function* streamArticles(store: GraphStore, sel: Selector, only: ReadonlySet<string> | null): AsyncGenerator<StoredArticle> {
  for await (const article of store.iterateArticles()) {
    if (only && !only.has(article.id)) continue;
    if (sel.dateInRange(article.publishedAt)) yield article;
  }
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/**
 * Applies a selection to a store. For an entity selection the neighbourhood is read (and
 * its facts collected) up front; otherwise nothing is read until the iterables are consumed.
 * Throws QueryError('NOT_FOUND') when the start entity does not exist.
 */
export async function selectGraph(store: GraphStore, selection: GraphSelection = {}): Promise<SelectedGraph> {
  const normalised = validateSelection(selection);
  const sel = new Selector(store, normalised);
  const name = normalised.entity;
  if (name === null || name === undefined) {
    return {
      selection: normalised,
      start: null,
      truncated: false,
      articles: () => streamArticles(store, sel, null),
      entities: () => streamEntities(store, sel),
      facts: () => streamFacts(store, sel),
      acceptFact: (fact) => sel.acceptFact(fact),
    };
  }

  const start = await store.findEntity(name);
  if (!start) throw new QueryError('NOT_FOUND', `export: expected an entity named ${JSON.stringify(name)} (name or alias), found none in ${store.description}`);
  const limit = normalised.maxEntities ?? MAX_PAGE_SIZE;
  const around = await store.neighbors(start.key, normalised.depth ?? 1, limit);
  const members = new Map<string, StoredEntity>();
  for (const candidate of [start, ...around.map((n) => n.entity)]) {
    if (members.has(candidate.key)) continue;
    const kept = await sel.passNode(candidate);
    if (kept) members.set(kept.key, kept);
  }
  sel.members = members;

  const facts: SelectedFact[] = [];
  const touched = new Set<string>();
  for (const key of members.keys()) {
    for await (const page of sel.relationPages(key, 'OUT')) {
      for (const f of page) {
        if (f.subject !== key || !members.has(f.object)) continue;
        const selected = await sel.acceptFact(f);
        if (!selected) continue;
        facts.push(selected);
        touched.add(f.subject).add(f.object);
      }
    }
  }
  const entities = [...members.values()].filter((e) => !sel.hasRelationFilter || e.key === start.key || touched.has(e.key));
  const articleIds = new Set(entities.flatMap((e) => e.articleIds));
  return {
    selection: normalised,
    start,
    truncated: around.length >= limit,
    articles: () => streamArticles(store, sel, articleIds),
    entities: () => fromArray(entities),
    facts: () => fromArray(facts),
    acceptFact: async (fact) => {
      if (!members.has(fact.subject) || !members.has(fact.object)) return null;
      return sel.acceptFact(fact);
    },
  };
}

/** True when the selection keeps the whole graph. */
export function isWholeGraph(selection: GraphSelection): boolean {
  const s = validateSelection(selection);
  return !s.entity && !s.predicates && !s.types && !s.since && !s.until && (s.minConfidence ?? null) === null;
}
