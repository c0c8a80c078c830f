import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../src/syntax/conllu.js';
import { runCliCaptured } from '../helpers/cliHarness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ng-parse-'));
const article = path.join(dir, 'a.txt');
writeFileSync(article, 'Harbour talks\n\nThe mayor of Tromso, Ingrid Dahl, met Prime Minister Jonas Berg in Oslo on Monday. She said the port would reopen.\n');

const TREEBANK = [
  '# sent_id = s1', '# text = Berg visited Oslo.',
  '1\tBerg\tBerg\tPROPN\tNNP\t_\t2\tnsubj\t_\t_', '2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_',
  '3\tOslo\tOslo\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No', '4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_', '',
  '# sent_id = s2', "# text = I can't go.", '1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_', "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_', "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_", '4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_', '',
].join('\n');
const treebank = path.join(dir, 'gold.conllu');
writeFileSync(treebank, TREEBANK);

describe('newsgraph parse', () => {
  it('prints help', async () => {
    const r = await runCliCaptured(['parse', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--gold-tokens/);
  });

  it('writes one well-formed CoNLL-U tree per sentence, with entity tags and offsets in MISC', async () => {
    const r = await runCliCaptured(['parse', article]);
    expect(r.code, r.stderr).toBe(0);
    const sentences = parseConllu(r.stdout);
    expect(sentences).toHaveLength(2);
    for (const s of sentences) {
      expect(s.words.filter((w) => w.head === 0)).toHaveLength(1);
      for (const w of s.words) expect(w.head).toBeLessThanOrEqual(s.words.length);
    }
    const first = sentences[0]!;
    const met = first.words.find((w) => w.form === 'met')!;
    expect(met.deprel).toBe('root');
    expect(met.upos).toBe('VERB');
    expect(first.words.find((w) => w.form === 'Dahl')!.misc).toMatch(/Entity=I-PERSON/);
    expect(first.words.find((w) => w.form === 'Oslo')!.misc).toMatch(/Entity=B-PLACE/);
    const text = 'The mayor of Tromso, Ingrid Dahl, met Prime Minister Jonas Berg in Oslo on Monday. She said the port would reopen.';
    for (const w of first.words) {
      const [start, end] = /TokenRange=(\d+):(\d+)/.exec(w.misc)!.slice(1).map(Number);
      expect(text.slice(start, end)).toBe(w.form);
    }
  });

  it('writes JSON with words, heads and entity spans', async () => {
    const r = await runCliCaptured(['parse', article, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const parsed = JSON.parse(r.stdout) as { articles: { sentences: { words: { form: string; head: number }[]; entities: { text: string; type: string }[] }[] }[] };
    const s = parsed.articles[0]!.sentences[0]!;
    expect(s.entities.some((e) => e.type === 'PERSON' && e.text.endsWith('Jonas Berg'))).toBe(true);
    expect(s.entities).toContainEqual(expect.objectContaining({ text: 'Oslo', type: 'PLACE' }));
    expect(s.words.filter((w) => w.head === -1)).toHaveLength(1);
  });

  it('keeps a treebank\'s sentences, ids and multiword tokens with --gold-tokens', async () => {
    const r = await runCliCaptured(['parse', treebank, '--gold-tokens']);
    expect(r.code, r.stderr).toBe(0);
    const out = parseConllu(r.stdout);
    expect(out.map((s) => s.sentId)).toEqual(['s1', 's2']);
    expect(out.map((s) => s.words.map((w) => w.form))).toEqual([['Berg', 'visited', 'Oslo', '.'], ['I', 'ca', "n't", 'go', '.']]);
    expect(out[1]!.ranges).toEqual([{ first: 2, last: 3, form: "can't", misc: '_' }]);
    expect(out[0]!.words[1]!.deprel).toBe('root');
    expect(out[0]!.words[0]!).toMatchObject({ head: 2, deprel: 'nsubj' });
  });

  it('rejects bad input with errors that say what was expected', async () => {
    const missing = await runCliCaptured(['parse', path.join(dir, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt/);
    const noArgs = await runCliCaptured(['parse']);
    expect(noArgs.code).toBe(2);
    expect(noArgs.stderr).toMatch(/expected one or more paths/);
    const conllu = await runCliCaptured(['parse', treebank]);
    expect(conllu.code).toBe(2);
    expect(conllu.stderr).toMatch(/expected --gold-tokens/);
    const badFormat = await runCliCaptured(['parse', article, '--format', 'xml']);
    expect(badFormat.stderr).toMatch(/--format expects conllu or json, found "xml"/);
    const broken = path.join(dir, 'broken.conllu');
    writeFileSync(broken, '1\tOnly\tthree\n');
    const bad = await runCliCaptured(['parse', broken, '--gold-tokens']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/broken\.conllu:1: expected a CoNLL-U token line of 10 tab-separated columns, found 3/);
  });
});
