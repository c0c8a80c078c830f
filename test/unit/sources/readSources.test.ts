import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources, type SourceResult } from '../../../src/sources/readSources.js';

let dir: string;

async function collect(inputs: string[], options?: Parameters<typeof readSources>[1]): Promise<SourceResult[]> {
  const out: SourceResult[] = [];
  for await (const r of readSources(inputs, options)) out.push(r);
  return out;
}

function only(results: SourceResult[]): SourceResult {
  expect(results).toHaveLength(1);
  return results[0] as SourceResult;
}

function errorOf(r: SourceResult): { code: string; message: string; line: unknown } {
  if (r.ok) throw new Error(`expected a failed result, got article ${r.article.id}`);
  return { code: r.error.code, message: r.error.message, line: r.error.details.line };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-sources-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const p = path.join(dir, name);
  await mkdir(path.dirname(p), { recursive: true });
  await writeFile(p, content);
  return p;
}

describe('readSources: files', () => {
  it('reads .txt, .md and .html files with their formats', async () => {
    const txt = await file('a/story.txt', 'Bridge closes for repairs\nThe old bridge closed on Monday.');
    const md = await file('a/story.md', '# Bridge closes\n\nThe **old** bridge closed.');
    const html = await file('a/story.htm', '<title>Bridge shut</title><time datetime="2024-05-06"></time><p>The old bridge closed.</p>');
    const results = await collect([txt, md, html]);
    expect(results.map((r) => (r.ok ? [r.article.source, r.article.title, r.article.publishedAt, r.article.text] : r.error.message))).toEqual([
      [txt, 'Bridge closes for repairs', null, 'The old bridge closed on Monday.'],
      [md, 'Bridge closes', null, 'The old bridge closed.'],
      [html, 'Bridge shut', '2024-05-06', 'The old bridge closed.'],
    ]);
  });

  it('reports a missing path and continues with the next input', async () => {
    const ok = await file('ok.txt', 'A plain paragraph of news.');
    const missing = path.join(dir, 'nope.txt');
    const results = await collect([missing, ok]);
    expect(errorOf(results[0] as SourceResult)).toMatchObject({ code: 'SOURCE_NOT_FOUND' });
    expect(errorOf(results[0] as SourceResult).message).toContain(missing);
    expect(results[1]).toMatchObject({ ok: true, article: { text: 'A plain paragraph of news.' } });
  });

  it.each([
    ['empty file', 'empty.txt', new Uint8Array(0), 'EMPTY_INPUT', /empty\.txt: expected article text, found an empty file/],
    ['NUL bytes', 'nul.txt', new Uint8Array([0x41, 0x42, 0x00, 0x43]), 'BINARY_INPUT', /nul\.txt: expected UTF-8 text, found binary data \(a NUL byte at byte offset 2\)/],
    ['control characters', 'ctl.txt', new Uint8Array([1, 2, 3, 4, 5, 6, 0x41, 7, 8, 0x42]), 'BINARY_INPUT', /ctl\.txt: .*control characters/],
    ['invalid UTF-8', 'latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'INVALID_ENCODING', /latin1\.txt: expected UTF-8 text, found an invalid UTF-8 byte sequence at byte offset 3/],
    ['UTF-16', 'utf16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'INVALID_ENCODING', /utf16\.txt: .*UTF-16/],
    ['unsupported extension', 'data.csv', 'a,b', 'BAD_INPUT', /data\.csv: expected a file ending in \.txt, \.md, .*found "\.csv"/],
    ['whitespace only', 'blank.txt', ' \n \n', 'EMPTY_INPUT', /blank\.txt: expected article text, found nothing/],
  ])('reports %s', async (_what, name, content, code, message) => {
    const p = await file(`bad/${name}`, content);
    const e = errorOf(only(await collect([p])));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('rejects files larger than maxBytes', async () => {
    const p = await file('big.txt', 'x'.repeat(100));
    const e = errorOf(only(await collect([p], { maxBytes: 50 })));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toBe(`${p}: expected at most 50 bytes, found 100 bytes`);
    expect(only(await collect([p], { maxBytes: 100 })).ok).toBe(true);
  });

  it('validates maxBytes', async () => {
    await expect(collect([], { maxBytes: 0 })).rejects.toThrow(/expected maxBytes to be a positive whole number, found number 0/);
  });
});

describe('readSources: directories', () => {
  it('walks recursively in sorted order, skipping hidden and unsupported files', async () => {
    const root = path.join(dir, 'tree');
    await file('tree/b.txt', 'Second story text.');
    await file('tree/a.md', 'First story text.');
    await file('tree/sub/c.html', '<p>Third story text.</p>');
    await file('tree/sub/z.jsonl', '{"text":"Fourth story text."}\n');
    await file('tree/.hidden.txt', 'Hidden story.');
    await file('tree/.git/d.txt', 'Hidden folder story.');
    await file('tree/notes.csv', 'skip,me');
    const results = await collect([root]);
    expect(results.map((r) => (r.ok ? [path.relative(root, r.article.source), r.article.text] : r.error.message))).toEqual([
      ['a.md', 'First story text.'],
      ['b.txt', 'Second story text.'],
      ['sub/c.html', 'Third story text.'],
      ['sub/z.jsonl:1', 'Fourth story text.'],
    ]);
    // stable across runs
    expect((await collect([root])).map((r) => r.ok && r.article.id)).toEqual(results.map((r) => r.ok && r.article.id));
  });

  it('reports a directory without supported files', async () => {
    const empty = path.join(dir, 'nothing');
    await file('nothing/readme.csv', 'x');
    const e = errorOf(only(await collect([empty])));
    expect(e.code).toBe('EMPTY_INPUT');
    expect(e.message).toContain(empty);
  });
});

describe('readSources: NDJSON', () => {
  it('yields one result per line, with errors naming file and line', async () => {
    const lines = [
      '{"id":"n1","title":"Port strike ends","text":"Dock workers returned on Monday.","publishedAt":"2024-04-02T08:00:00Z"}',
      '',
      '{"text": 42}',
      'not json',
      '["array"]',
      '{"text":"Second good line.","publishedAt":"2024-02-31"}',
      '{"text":"Third good line.","source":"https://example.org/news/3"}',
      '{"text":"   "}',
      '{"text":"Fourth good line.","id":7}',
    ];
    const p = await file('feed.ndjson', `${lines.join('\r\n')}\n\n`);
    const results = await collect([p]);
    expect(results).toHaveLength(8);
    const [r1, r3, r4, r5, r6, r7, r8, r9] = results as [SourceResult, ...SourceResult[]];
    expect(r1).toEqual({
      ok: true,
      article: { id: 'n1', source: `${p}:1`, title: 'Port strike ends', publishedAt: '2024-04-02', text: 'Dock workers returned on Monday.' },
    });
    expect(errorOf(r3 as SourceResult)).toEqual({ code: 'INVALID_NDJSON', line: 3, message: `${p}: line 3: expected a JSON object with a string "text", found "text" as number 42` });
    expect(errorOf(r4 as SourceResult).message).toMatch(new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 4: expected a JSON object with a string "text", found invalid JSON`));
    expect(errorOf(r5 as SourceResult).message).toContain('line 5: expected a JSON object with a string "text", found an array of 1');
    expect(errorOf(r6 as SourceResult)).toMatchObject({ code: 'INVALID_NDJSON', line: 6 });
    expect(errorOf(r6 as SourceResult).message).toContain('expected "publishedAt" as an ISO date');
    expect(r7).toMatchObject({ ok: true, article: { source: 'https://example.org/news/3', text: 'Third good line.' } });
    expect(errorOf(r8 as SourceResult)).toMatchObject({ code: 'EMPTY_INPUT', line: 8 });
    expect(r9).toMatchObject({ ok: true, article: { id: '7', source: `${p}:9` } });
  });

  it('reports invalid UTF-8 on a line with the file byte offset, and long lines', async () => {
    const good = Buffer.from('{"text":"Fine line."}\n');
    const bad = Buffer.concat([Buffer.from('{"text":"Caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const long = Buffer.from(`{"text":"${'y'.repeat(200)}"}\n`);
    const p = await file('mixed.jsonl', Buffer.concat([good, bad, long, good]));
    const results = await collect([p], { maxBytes: 100 });
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'INVALID_ENCODING', 'INPUT_TOO_LARGE', 'ok']);
    expect(errorOf(results[1] as SourceResult).message).toContain(`line 2: expected UTF-8 text, found an invalid UTF-8 byte sequence at byte offset ${good.length + 12}`);
    expect(errorOf(results[2] as SourceResult).message).toContain('line 3: expected at most 100 bytes per line');
  });

  it('reports an NDJSON file without articles', async () => {
    const p = await file('blank.ndjson', '\n\n  \n');
    expect(errorOf(only(await collect([p]))).code).toBe('EMPTY_INPUT');
  });
});

describe('readSources: stdin', () => {
  it('sniffs NDJSON', async () => {
    const stdin = Readable.from(['{"text":"First."}\n', '\n{"text":"Sec', 'ond."}\n']);
    const results = await collect(['-'], { stdin });
    expect(results.map((r) => r.ok && [r.article.source, r.article.text])).toEqual([
      ['stdin:1', 'First.'],
      ['stdin:3', 'Second.'],
    ]);
  });

  it('sniffs HTML and plain text', async () => {
    const html = only(await collect(['-'], { stdin: Readable.from([Buffer.from('  <h1>Quiet night</h1><p>Nothing happened.</p>')]) }));
    expect(html).toMatchObject({ ok: true, article: { source: 'stdin', title: 'Quiet night', text: 'Nothing happened.' } });
    const text = only(await collect(['-'], { stdin: Readable.from(['Quiet night in town\n{not json}\nNothing happened.']) }));
    expect(text).toMatchObject({ ok: true, article: { title: 'Quiet night in town', text: '{not json}\n\nNothing happened.' } });
  });

  it('reports empty and oversized stdin', async () => {
    expect(errorOf(only(await collect(['-'], { stdin: Readable.from([]) }))).code).toBe('EMPTY_INPUT');
    const e = errorOf(only(await collect(['-'], { stdin: Readable.from(['abcdef', 'ghijkl']), maxBytes: 8 })));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toMatch(/^stdin: expected at most 8 bytes/);
  });
});
