#!/usr/bin/env node
// Regenerates the generated README sections from the code and a live run on the demo corpus:
//   <!-- BEGIN predicates --> … the predicate ontology table (src/extraction/predicates.ts)
//   <!-- BEGIN graphql-examples --> … example queries with their real output
// Usage: npm run build && node scripts/update-readme.mjs
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { PREDICATES } = await import('../dist/extraction/predicates.js');
const { openEmbeddedStore } = await import('../dist/store/memory/EmbeddedStore.js');
const { ingestSources } = await import('../dist/pipeline.js');
const { startServer } = await import('../dist/server/startServer.js');

function replaceSection(text, name, body) {
  const re = new RegExp(`(<!-- BEGIN ${name} -->\\n)[\\s\\S]*?(<!-- END ${name} -->)`);
  if (!re.test(text)) throw new Error(`README has no section ${name}`);
  return text.replace(re, (_, a, b) => `${a}${body.trimEnd()}\n${b}`);
}

const esc = (s) => String(s).replace(/\|/g, '\\|');
const predicateRows = PREDICATES.map((p) => {
  const cues = [...(p.verbs ?? []), ...(p.nouns ?? []).map((n) => `*${n}*`)];
  const shown = cues.slice(0, 8).join(', ') + (cues.length > 8 ? ', …' : '');
  return `| \`${p.predicate}\` | ${esc(p.description)} | ${esc(shown)} |`;
});
const predicates = [
  `${PREDICATES.length} canonical predicates (\`src/extraction/predicates.ts\`), in the spirit of CAMEO event codes.`,
  'Verbs not in the table still give a fact, with the lemma in UPPER_SNAKE as predicate.',
  'Light-verb phrases map to the event noun\'s predicate ("hold talks with" → MEET); nouns in *italics*.',
  '',
  '| predicate | meaning | verb lemmas and *event nouns* |',
  '|---|---|---|',
  ...predicateRows,
].join('\n');

const examples = [
  ['The most mentioned entities', '{ entities(first: 3) { totalCount edges { node { name type mentionCount aliases } } } }'],
  ['An entity by alias, with its relations and evidence', null],
  ['Neighbours up to two hops', null],
  ['A multi-hop path between entities of different articles', null],
  ['Counts', '{ stats { articles entities relations } }'],
];

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-readme-'));
const store = await openEmbeddedStore(dir);
let server;
try {
  await ingestSources(store, [path.join(root, 'corpus')]);
  server = await startServer({ store, port: 0 });
  const { findExampleQueries } = await import('../dist/graphql/exampleQueries.js');
  const found = await findExampleQueries(store);
  const withRelations = found.find((e) => e.title.includes('relations'));
  const pathEx = found.find((e) => e.title.includes('path'));
  const person = (await store.searchEntities({ first: 5, type: 'PERSON' })).edges[0]?.node;
  const alias = person?.aliases.find((a) => a.split(/\s+/).length === 1) ?? person?.name;
  examples[1][1] = person
    ? `{ entity(name: ${JSON.stringify(alias)}) { name type aliases relations(first: 3) { totalCount edges { node { subject { name } predicate object { name } qualifiers { role value } confidence evidence { sentence start end article { title } } } } } } }`
    : withRelations?.query;
  examples[2][1] = person ? `{ neighbors(name: ${JSON.stringify(person.name)}, depth: 2, first: 5) { distance entity { name type } via { predicate subject { name } object { name } } } }` : null;
  examples[3][1] = pathEx?.query ?? null;
  const parts = [];
  for (const [title, query] of examples) {
    if (!query) continue;
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const json = await res.json();
    parts.push(`**${title}**\n\n\`\`\`graphql\n${query}\n\`\`\`\n\n\`\`\`json\n${JSON.stringify(json, null, 1)}\n\`\`\``);
  }
  const intro = 'Real output on the demo corpus (regenerate with `node scripts/update-readme.mjs`):';
  let readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  readme = replaceSection(readme, 'predicates', predicates);
  readme = replaceSection(readme, 'graphql-examples', `${intro}\n\n${parts.join('\n\n')}`);
  writeFileSync(path.join(root, 'README.md'), readme);
  console.log('README.md updated');
} finally {
  await server?.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
