/**
 * A small graph with hostile strings for the export round-trip tests, built as ArticleGraph
 * fixtures with the project's canonical keys, and a helper that fills a real embedded store.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { entityKey, factKey, shortHash } from '../../../src/resolution/keys.js';
import type { ArticleGraph, EntityType, GraphEntity, GraphFact, Modality } from '../../../src/model/types.js';
import type { GraphStore } from '../../../src/store/GraphStore.js';
import { openEmbeddedStore } from '../../../src/store/memory/EmbeddedStore.js';

export const HOSTILE = {
  quotes: `Ana "Quote" O'Neil, Jr.`,
  markup: 'Acme <&> Corp ]]> Ltd',
  formula: "=cmd|' /C calc'!A0",
  emoji: 'Zürich 🚀 Städte',
  rtl: 'שלום عربي Rhodes',
  cypher: 'Back`tick \\Slash; Semi // not a comment',
  control: 'Ctrl\u0001Bell\u0007Vt\u000bEnd',
  lines: 'Line\nBreak\r\nTab\tEnd',
  plain: 'Plain Person',
} as const;

export interface FixtureEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
}

interface FixtureFact {
  s: string;
  p: string;
  o: string;
  confidence: number;
  qualifiers?: Record<string, string>;
  modality?: Modality;
  negated?: boolean;
  sentence: string;
}

function article(id: string, publishedAt: string | null, title: string, entities: FixtureEntity[], facts: FixtureFact[]): ArticleGraph {
  let text = `${title}\n\n`;
  const graphFacts: GraphFact[] = facts.map((f) => {
    const start = text.length;
    text += `${f.sentence} `;
    const sk = entityKey(f.s);
    const ok = entityKey(f.o);
    const negated = f.negated ?? false;
    return {
      key: factKey(sk, f.p, ok, negated),
      subject: sk,
      predicate: f.p,
      verb: f.p.toLowerCase(),
      object: ok,
      qualifiers: f.qualifiers ?? {},
      confidence: f.confidence,
      negated,
      modality: f.modality ?? 'asserted',
      evidence: [{ sentence: f.sentence, start, end: start + f.sentence.length }],
    };
  });
  const graphEntities: GraphEntity[] = entities.map((e) => ({ key: entityKey(e.name), name: e.name, type: e.type, aliases: e.aliases ?? [], mentions: 2 }));
  return {
    article: { id, title, source: `fixtures/${id}.txt`, publishedAt, hash: shortHash(text + JSON.stringify(graphFacts)) },
    text,
    entities: graphEntities,
    facts: graphFacts,
  };
}

const H = HOSTILE;
export const ENTITIES: Record<keyof typeof HOSTILE, FixtureEntity> = {
  quotes: { name: H.quotes, type: 'PERSON', aliases: ['O\'Neil', 'Ana "Q"'] },
  markup: { name: H.markup, type: 'ORGANIZATION', aliases: ['<Acme>'] },
  formula: { name: H.formula, type: 'OTHER' },
  emoji: { name: H.emoji, type: 'GPE', aliases: ['🚀'] },
  rtl: { name: H.rtl, type: 'LOCATION' },
  cypher: { name: H.cypher, type: 'ORGANIZATION' },
  control: { name: H.control, type: 'PERSON' },
  lines: { name: H.lines, type: 'EVENT' },
  plain: { name: H.plain, type: 'PERSON' },
};

const E = ENTITIES;

/**
 * Three articles. Chain for neighbourhood tests:
 * quotes -MET-> markup -SIGNED-> cypher -ATTACKED-> emoji -VISITED-> rtl; control -MET-> quotes;
 * formula -CRITICIZED-> lines; plain has no facts.
 */
export function fixtureGraphs(): ArticleGraph[] {
  return [
    article('a1', '2024-01-10', 'First <article> & "news"', [E.quotes, E.markup, E.control, E.plain], [
      { s: H.quotes, p: 'MET', o: H.markup, confidence: 0.9, qualifiers: { at: 'Café "Ω" <b>', 'date': '2024-01-09' }, sentence: `${H.quotes} met ${H.markup} at Café "Ω" <b>.` },
      { s: H.control, p: 'MET', o: H.quotes, confidence: 0.4, modality: 'reported', sentence: `Reportedly ${H.control} met ${H.quotes}.` },
    ]),
    article('a2', '2024-02-15', "Second: 'quotes' ]]> end", [E.markup, E.cypher, E.emoji, E.quotes], [
      { s: H.markup, p: 'SIGNED', o: H.cypher, confidence: 0.7, qualifiers: { 'we"ird key': 'value;\n`x`' }, sentence: `${H.markup} signed with ${H.cypher}.` },
      { s: H.cypher, p: 'ATTACKED', o: H.emoji, confidence: 0.55, negated: true, sentence: `${H.cypher} did not attack ${H.emoji}.` },
      { s: H.quotes, p: 'MET', o: H.markup, confidence: 0.6, sentence: `Again ${H.quotes} met ${H.markup}.` },
    ]),
    article('a3', null, 'Undated', [E.emoji, E.rtl, E.formula, E.lines], [
      { s: H.emoji, p: 'VISITED', o: H.rtl, confidence: 0.8, modality: 'planned', sentence: `${H.emoji} will visit ${H.rtl} 🚀.` },
      { s: H.formula, p: 'CRITICIZED', o: H.lines, confidence: 0.3, sentence: `${H.formula} criticized ${H.lines}.` },
    ]),
  ];
}

export interface TestStore {
  store: GraphStore;
  dispose(): Promise<void>;
}

/** A real embedded store in a temporary directory, filled with the fixture graphs. */
export async function openFixtureStore(graphs: ArticleGraph[] = fixtureGraphs()): Promise<TestStore> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-export-'));
  const store = await openEmbeddedStore(path.join(dir, 'store'));
  await store.upsertArticles(graphs);
  return {
    store,
    dispose: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Collects what a function writes to a stream into a string. */
export async function capture(run: (out: NodeJS.WritableStream) => Promise<unknown>): Promise<string> {
  const { PassThrough } = await import('node:stream');
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await run(out);
  out.end();
  await new Promise((r) => setImmediate(r));
  return Buffer.concat(chunks).toString('utf8');
}
