/**
 * Seeded synthetic news graphs for the store benchmarks: articles of ~10 facts among ~8
 * entities drawn with a power-law skew (a few hubs in thousands of articles, a long tail in
 * one or two), realistic key shapes (entityKey / factKey), one evidence sentence per fact.
 */
import type { ArticleGraph, EntityType, GraphEntity, GraphFact } from '../../src/model/types.js';
import { entityKey, factKey } from '../../src/resolution/keys.js';
import { createRng } from './rng.js';

const TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'GPE', 'LOCATION', 'FACILITY', 'EVENT', 'PERSON', 'ORGANIZATION'];
const PREDICATES = ['MET', 'VISITED', 'LAUNCHED', 'SIGNED', 'CRITICIZED', 'SUPPORTED', 'ACQUIRED', 'APPOINTED', 'ATTACKED', 'ANNOUNCED', 'PROTESTED', 'WON', 'LED', 'FUNDED', 'ACCUSED', 'PARTNERED_WITH'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'tu', 'sen', 'dor', 'vi', 'na', 'bel', 'quo', 'zan', 'pe', 'gor', 'li', 'sha'];

export const FACTS_PER_ARTICLE = 10;
export const SKEW = 2.2;

export interface SyntheticOptions {
  /** Total facts wanted (articles = facts / FACTS_PER_ARTICLE). */
  facts: number;
  seed?: number;
}

/** Entity count for a graph size: about one entity per three facts. */
export function entityCountFor(facts: number): number {
  return Math.max(20, Math.round(facts / 3));
}

function wordFor(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Display name of synthetic entity i (unique per i). */
export function entityName(i: number): string {
  return `${wordFor(i)} ${wordFor(i * 7 + 3)}`;
}

/** Articles in order, deterministic for a seed; yields batches of `batch` graphs. */
export function* syntheticArticles(options: SyntheticOptions, batch = 500): Generator<ArticleGraph[]> {
  const rng = createRng(options.seed ?? 42);
  const entityCount = entityCountFor(options.facts);
  const articleCount = Math.ceil(options.facts / FACTS_PER_ARTICLE);
  let out: ArticleGraph[] = [];
  for (let a = 0; a < articleCount; a++) {
    const picked = new Set<number>();
    while (picked.size < 8) picked.add(rng.skewed(entityCount, SKEW));
    const ids = [...picked];
    const entities: GraphEntity[] = ids.map((i) => ({
      key: entityKey(entityName(i)),
      name: entityName(i),
      type: TYPES[i % TYPES.length] as EntityType,
      aliases: i % 5 === 0 ? [wordFor(i)] : [],
      mentions: 1 + rng.int(4),
    }));
    const facts: GraphFact[] = [];
    let text = '';
    for (let f = 0; f < FACTS_PER_ARTICLE; f++) {
      const s = entities[rng.int(entities.length)] as GraphEntity;
      let o = entities[rng.int(entities.length)] as GraphEntity;
      if (o === s) o = entities[(entities.indexOf(s) + 1) % entities.length] as GraphEntity;
      const predicate = PREDICATES[rng.int(PREDICATES.length)] as string;
      const sentence = `${s.name} ${predicate.toLowerCase().replace(/_/g, ' ')} ${o.name} on day ${rng.int(365)}.`;
      const start = text.length;
      text += `${sentence} `;
      facts.push({
        key: factKey(s.key, predicate, o.key, false),
        subject: s.key,
        predicate,
        verb: predicate.toLowerCase(),
        object: o.key,
        qualifiers: rng.next() < 0.3 ? { at: entityName(rng.int(entityCount)) } : {},
        confidence: Math.round((0.5 + rng.next() * 0.5) * 100) / 100,
        negated: false,
        modality: 'asserted',
        evidence: [{ sentence, start, end: start + sentence.length }],
      });
    }
    const id = `syn-${a.toString(36).padStart(6, '0')}`;
    const day = 1 + (a % 28);
    out.push({
      article: { id, title: `Synthetic article ${a}`, source: `synthetic/${id}.txt`, publishedAt: `2024-${String(1 + (a % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`, hash: `h${a}` },
      text: text.trimEnd(),
      entities,
      facts,
    });
    if (out.length >= batch) {
      yield out;
      out = [];
    }
  }
  if (out.length > 0) yield out;
}
