/**
 * Every export loads in the usual reader of its format: networkx for GraphML and GEXF (when a
 * Python with networkx is installed; Debian: python3-networkx, installed by .ci/run), a JSON-LD
 * processor (jsonld.js, in safe mode: nothing may be dropped) for JSON-LD, and the header
 * grammar of neo4j-admin for CSV (no neo4j-admin here). Attribute names avoid what the
 * readers reserve for themselves.
 */
import { spawnSync } from 'node:child_process';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADERS } from '../../../src/export/exportCsv.js';
import { exportGraph } from '../../../src/export/exportGraph.js';
import { entityIri, factIri, NEWSGRAPH_NS, SCHEMA_ORG_TYPES } from '../../../src/export/exportJsonld.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, RESERVED_ATTRIBUTE_NAMES } from '../../../src/export/graphAttributes.js';
import { stripInvalidXmlChars, xmlSafeId } from '../../../src/export/xml.js';
import type { StoredEntity, StoredFact } from '../../../src/model/types.js';
import { capture, openFixtureStore, type TestStore } from './exportFixtures.js';

/** The first Python that can import networkx: NEWSGRAPH_PYTHON, python3 on PATH, Debian's. */
function findNetworkxPython(): string | null {
  for (const candidate of [process.env.NEWSGRAPH_PYTHON, 'python3', '/usr/bin/python3']) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ['-c', 'import networkx'], { stdio: 'ignore' });
    if (probe.status === 0) return candidate;
  }
  return null;
}
const PYTHON = findNetworkxPython();
if (!PYTHON) console.warn('[export readers] skipping the networkx round trips: no python3 with networkx (apt-get install python3-networkx)');
/** GEXF 1.3 (our GEXF, for Gephi's parallel edge kinds) is read by networkx 3; Debian 12 ships 2.8. */
const READS_GEXF_13 = PYTHON !== null && spawnSync(PYTHON, ['-c', "import networkx.readwrite.gexf as g; assert '1.3' in g.GEXF.versions"], { stdio: 'ignore' }).status === 0;
if (PYTHON && !READS_GEXF_13) console.warn(`[export readers] skipping the networkx GEXF round trip: the networkx of ${PYTHON} predates GEXF 1.3 (networkx 3 reads it)`);

/** Reads a file with networkx and prints nodes and edges (with keys and data) as JSON. */
const NETWORKX_DUMP = `
import json, sys
import networkx as nx
path, fmt = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if fmt == 'gexf' else nx.read_graphml(path)
print(json.dumps({
  'directed': g.is_directed(), 'multigraph': g.is_multigraph(),
  'nodes': {str(n): d for n, d in g.nodes(data=True)},
  'edges': [[str(u), str(v), str(k), d] for u, v, k, d in g.edges(keys=True, data=True)] if g.is_multigraph()
    else [[str(u), str(v), str(d.get('id')), d] for u, v, d in g.edges(data=True)],
}))
`;

interface NetworkxGraph {
  directed: boolean;
  multigraph: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, string, Record<string, unknown>][];
}

let fixture: TestStore;
let entities: StoredEntity[];
let facts: StoredFact[];
let tmp: string;

beforeAll(async () => {
  fixture = await openFixtureStore();
  entities = [];
  facts = [];
  for await (const e of fixture.store.iterateEntities()) entities.push(e);
  for await (const f of fixture.store.iterateFacts()) facts.push(f);
  tmp = await mkdtemp(path.join(tmpdir(), 'newsgraph-readers-'));
});
afterAll(async () => {
  await fixture.dispose();
  await rm(tmp, { recursive: true, force: true });
});

describe('attribute names', () => {
  it('GraphML/GEXF attributes avoid the names networkx, GEXF and Gephi reserve', () => {
    const clash = (names: string[], reserved: readonly string[]): string[] => names.filter((n) => reserved.includes(n.toLowerCase()));
    expect(clash(NODE_ATTRIBUTES.map((a) => a.name), RESERVED_ATTRIBUTE_NAMES.node)).toEqual([]);
    expect(clash(EDGE_ATTRIBUTES.map((a) => a.name), RESERVED_ATTRIBUTE_NAMES.edge)).toEqual([]);
    for (const specs of [NODE_ATTRIBUTES, EDGE_ATTRIBUTES]) {
      const names = specs.map((a) => a.name);
      expect(new Set(names.map((n) => n.toLowerCase())).size, 'names differ beyond case').toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    }
  });

  it('CSV headers follow the neo4j-admin import grammar', () => {
    const TYPES = /^(int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)(\[\])?$/;
    const idGroups = new Set<string>();
    for (const [file, header] of Object.entries(CSV_HEADERS)) {
      const properties: string[] = [];
      const special: string[] = [];
      for (const field of header) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)?(?::(ID|START_ID|END_ID)\(([A-Za-z]+)\)|:(LABEL|TYPE)|:([a-z]+(?:\[\])?))?$/.exec(field);
        expect(m, `${file}: ${field}`).not.toBeNull();
        const [, name, idKind, group, marker, type] = m!;
        if (idKind) special.push(`${idKind}(${group})`);
        if (idKind === 'ID') idGroups.add(group!);
        if (marker) special.push(marker);
        if (type) expect(type, `${file}: ${field}`).toMatch(TYPES);
        if (name) properties.push(name);
        if (!name) expect(idKind ?? marker, `${file}: ${field} needs a name or a role`).toBeDefined();
      }
      expect(new Set(properties).size, `${file}: duplicate property`).toBe(properties.length);
      const isNodes = special.some((s) => s.startsWith('ID('));
      if (isNodes) expect(special.filter((s) => s.startsWith('ID(')), file).toHaveLength(1);
      else expect(special.filter((s) => /^(START_ID|END_ID)\(|^TYPE$/.test(s)), file).toHaveLength(3);
    }
    for (const header of Object.values(CSV_HEADERS)) {
      for (const field of header) {
        const g = /:(START_ID|END_ID)\(([A-Za-z]+)\)/.exec(field);
        if (g) expect(idGroups.has(g[2]!), `${field} refers to an ID group of a node file`).toBe(true);
      }
    }
  });
});

describe.skipIf(!PYTHON)('networkx reads the XML graph exports', () => {
  it.each(['graphml', ...(READS_GEXF_13 ? (['gexf'] as const) : [])] as const)('%s: same nodes, edges and typed attributes, hostile text included', async (format) => {
    const file = path.join(tmp, `graph.${format}`);
    await writeFile(file, await capture((out) => exportGraph(fixture.store, format, out)));
    const run = spawnSync(PYTHON!, ['-c', NETWORKX_DUMP, file, format], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const g = JSON.parse(run.stdout) as NetworkxGraph;
    expect(g.directed).toBe(true);
    expect(Object.keys(g.nodes).sort()).toEqual(entities.map((e) => xmlSafeId(e.key)).sort());
    for (const e of entities) {
      const node = g.nodes[xmlSafeId(e.key)]!;
      expect(node).toMatchObject({ label: stripInvalidXmlChars(e.name), name: stripInvalidXmlChars(e.name), entityKey: stripInvalidXmlChars(e.key), type: e.type, mentionCount: e.mentionCount });
      expect(JSON.parse(node.aliases as string)).toEqual(e.aliases.map(stripInvalidXmlChars));
    }
    expect(g.edges).toHaveLength(facts.length);
    const byKey = new Map(g.edges.map(([u, v, k, d]) => [k, { u, v, d }]));
    for (const f of facts) {
      const edge = byKey.get(xmlSafeId(f.key))!;
      expect(edge, f.key).toBeDefined();
      expect([edge.u, edge.v]).toEqual([xmlSafeId(f.subject), xmlSafeId(f.object)]);
      expect(edge.d).toMatchObject({ label: f.predicate, factKey: f.key, predicate: f.predicate, confidence: f.confidence, negated: f.negated, modality: f.modality });
      expect(JSON.parse(edge.d.qualifiers as string)).toEqual(f.qualifiers);
    }
  });
});

describe('a JSON-LD processor reads the JSON-LD export', () => {
  it('expands it in safe mode (no term dropped) offline, with every entity typed and every claim linked', async () => {
    const doc = JSON.parse(await capture((out) => exportGraph(fixture.store, 'jsonld', out))) as object;
    const documentLoader = (url: string): Promise<never> => Promise.reject(new Error(`expected no remote context, found ${url}`));
    const options = { safe: true, documentLoader } as unknown as Parameters<typeof jsonld.toRDF>[1];
    await jsonld.expand(doc, options as Parameters<typeof jsonld.expand>[1]);
    const nquads = (await jsonld.toRDF(doc, { ...options, format: 'application/n-quads' })) as unknown as string;
    const quads = new Set(nquads.split('\n'));
    const iri = (value: string): string => `<${value}>`;
    for (const e of entities) {
      expect(quads.has(`${iri(entityIri(e.key))} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ${iri(`https://schema.org/${SCHEMA_ORG_TYPES[e.type]}`)} .`), e.key).toBe(true);
    }
    for (const f of facts) {
      expect(quads.has(`${iri(factIri(f.key))} ${iri(`${NEWSGRAPH_NS}subject`)} ${iri(entityIri(f.subject))} .`), f.key).toBe(true);
      expect(quads.has(`${iri(factIri(f.key))} ${iri(`${NEWSGRAPH_NS}object`)} ${iri(entityIri(f.object))} .`), f.key).toBe(true);
    }
  });
});
