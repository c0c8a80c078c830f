/**
 * ArticleExtraction (ids local to the article) → ArticleGraph (canonical keys), the unit a
 * store replaces atomically. Facts with the same key inside the article merge.
 */
import type { ArticleExtraction, ArticleGraph, GraphEntity, GraphFact } from '../model/types.js';
import { ExtractionError } from '../errors.js';
import { entityKey, factKey, shortHash } from './keys.js';

export function toArticleGraph(extraction: ArticleExtraction): ArticleGraph {
  const keyOf = new Map<string, string>();
  const entities = new Map<string, GraphEntity>();
  for (const e of extraction.entities) {
    const key = entityKey(e.name);
    keyOf.set(e.id, key);
    const existing = entities.get(key);
    if (existing) {
      existing.mentions += e.mentions;
      existing.aliases = [...new Set([...existing.aliases, ...e.aliases])].sort();
    } else {
      entities.set(key, { key, name: e.name, type: e.type, aliases: [...e.aliases].sort(), mentions: e.mentions });
    }
  }
  const facts = new Map<string, GraphFact>();
  for (const r of extraction.relations) {
    const subject = keyOf.get(r.subject);
    const object = keyOf.get(r.object);
    if (subject === undefined || object === undefined) {
      throw new ExtractionError(
        `relation ${r.predicate} expects subject and object ids of entities in article ${extraction.id}, found ${JSON.stringify(r.subject)} → ${JSON.stringify(r.object)}`,
        { source: extraction.source },
      );
    }
    if (subject === object) continue;
    const negated = r.negated === true;
    const key = factKey(subject, r.predicate, object, negated);
    const existing = facts.get(key);
    if (existing) {
      for (const ev of r.evidence) if (!existing.evidence.some((x) => x.start === ev.start && x.end === ev.end)) existing.evidence.push(ev);
      existing.evidence.sort((a, b) => a.start - b.start);
      if (r.confidence > existing.confidence) {
        existing.confidence = r.confidence;
        existing.verb = r.verb;
        existing.modality = r.modality ?? 'asserted';
      }
      existing.qualifiers = { ...r.qualifiers, ...existing.qualifiers };
      continue;
    }
    facts.set(key, {
      key,
      subject,
      predicate: r.predicate,
      verb: r.verb,
      object,
      qualifiers: { ...r.qualifiers },
      confidence: r.confidence,
      negated,
      modality: r.modality ?? 'asserted',
      evidence: r.evidence.map((e) => ({ ...e })),
    });
  }
  const entityList = [...entities.values()];
  const factList = [...facts.values()];
  const hash = shortHash(
    JSON.stringify({ text: extraction.text, title: extraction.title, publishedAt: extraction.publishedAt, entities: entityList, facts: factList }),
    32,
  );
  return {
    article: { id: extraction.id, title: extraction.title, source: extraction.source, publishedAt: extraction.publishedAt, hash },
    text: extraction.text,
    entities: entityList,
    facts: factList,
  };
}
