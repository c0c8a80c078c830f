import type { Article, ArticleExtraction, ExtractedRelation } from '../../../src/model/types.js';
import { buildArticleExtraction } from '../../../src/resolution/buildArticleExtraction.js';

export function extract(text: string, publishedAt: string | null = '2024-05-11'): ArticleExtraction {
  const article: Article = { id: 'test', source: 'test.txt', title: null, publishedAt, text };
  return buildArticleExtraction(article);
}

export interface NamedRelation extends ExtractedRelation {
  s: string;
  o: string;
}

/** Relations with entity names resolved, for readable assertions. */
export function named(x: ArticleExtraction): NamedRelation[] {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => ({ ...r, s: names.get(r.subject) ?? '?', o: names.get(r.object) ?? '?' }));
}

export function find(x: ArticleExtraction, s: string, predicate: string, o: string): NamedRelation | undefined {
  return named(x).find((r) => r.s === s && r.predicate === predicate && r.o === o);
}

export function triples(x: ArticleExtraction): string[] {
  return named(x).map((r) => `${r.s} ${r.predicate} ${r.o}`);
}
