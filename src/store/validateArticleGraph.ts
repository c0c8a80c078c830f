/**
 * Validation and duplicate-folding of one ArticleGraph before a store writes it, shared by the
 * embedded store and the Neo4j store so both apply the same rules and raise the same
 * CONSTRAINT_VIOLATION errors.
 */
import { StoreError, describeValue } from '../errors.js';
import { isEntityType } from '../model/types.js';
import type { ArticleGraph, Evidence, GraphEntity, GraphFact, Modality } from '../model/types.js';

export interface NormalizeOptions {
  /**
   * Extra check on each fact's predicate, run right after the predicate is known to be a
   * non-empty string (the Neo4j store uses it to require valid relationship types).
   */
  checkPredicate?: (predicate: string) => void;
}

const MODALITIES: readonly Modality[] = ['asserted', 'planned', 'reported', 'possible'];

function invalid(articleId: unknown, what: string, found: unknown): StoreError {
  return new StoreError('CONSTRAINT_VIOLATION', `article ${describeValue(articleId)}: expected ${what}, found ${describeValue(found)}`, {
    articleId: typeof articleId === 'string' ? articleId : undefined,
  });
}

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * Stores keep strings as UTF-8, which cannot hold a lone surrogate (half of an emoji's UTF-16
 * pair, only reachable through JSON escapes such as "\ud800"): such a string would come back
 * changed, so it is refused with the field it is in.
 */
const LONE_SURROGATE = /\p{Cs}/u;

function checkWellFormed(articleId: unknown, graph: ArticleGraph): void {
  const check = (value: string | null, what: string): void => {
    if (value !== null && LONE_SURROGATE.test(value)) throw invalid(articleId, `well-formed Unicode (no lone surrogate) in ${what}`, value);
  };
  const a = graph.article;
  for (const [what, value] of [['the id', a.id], ['the title', a.title], ['the source', a.source], ['publishedAt', a.publishedAt], ['the hash', a.hash], ['the text', graph.text]] as const) {
    check(value, what);
  }
  for (const e of graph.entities) for (const v of [e.key, e.name, ...e.aliases]) check(v, `entity ${e.key}`);
  for (const f of graph.facts) {
    for (const v of [f.key, f.predicate, f.verb, ...Object.keys(f.qualifiers), ...Object.values(f.qualifiers), ...f.evidence.map((ev) => ev.sentence)]) check(v, `fact ${f.key}`);
  }
}
const copyEvidence = (e: Evidence): Evidence => ({ sentence: e.sentence, start: e.start, end: e.end });

/** Defines an own data property, so keys such as `__proto__` stay plain qualifier keys. */
function setOwn(target: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Validates an ArticleGraph before it is written and folds duplicates: entities with the same
 * key are merged (mentions summed, aliases united), facts with the same key are merged
 * (highest confidence, evidence concatenated, first qualifier value wins). Every fact must
 * connect entities of the same article. Returns fresh objects; the input is not modified.
 */
export function normalizeArticleGraph(graph: ArticleGraph, options: NormalizeOptions = {}): ArticleGraph {
  const { checkPredicate } = options;
  const a = graph?.article;
  const id: unknown = a?.id;
  if (typeof id !== 'string' || id.length === 0) throw invalid(id, 'a non-empty article id', id);
  if (typeof a.hash !== 'string') throw invalid(id, 'a string hash', a.hash);
  if (typeof a.source !== 'string') throw invalid(id, 'a string source', a.source);
  if (a.title !== null && typeof a.title !== 'string') throw invalid(id, 'a string or null title', a.title);
  if (a.publishedAt !== null && typeof a.publishedAt !== 'string') throw invalid(id, 'a string or null publishedAt', a.publishedAt);
  if (typeof graph.text !== 'string') throw invalid(id, 'the article text as a string', graph.text);
  if (!Array.isArray(graph.entities)) throw invalid(id, 'an array of entities', graph.entities);
  if (!Array.isArray(graph.facts)) throw invalid(id, 'an array of facts', graph.facts);

  const entities = new Map<string, GraphEntity>();
  for (const e of graph.entities) {
    if (typeof e?.key !== 'string' || e.key.length === 0) throw invalid(id, 'entity keys to be non-empty strings', e?.key);
    if (typeof e.name !== 'string') throw invalid(id, `a string name for entity ${e.key}`, e.name);
    if (!isEntityType(e.type)) throw invalid(id, `an entity type for entity ${e.key}`, e.type);
    if (typeof e.mentions !== 'number' || !Number.isFinite(e.mentions) || e.mentions < 0) {
      throw invalid(id, `a mention count ≥ 0 for entity ${e.key}`, e.mentions);
    }
    if (!Array.isArray(e.aliases) || e.aliases.some((al) => typeof al !== 'string')) {
      throw invalid(id, `an array of string aliases for entity ${e.key}`, e.aliases);
    }
    const prev = entities.get(e.key);
    if (!prev) {
      entities.set(e.key, { key: e.key, name: e.name, type: e.type, mentions: e.mentions, aliases: [...new Set(e.aliases)] });
    } else {
      prev.mentions += e.mentions;
      prev.aliases = [...new Set([...prev.aliases, e.name, ...e.aliases])].filter((al) => al !== prev.name);
    }
  }

  const facts = new Map<string, GraphFact>();
  for (const f of graph.facts) {
    if (typeof f?.key !== 'string' || f.key.length === 0) throw invalid(id, 'fact keys to be non-empty strings', f?.key);
    if (!entities.has(f.subject)) throw invalid(id, `fact ${f.key} to have a subject among the article's entity keys`, f.subject);
    if (!entities.has(f.object)) throw invalid(id, `fact ${f.key} to have an object among the article's entity keys`, f.object);
    if (typeof f.predicate !== 'string' || f.predicate.length === 0) throw invalid(id, `a predicate for fact ${f.key}`, f.predicate);
    checkPredicate?.(f.predicate);
    if (typeof f.verb !== 'string') throw invalid(id, `a string verb for fact ${f.key}`, f.verb);
    if (typeof f.confidence !== 'number' || !(f.confidence >= 0 && f.confidence <= 1)) {
      throw invalid(id, `a confidence from 0 to 1 for fact ${f.key}`, f.confidence);
    }
    if (typeof f.negated !== 'boolean') throw invalid(id, `a boolean negated for fact ${f.key}`, f.negated);
    if (!MODALITIES.includes(f.modality)) throw invalid(id, `a modality (${MODALITIES.join(', ')}) for fact ${f.key}`, f.modality);
    if (typeof f.qualifiers !== 'object' || f.qualifiers === null || Object.values(f.qualifiers).some((v) => typeof v !== 'string')) {
      throw invalid(id, `string qualifiers for fact ${f.key}`, f.qualifiers);
    }
    if (!Array.isArray(f.evidence) || f.evidence.some((ev) => typeof ev?.sentence !== 'string' || !isOffset(ev.start) || !isOffset(ev.end))) {
      throw invalid(id, `evidence with a sentence and whole-number offsets for fact ${f.key}`, f.evidence);
    }
    const prev = facts.get(f.key);
    if (!prev) {
      const qualifiers: Record<string, string> = {};
      for (const [k, v] of Object.entries(f.qualifiers)) setOwn(qualifiers, k, v);
      facts.set(f.key, { ...f, qualifiers, evidence: f.evidence.map(copyEvidence) });
      continue;
    }
    if (prev.subject !== f.subject || prev.object !== f.object || prev.predicate !== f.predicate || prev.negated !== f.negated) {
      throw invalid(id, `facts sharing key ${f.key} to have the same subject, predicate, object and polarity`, f.predicate);
    }
    if (f.confidence > prev.confidence) {
      prev.confidence = f.confidence;
      prev.verb = f.verb;
      prev.modality = f.modality;
    }
    for (const [k, v] of Object.entries(f.qualifiers)) if (!Object.hasOwn(prev.qualifiers, k)) setOwn(prev.qualifiers, k, v);
    prev.evidence.push(...f.evidence.map(copyEvidence));
  }
  const normalized: ArticleGraph = {
    article: { id, title: a.title, source: a.source, publishedAt: a.publishedAt, hash: a.hash },
    text: graph.text,
    entities: [...entities.values()],
    facts: [...facts.values()],
  };
  checkWellFormed(id, normalized);
  return normalized;
}
