import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSources, type SourceResult } from '../../../src/sources/readSources.js';

const corpus = fileURLToPath(new URL('../../fixtures/sources/corpus', import.meta.url));

async function readCorpus(): Promise<SourceResult[]> {
  const out: SourceResult[] = [];
  for await (const r of readSources([corpus])) out.push(r);
  return out;
}

describe('fixture corpus (hand-written pages in every supported format)', () => {
  it('reads every article, in path order, with titles, dates and clean text', async () => {
    const results = await readCorpus();
    const articles = results.map((r) => {
      if (!r.ok) throw new Error(r.error.message);
      return { ...r.article, source: path.relative(corpus, r.article.source) };
    });
    expect(articles.map((a) => [a.source, a.title, a.publishedAt])).toEqual([
      ['harbour.html', 'Harbour reopens after three days of storm damage', '2024-10-08'],
      ['library.txt', 'Library extension opens in Eastwick', null],
      ['nested/bridge.md', 'Old bridge closes for repairs', '2024-05-06'],
      ['wire.ndjson:1', 'Solar farm approved', '2024-01-18'],
      ['wire.ndjson:3', null, '2024-02-02'],
    ]);
    expect(articles.map((a) => a.text)).toEqual([
      [
        'The port authority of Saltmere reopened the harbour on Tuesday after engineers declared the northern breakwater safe.',
        '“Fishing boats can go out again tonight,” harbour master Tomas Lind told reporters.',
        'Repairs will take months',
        'Crews from the regional coast guard will rebuild the damaged pier by March – at a cost of €4 million.',
      ].join('\n\n'),
      'The town library opened a new reading room on Saturday.\n\nVolunteers raised half of the cost through a book sale.',
      [
        'The Riverton city council closed the old stone bridge on Monday after inspectors found cracks in two arches.',
        'Detour',
        'Buses will use the Mill Road crossing.',
        'Cyclists can take the ferry for free.',
        '"Safety comes first," said engineer Priya Nair.',
      ].join('\n\n'),
      'Regulators in Dunmore approved a 40-megawatt solar farm on Thursday.\n\nThe developer, Brightfield Energy, plans to start building in spring.',
      'A ferry strike in Portvale ended after unions and the operator signed a two-year deal.',
    ]);
    expect(articles[3]?.id).toBe('wire-1');
    for (const a of articles.filter((x) => x.id !== 'wire-1')) expect(a.id).toMatch(/^a-[0-9a-f]{16}$/);
  });
});
