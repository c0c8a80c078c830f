/**
 * In-memory indexes of the embedded store, rebuilt at open from the stored aggregates and
 * updated after each committed write. Pure data structures: no I/O.
 *
 * Adjacency is our own map of entity → fact keys instead of a graphology graph: a fact key
 * per endpoint is all BFS needs (8 bytes per reference, no per-edge attribute objects), the
 * traversals need hop limits that graphology-shortest-path does not offer, and neighbour
 * order must follow the store's entity order.
 */
import type { EntityType, StoredArticle } from '../../model/types.js';
import type { Direction } from '../GraphStore.js';
import { compareStrings } from './records.js';

export interface EntityNode {
  readonly key: string;
  type: EntityType;
  mentionCount: number;
  /** Normalised name and aliases, unique. */
  names: string[];
  /** Keys of the facts touching this entity (once per fact, self-loops included once). */
  adj: string[];
  /** The same facts as `adj`, position for position (traversals follow these, no key lookups). */
  edges: FactNode[];
}

export interface FactNode {
  readonly key: string;
  readonly s: string;
  readonly o: string;
  /** Predicate, upper case. */
  readonly p: string;
  /** Highest confidence. */
  c: number;
}

export interface FactFilter {
  subjectKey?: string;
  objectKey?: string;
  entityKey?: string;
  direction: Direction;
  predicate?: string;
  /** Fact keys of one article. */
  articleFacts?: ReadonlySet<string>;
  minConfidence: number | null;
}

export interface NeighborHit {
  key: string;
  distance: number;
  via: string;
}

export interface PathHit {
  nodes: string[];
  facts: string[];
}

export function compareEntityNodes(a: EntityNode, b: EntityNode): number {
  return b.mentionCount - a.mentionCount || compareStrings(a.key, b.key);
}

/** publishedAt desc (nulls last), then id. */
export function compareArticles(a: Pick<StoredArticle, 'publishedAt' | 'id'>, b: Pick<StoredArticle, 'publishedAt' | 'id'>): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return compareStrings(b.publishedAt, a.publishedAt);
  }
  return compareStrings(a.id, b.id);
}

/** Index of the first element strictly after `pivot` in a sorted array. */
export function firstAfter<T>(sorted: readonly T[], isAfterPivot: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfterPivot(sorted[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function removeFrom<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i < 0) return;
  const last = list.pop() as T;
  if (i < list.length) list[i] = last;
}

function linkEdge(node: EntityNode | undefined, fact: FactNode): void {
  if (!node) return;
  node.adj.push(fact.key);
  node.edges.push(fact);
}

function unlinkEdge(node: EntityNode | undefined, key: string): void {
  if (!node) return;
  const i = node.adj.indexOf(key);
  if (i < 0) return;
  const lastKey = node.adj.pop() as string;
  const lastEdge = node.edges.pop() as FactNode;
  if (i < node.adj.length) {
    node.adj[i] = lastKey;
    node.edges[i] = lastEdge;
  }
}

/** The `k` smallest items by `compare`, sorted (k ≪ items: one pass with a sorted buffer). */
function smallest<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1] as T) >= 0) continue;
    const i = firstAfter(best, (x) => compare(x, item) > 0);
    best.splice(i, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

export class MemoryIndex {
  readonly entities = new Map<string, EntityNode>();
  readonly facts = new Map<string, FactNode>();
  readonly articles = new Map<string, StoredArticle>();
  private readonly names = new Map<string, string[]>();
  private readonly predicates = new Map<string, Set<string>>();
  /** Entity key → ids of the articles mentioning it, kept sorted (code-unit order). */
  private readonly mentions = new Map<string, string[]>();
  private entityOrderCache: EntityNode[] | null = null;
  private factOrderCache: string[] | null = null;
  private articleOrderCache: StoredArticle[] | null = null;

  /* ───────────── updates ───────────── */

  setEntity(key: string, type: EntityType, mentionCount: number, names: string[]): void {
    const node = this.entities.get(key);
    if (node) {
      for (const n of node.names) if (!names.includes(n)) this.unlinkName(n, key);
      for (const n of names) if (!node.names.includes(n)) this.linkName(n, key);
      node.type = type;
      node.mentionCount = mentionCount;
      node.names = names;
    } else {
      this.entities.set(key, { key, type, mentionCount, names, adj: [], edges: [] });
      for (const n of names) this.linkName(n, key);
    }
    this.entityOrderCache = null;
  }

  removeEntity(key: string): void {
    const node = this.entities.get(key);
    if (!node) return;
    for (const n of node.names) this.unlinkName(n, key);
    this.entities.delete(key);
    this.entityOrderCache = null;
  }

  setFact(key: string, s: string, o: string, predicate: string, c: number): void {
    const existing = this.facts.get(key);
    if (existing) {
      existing.c = c;
      return;
    }
    const p = predicate.toUpperCase();
    const fact: FactNode = { key, s, o, p, c };
    this.facts.set(key, fact);
    linkEdge(this.entities.get(s), fact);
    if (o !== s) linkEdge(this.entities.get(o), fact);
    let set = this.predicates.get(p);
    if (!set) this.predicates.set(p, (set = new Set()));
    set.add(key);
    this.factOrderCache = null;
  }

  removeFact(key: string): void {
    const f = this.facts.get(key);
    if (!f) return;
    this.facts.delete(key);
    unlinkEdge(this.entities.get(f.s), key);
    if (f.o !== f.s) unlinkEdge(this.entities.get(f.o), key);
    const set = this.predicates.get(f.p);
    set?.delete(key);
    if (set && set.size === 0) this.predicates.delete(f.p);
    this.factOrderCache = null;
  }

  setArticle(article: StoredArticle): void {
    this.articles.set(article.id, article);
    this.articleOrderCache = null;
  }

  removeArticle(id: string): void {
    if (this.articles.delete(id)) this.articleOrderCache = null;
  }

  /** Links an article to an entity (idempotent); the id string is shared with the article entry when known. */
  addMention(entityKey: string, articleId: string): void {
    const id = this.articles.get(articleId)?.id ?? articleId;
    let ids = this.mentions.get(entityKey);
    if (!ids) {
      this.mentions.set(entityKey, [id]);
      return;
    }
    const last = ids[ids.length - 1] as string;
    if (compareStrings(last, id) < 0) {
      ids.push(id);
      return;
    }
    const i = firstAfter(ids, (x) => compareStrings(x, id) >= 0);
    if (ids[i] !== id) ids.splice(i, 0, id);
  }

  removeMention(entityKey: string, articleId: string): void {
    const ids = this.mentions.get(entityKey);
    if (!ids) return;
    const i = firstAfter(ids, (x) => compareStrings(x, articleId) >= 0);
    if (ids[i] === articleId) ids.splice(i, 1);
    if (ids.length === 0) this.mentions.delete(entityKey);
  }

  /** Article ids of an entity in code-unit order (do not mutate). */
  articleIdsOf(entityKey: string): readonly string[] {
    return this.mentions.get(entityKey) ?? [];
  }

  private linkName(name: string, key: string): void {
    const keys = this.names.get(name);
    if (!keys) this.names.set(name, [key]);
    else if (!keys.includes(key)) keys.push(key);
  }

  private unlinkName(name: string, key: string): void {
    const keys = this.names.get(name);
    if (!keys) return;
    removeFrom(keys, key);
    if (keys.length === 0) this.names.delete(name);
  }

  /* ───────────── lookups ───────────── */

  /** Entity key for a normalised name/alias: highest mentionCount wins, ties the smaller key. */
  findKey(normalizedName: string): string | null {
    const keys = this.names.get(normalizedName);
    if (!keys) return null;
    let best: EntityNode | null = null;
    for (const k of keys) {
      const node = this.entities.get(k);
      if (node && (!best || compareEntityNodes(node, best) < 0)) best = node;
    }
    return best ? best.key : null;
  }

  entityOrder(): readonly EntityNode[] {
    if (!this.entityOrderCache) this.entityOrderCache = [...this.entities.values()].sort(compareEntityNodes);
    return this.entityOrderCache;
  }

  factOrder(): readonly string[] {
    if (!this.factOrderCache) this.factOrderCache = [...this.facts.keys()].sort(compareStrings);
    return this.factOrderCache;
  }

  articleOrder(): readonly StoredArticle[] {
    if (!this.articleOrderCache) this.articleOrderCache = [...this.articles.values()].sort(compareArticles);
    return this.articleOrderCache;
  }

  /** Matching fact keys in key order. */
  queryFacts(filter: FactFilter): readonly string[] {
    const candidates: Iterable<string>[] = [];
    const sizes: number[] = [];
    const addCandidates = (keys: Iterable<string> | undefined, size: number): void => {
      candidates.push(keys ?? []);
      sizes.push(keys ? size : 0);
    };
    for (const k of [filter.subjectKey, filter.objectKey, filter.entityKey]) {
      if (k !== undefined) {
        const node = this.entities.get(k);
        addCandidates(node?.adj, node?.adj.length ?? 0);
      }
    }
    if (filter.predicate !== undefined) {
      const set = this.predicates.get(filter.predicate.toUpperCase());
      addCandidates(set, set?.size ?? 0);
    }
    if (filter.articleFacts !== undefined) addCandidates(filter.articleFacts, filter.articleFacts.size);

    const accept = (f: FactNode): boolean =>
      (filter.subjectKey === undefined || f.s === filter.subjectKey) &&
      (filter.objectKey === undefined || f.o === filter.objectKey) &&
      (filter.entityKey === undefined ||
        (filter.direction === 'OUT'
          ? f.s === filter.entityKey
          : filter.direction === 'IN'
            ? f.o === filter.entityKey
            : f.s === filter.entityKey || f.o === filter.entityKey)) &&
      (filter.predicate === undefined || f.p === filter.predicate.toUpperCase()) &&
      (filter.articleFacts === undefined || filter.articleFacts.has(f.key)) &&
      (filter.minConfidence === null || f.c >= filter.minConfidence);

    if (candidates.length === 0) {
      const all = this.factOrder();
      if (filter.minConfidence === null) return all;
      return all.filter((k) => accept(this.facts.get(k) as FactNode));
    }
    let smallest = 0;
    for (let i = 1; i < sizes.length; i++) if ((sizes[i] as number) < (sizes[smallest] as number)) smallest = i;
    const out: string[] = [];
    for (const k of candidates[smallest] as Iterable<string>) {
      const f = this.facts.get(k);
      if (f && accept(f)) out.push(k);
    }
    return out.sort(compareStrings);
  }

  /* ───────────── traversals ───────────── */

  /**
   * Breadth-first neighbourhood. Each layer is ordered like the entity list; a neighbour's
   * `via` is the smallest fact key from the first (in that order) entity of the previous
   * layer that reaches it. Stops once `first` results are known.
   */
  neighbors(start: string, depth: number, first: number): NeighborHit[] {
    if (!this.entities.has(start)) return [];
    const seen = new Set<string>([start]);
    const out: NeighborHit[] = [];
    let frontier: string[] = [start];
    for (let distance = 1; distance <= depth && frontier.length > 0 && out.length < first; distance++) {
      const layer = new Map<string, { node: EntityNode; rank: number; via: string }>();
      for (let rank = 0; rank < frontier.length; rank++) {
        const u = frontier[rank] as string;
        const node = this.entities.get(u);
        if (!node) continue;
        for (const f of node.edges) {
          const v = f.s === u ? f.o : f.s;
          if (seen.has(v)) continue;
          const hit = layer.get(v);
          if (hit) {
            if (hit.rank === rank && compareStrings(f.key, hit.via) < 0) hit.via = f.key;
            continue;
          }
          const vNode = this.entities.get(v);
          if (vNode) layer.set(v, { node: vNode, rank, via: f.key });
        }
      }
      const need = first - out.length;
      // A layer larger than what is still needed is the last one: select, don't sort it all.
      const hits =
        layer.size > need
          ? smallest(layer.values(), need, (a, b) => compareEntityNodes(a.node, b.node))
          : [...layer.values()].sort((a, b) => compareEntityNodes(a.node, b.node));
      for (const h of hits) {
        seen.add(h.node.key);
        out.push({ key: h.node.key, distance, via: h.via });
      }
      frontier = hits.map((h) => h.node.key);
    }
    return out;
  }

  /** Bidirectional breadth-first search over undirected facts, at most maxHops facts. */
  shortestPath(from: string, to: string, maxHops: number): PathHit | null {
    if (!this.entities.has(from) || !this.entities.has(to)) return null;
    if (from === to) return { nodes: [from], facts: [] };
    // parent maps: node → [previous node, fact] (toward the side's origin)
    const parentF = new Map<string, [string, string] | null>([[from, null]]);
    const parentB = new Map<string, [string, string] | null>([[to, null]]);
    let frontierF = [from];
    let frontierB = [to];
    let hops = 0;
    while (hops < maxHops && frontierF.length > 0 && frontierB.length > 0) {
      const forward = this.degreeSum(frontierF) <= this.degreeSum(frontierB);
      const frontier = forward ? frontierF : frontierB;
      const mine = forward ? parentF : parentB;
      const other = forward ? parentB : parentF;
      const next: string[] = [];
      let meet: string | null = null;
      for (const u of frontier) {
        for (const f of this.entities.get(u)?.edges ?? []) {
          const v = f.s === u ? f.o : f.s;
          if (mine.has(v)) continue;
          mine.set(v, [u, f.key]);
          next.push(v);
          if (other.has(v) && (meet === null || compareStrings(v, meet) < 0)) meet = v;
        }
      }
      hops++;
      if (meet !== null) return this.joinPath(meet, parentF, parentB);
      if (forward) frontierF = next;
      else frontierB = next;
    }
    return null;
  }

  private degreeSum(nodes: readonly string[]): number {
    let sum = 0;
    for (const n of nodes) sum += this.entities.get(n)?.adj.length ?? 0;
    return sum;
  }

  private joinPath(
    meet: string,
    parentF: Map<string, [string, string] | null>,
    parentB: Map<string, [string, string] | null>,
  ): PathHit {
    const nodes: string[] = [meet];
    const facts: string[] = [];
    for (let p = parentF.get(meet); p; p = parentF.get(p[0])) {
      nodes.unshift(p[0]);
      facts.unshift(p[1]);
    }
    for (let p = parentB.get(meet); p; p = parentB.get(p[0])) {
      nodes.push(p[0]);
      facts.push(p[1]);
    }
    return { nodes, facts };
  }
}
