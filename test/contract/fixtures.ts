/**
 * Small builders of ArticleGraph fixtures for the store contract suite. Keys come from
 * resolution/keys.ts exactly as the pipeline makes them.
 */
import type { ArticleGraph, EntityType, Evidence, GraphEntity, GraphFact, Modality } from '../../src/model/types.js';
import { entityKey, factKey } from '../../src/resolution/keys.js';

export interface EntitySpec {
  name: string;
  type?: EntityType;
  mentions?: number;
  aliases?: string[];
}

export interface FactSpec {
  /** Subject and object by entity name (as given in the article's entities). */
  s: string;
  p: string;
  o: string;
  verb?: string;
  confidence?: number;
  negated?: boolean;
  modality?: Modality;
  qualifiers?: Record<string, string>;
  /** Evidence sentence; default "<s> <verb> <o>." */
  sentence?: string;
}

export interface ArticleSpec {
  hash?: string;
  title?: string | null;
  source?: string;
  publishedAt?: string | null;
  entities: (EntitySpec | string)[];
  facts?: FactSpec[];
  /** Text before the evidence sentences. */
  lead?: string;
}

export const key = (name: string): string => entityKey(name);

export function factKeyOf(s: string, p: string, o: string, negated = false): string {
  return factKey(entityKey(s), p, entityKey(o), negated);
}

/** Builds an article: text = lead + one sentence per fact, evidence offsets exact. */
export function article(id: string, spec: ArticleSpec): ArticleGraph {
  const entities: GraphEntity[] = spec.entities.map((e) => {
    const es = typeof e === 'string' ? { name: e } : e;
    return { key: entityKey(es.name), name: es.name, type: es.type ?? 'OTHER', aliases: es.aliases ?? [], mentions: es.mentions ?? 1 };
  });
  let text = spec.lead ?? `Article ${id}.`;
  const facts: GraphFact[] = (spec.facts ?? []).map((f) => {
    const verb = f.verb ?? f.p.toLowerCase();
    const sentence = f.sentence ?? `${f.s} ${verb} ${f.o}.`;
    text += ' ';
    const start = text.length;
    text += sentence;
    const evidence: Evidence[] = [{ sentence, start, end: start + sentence.length }];
    const negated = f.negated ?? false;
    return {
      key: factKeyOf(f.s, f.p, f.o, negated),
      subject: entityKey(f.s),
      predicate: f.p,
      verb,
      object: entityKey(f.o),
      qualifiers: f.qualifiers ?? {},
      confidence: f.confidence ?? 0.8,
      negated,
      modality: f.modality ?? 'asserted',
      evidence,
    };
  });
  return {
    article: {
      id,
      title: spec.title === undefined ? `Title of ${id}` : spec.title,
      source: spec.source ?? `${id}.txt`,
      publishedAt: spec.publishedAt === undefined ? '2024-01-01' : spec.publishedAt,
      hash: spec.hash ?? `hash-${id}`,
    },
    text,
    entities,
    facts,
  };
}

/** A chain n0 - n1 - … of facts (alternating directions), one article per link. */
export function chain(names: string[], predicate = 'MET'): ArticleGraph[] {
  const out: ArticleGraph[] = [];
  for (let i = 0; i + 1 < names.length; i++) {
    const [a, b] = [names[i] as string, names[i + 1] as string];
    const [s, o] = i % 2 === 0 ? [a, b] : [b, a];
    out.push(article(`chain-${predicate}-${i}`, { entities: [s, o], facts: [{ s, p: predicate, o }] }));
  }
  return out;
}
