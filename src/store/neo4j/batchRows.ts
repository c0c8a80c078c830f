/**
 * Pure builders of the `$rows` of one write batch (cypher/write.cypher entity.add, article.add,
 * fact.add). Everything a batch adds is folded here, per entity and per fact, from the batch's
 * own articles, so each statement touches every entity and fact node once and the Cypher only
 * adds these deltas to the stored aggregates: no other article's contribution is ever read.
 *
 * Rows are sorted by key (entities, facts) so that concurrent writers lock nodes in the same
 * order. Whole numbers are sent as driver Integers so that Neo4j stores integers, not floats.
 */
import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { ENTITY_TYPES } from '../../model/types.js';
import type { EntityType, GraphEntity } from '../../model/types.js';
import { normalizeName } from '../../resolution/keys.js';
import { lookupName } from './merge.js';
import type { PreparedGraph } from './prepareGraph.js';

/** Types whose mentions are counted per entity, in ENTITY_TYPES order ($types of write.cypher). */
export const COUNTED_TYPES: readonly EntityType[] = ENTITY_TYPES.filter((t) => t !== 'OTHER');

/** A whole number as a driver Integer (fractions are cut, as Cypher's toInteger does). */
export const int = (n: number): Integer => neo4j.int(Math.trunc(n));

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What a batch adds to one entity. */
export interface EntityRow {
  key: string;
  /** Mentions added. */
  count: Integer;
  /** Articles added. */
  articleIds: string[];
  /** The best name of the batch: most mentions in one article, ties broken by the smaller name. */
  name: string;
  nameMentions: Integer;
  /** Mentions added per COUNTED_TYPES entry. */
  typeMentions: Integer[];
  /** Every name and alias of the batch's contributions, first-seen order… */
  names: string[];
  /** …with the number of contributions using it, its normalised form and its lookup key. */
  nameRefs: Integer[];
  norms: string[];
  lookups: string[];
}

interface EntityAcc {
  count: number;
  articleIds: string[];
  name: string;
  nameMentions: number;
  typeMentions: number[];
  refs: Map<string, number>;
}

function addContribution(acc: EntityAcc, articleId: string, e: GraphEntity): void {
  acc.count += e.mentions;
  acc.articleIds.push(articleId);
  if (e.mentions > acc.nameMentions || (e.mentions === acc.nameMentions && e.name < acc.name)) {
    acc.name = e.name;
    acc.nameMentions = e.mentions;
  }
  const t = COUNTED_TYPES.indexOf(e.type);
  if (t >= 0) acc.typeMentions[t] = (acc.typeMentions[t] ?? 0) + e.mentions;
  for (const n of new Set([e.name, ...e.aliases])) acc.refs.set(n, (acc.refs.get(n) ?? 0) + 1);
}

/** One row per entity key of the batch, sorted by key. */
export function entityRows(graphs: readonly PreparedGraph[]): EntityRow[] {
  const byKey = new Map<string, EntityAcc>();
  for (const g of graphs) {
    for (const e of g.entities) {
      let acc = byKey.get(e.key);
      if (!acc) {
        acc = { count: 0, articleIds: [], name: e.name, nameMentions: -1, typeMentions: COUNTED_TYPES.map(() => 0), refs: new Map() };
        byKey.set(e.key, acc);
      }
      addContribution(acc, g.article.id, e);
    }
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => cmp(a, b))
    .map(([key, acc]) => {
      const names = [...acc.refs.keys()];
      const norms = names.map(normalizeName);
      return {
        key,
        count: int(acc.count),
        articleIds: acc.articleIds,
        name: acc.name,
        nameMentions: int(acc.nameMentions),
        typeMentions: acc.typeMentions.map(int),
        names,
        nameRefs: names.map((n) => int(acc.refs.get(n) ?? 0)),
        norms,
        lookups: norms.map(lookupName),
      };
    });
}

export interface MentionRow {
  key: string;
  count: Integer;
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface ArticleRow {
  id: string;
  title: string | null;
  source: string;
  publishedAt: string | null;
  /** publishedAt, or '' when undated: the article order's index key (undated sort last). */
  sortDate: string;
  hash: string;
  text: string;
  entityCount: Integer;
  factCount: Integer;
  factKeys: string[];
  mentions: MentionRow[];
}

export function articleRows(graphs: readonly PreparedGraph[]): ArticleRow[] {
  return graphs.map((g) => ({
    id: g.article.id,
    title: g.article.title,
    source: g.article.source,
    publishedAt: g.article.publishedAt,
    sortDate: g.article.publishedAt ?? '',
    hash: g.article.hash,
    text: g.text,
    entityCount: int(g.entities.length),
    factCount: int(g.facts.length),
    factKeys: g.facts.map((f) => f.key),
    mentions: g.entities.map((e) => ({ key: e.key, count: int(e.mentions), name: e.name, type: e.type, aliases: e.aliases })),
  }));
}

/**
 * What a batch adds to one fact: its identity, one list element per stating article of the
 * batch (parallel lists, appended to the Fact's), and the highest confidence and latest date
 * among them.
 */
export interface FactRow {
  key: string;
  predicate: string;
  subject: string;
  object: string;
  negated: boolean;
  articleIds: string[];
  /** publishedAt of each stating article, '' when undated. */
  dates: string[];
  confidences: number[];
  verbs: string[];
  modalities: string[];
  /** JSON object per article. */
  qualifiers: string[];
  /** JSON array of {sentence, start, end} per article. */
  evidence: string[];
  confidence: number;
  latest: string;
}

/** Fact rows grouped by predicate (one fact.add statement per relationship type), predicates and keys sorted. */
export function factRowsByPredicate(graphs: readonly PreparedGraph[]): Map<string, FactRow[]> {
  const byKey = new Map<string, FactRow>();
  for (const g of graphs) {
    const date = g.article.publishedAt ?? '';
    for (const f of g.facts) {
      let row = byKey.get(f.key);
      if (!row) {
        row = { key: f.key, predicate: f.predicate, subject: f.subject, object: f.object, negated: f.negated, articleIds: [], dates: [], confidences: [], verbs: [], modalities: [], qualifiers: [], evidence: [], confidence: f.confidence, latest: date };
        byKey.set(f.key, row);
      }
      row.articleIds.push(g.article.id);
      row.dates.push(date);
      row.confidences.push(f.confidence);
      row.verbs.push(f.verb);
      row.modalities.push(f.modality);
      row.qualifiers.push(JSON.stringify(f.qualifiers));
      row.evidence.push(JSON.stringify(f.evidence.map((e) => ({ sentence: e.sentence, start: e.start, end: e.end }))));
      if (f.confidence > row.confidence) row.confidence = f.confidence;
      if (date > row.latest) row.latest = date;
    }
  }
  const out = new Map<string, FactRow[]>();
  for (const row of [...byKey.values()].sort((a, b) => cmp(a.predicate, b.predicate) || cmp(a.key, b.key))) {
    const list = out.get(row.predicate);
    if (list) list.push(row);
    else out.set(row.predicate, [row]);
  }
  return out;
}
