/**
 * Small hand-made ArticleGraph fixtures for the GraphQL tests (invented names, no seed text).
 *
 * Graph (facts):
 *   Maria Lopez -MET-> Jon Berg            (a1 + a2, shared; qualifiers at/date)
 *   Northwind Shipping -ACQUIRED-> Harbor Tech   (a1)
 *   Jon Berg -LEADS-> Harbor Tech          (a2)
 *   Maria Lopez -VISITED-> Valparaiso      (a2, negated, reported)
 *   Eastport Council -CRITICIZED-> Northwind Shipping (a3)
 * plus Lake Ontario (a3) with no facts.
 */
import type { ArticleGraph, EntityType, GraphEntity, GraphFact, Modality } from '../../../src/model/types.js';
import { entityKey, factKey, shortHash } from '../../../src/resolution/keys.js';

interface EntitySpec {
  name: string;
  type: EntityType;
  aliases?: string[];
  mentions: number;
}

interface FactSpec {
  subject: string;
  predicate: string;
  verb: string;
  object: string;
  sentence: string;
  qualifiers?: Record<string, string>;
  confidence: number;
  negated?: boolean;
  modality?: Modality;
}

export function makeArticle(
  id: string,
  title: string,
  publishedAt: string | null,
  entities: EntitySpec[],
  facts: FactSpec[],
  extraSentences: string[] = [],
): ArticleGraph {
  const sentences = [...facts.map((f) => f.sentence), ...extraSentences];
  const text = sentences.join(' ');
  const graphFacts: GraphFact[] = facts.map((f) => {
    const s = entityKey(f.subject);
    const o = entityKey(f.object);
    const negated = f.negated ?? false;
    const start = text.indexOf(f.sentence);
    return {
      key: factKey(s, f.predicate, o, negated),
      subject: s,
      predicate: f.predicate,
      verb: f.verb,
      object: o,
      qualifiers: f.qualifiers ?? {},
      confidence: f.confidence,
      negated,
      modality: f.modality ?? 'asserted',
      evidence: [{ sentence: f.sentence, start, end: start + f.sentence.length }],
    };
  });
  const graphEntities: GraphEntity[] = entities.map((e) => ({
    key: entityKey(e.name),
    name: e.name,
    type: e.type,
    aliases: e.aliases ?? [],
    mentions: e.mentions,
  }));
  return {
    article: { id, title, source: `fixtures/${id}.txt`, publishedAt, hash: shortHash(id + text + JSON.stringify(graphFacts)) },
    text,
    entities: graphEntities,
    facts: graphFacts,
  };
}

export const LOPEZ = entityKey('Maria Lopez');
export const BERG = entityKey('Jon Berg');
export const HARBOR = entityKey('Harbor Tech');
export const NORTHWIND = entityKey('Northwind Shipping');
export const EASTPORT = entityKey('Eastport Council');
export const VALPARAISO = entityKey('Valparaiso');
export const LAKE = entityKey('Lake Ontario');

export const MET_SENTENCE_A1 = 'Maria Lopez met Jon Berg in Valparaiso on Friday.';
export const MET_SENTENCE_A2 = 'Lopez met Berg again to discuss the port.';

export function fixtureGraphs(): ArticleGraph[] {
  const a1 = makeArticle(
    'a1',
    'Port talks begin',
    '2024-03-02',
    [
      { name: 'Maria Lopez', type: 'PERSON', aliases: ['Lopez', 'M. Lopez'], mentions: 3 },
      { name: 'Jon Berg', type: 'PERSON', aliases: ['Berg'], mentions: 2 },
      { name: 'Northwind Shipping', type: 'ORGANIZATION', aliases: ['Northwind'], mentions: 2 },
      { name: 'Harbor Tech', type: 'ORGANIZATION', mentions: 1 },
      { name: 'Valparaiso', type: 'GPE', mentions: 1 },
    ],
    [
      {
        subject: 'Maria Lopez',
        predicate: 'MET',
        verb: 'meet',
        object: 'Jon Berg',
        sentence: MET_SENTENCE_A1,
        qualifiers: { date: '2024-03-01', at: 'Valparaiso' },
        confidence: 0.7,
      },
      {
        subject: 'Northwind Shipping',
        predicate: 'ACQUIRED',
        verb: 'acquire',
        object: 'Harbor Tech',
        sentence: 'Northwind Shipping acquired Harbor Tech last year.',
        confidence: 0.9,
      },
    ],
  );
  const a2 = makeArticle(
    'a2',
    'Second round',
    '2024-03-05',
    [
      { name: 'Maria Lopez', type: 'PERSON', aliases: ['Lopez'], mentions: 2 },
      { name: 'Jon Berg', type: 'PERSON', aliases: ['J. Berg'], mentions: 2 },
      { name: 'Harbor Tech', type: 'ORGANIZATION', mentions: 1 },
      { name: 'Valparaiso', type: 'GPE', mentions: 1 },
    ],
    [
      { subject: 'Maria Lopez', predicate: 'MET', verb: 'meet', object: 'Jon Berg', sentence: MET_SENTENCE_A2, confidence: 0.8 },
      { subject: 'Jon Berg', predicate: 'LEADS', verb: 'lead', object: 'Harbor Tech', sentence: 'Berg leads Harbor Tech.', confidence: 0.6 },
      {
        subject: 'Maria Lopez',
        predicate: 'VISITED',
        verb: 'visit',
        object: 'Valparaiso',
        sentence: 'Lopez did not visit Valparaiso, officials said.',
        confidence: 0.5,
        negated: true,
        modality: 'reported',
      },
    ],
  );
  const a3 = makeArticle(
    'a3',
    'Council objects',
    null,
    [
      { name: 'Eastport Council', type: 'ORGANIZATION', aliases: ['the council'], mentions: 2 },
      { name: 'Northwind Shipping', type: 'ORGANIZATION', aliases: ['Northwind'], mentions: 1 },
      { name: 'Lake Ontario', type: 'LOCATION', mentions: 1 },
    ],
    [
      {
        subject: 'Eastport Council',
        predicate: 'CRITICIZED',
        verb: 'criticize',
        object: 'Northwind Shipping',
        sentence: 'Eastport Council criticized Northwind Shipping.',
        confidence: 0.75,
      },
    ],
    ['Ships crossed Lake Ontario.'],
  );
  return [a1, a2, a3];
}
