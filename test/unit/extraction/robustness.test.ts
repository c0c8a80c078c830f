import { describe, expect, it } from 'vitest';
import { analyzeText, MAX_TOKEN_CHARS } from '../../../src/nlp/nlp.js';
import { findMentions } from '../../../src/extraction/mentions/findMentions.js';
import { MAX_NAME_TOKENS } from '../../../src/extraction/mentions/runEnd.js';
import { MAX_SPAN_TOKENS } from '../../../src/extraction/frames/relationSpans.js';
import { buildArticleExtraction } from '../../../src/resolution/buildArticleExtraction.js';
import { newWorkCounter } from '../../../src/extraction/WorkCounter.js';
import { extract, find } from './helpers.js';

/** A hostile text of about `n` characters mixing every shape that used to be super-linear. */
function pathological(n: number): string {
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < n) {
    const id = i.toString(36);
    const piece = [
      'Ab '.repeat(200),
      'x'.repeat(3000) + ' ' + 'ab-'.repeat(1000),
      `Qa${id} Rb${id} met Sc${id} of Tx${id} Corp. The company said. He said it.`,
      'The Big Cat met Bob Smith in Paris and '.repeat(40),
      `Q${id.toUpperCase()} met Ab Cd Ef and ${id} missile hit.`,
    ][i % 5]!;
    parts.push(piece);
    size += piece.length + 1;
    i++;
  }
  return parts.join('\n').slice(0, n);
}

/**
 * A news paragraph that reaches every lookup that used to scan all earlier mentions: corporate
 * titles without owner (the story's organisation), "the company", a name introduced with its
 * descriptor ("the probe Vela-3" … "the probe"), role descriptions ("the North Korean leader"),
 * short forms, bare-head things and the same fact stated again and again.
 */
const NEWS = [
  'Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny cosmodrome on Wednesday, the Kremlin said.',
  'The North Korean leader praised the probe Vela-3, and Putin said the probe would fly in May.',
  'Dubois is the chief executive of Renault, the company said on Monday; the chief executive met Ana Lima in Paris.',
  'Acme Corp said its chief executive Bob Smith visited Lisbon, where the company opened a plant.',
  'The ballistic missiles were launched from Sohae; the missiles flew east, officials said. He said she told them.',
].join(' ');

function repeated(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Work units (hot-loop steps) of extracting `text`: a cost measure that machine load does not change. */
function workOf(text: string): number {
  const work = newWorkCounter();
  const x = buildArticleExtraction({ id: 'w', source: 'w.txt', title: null, publishedAt: null, text }, { work });
  expect(x.text.length).toBe(text.length);
  return work.units;
}

describe('linear-time extraction on hostile input', () => {
  it.each([
    ['a repeated news paragraph', (n: number): string => repeated(NEWS, n)],
    ['pathological text', pathological],
  ])('does about 4x the work for 4x the input on %s (linear, not quadratic)', (_name, make) => {
    const small = workOf(make(100_000));
    const large = workOf(make(400_000));
    expect(small).toBeGreaterThan(10_000); // the counter sees the hot loops at all
    // 4x the input: linear is ~4, quadratic ~16.
    expect(large / small).toBeLessThanOrEqual(5);
  }, 120_000);

  it('masks absurdly long non-space runs for the model but keeps exact offsets', () => {
    const run = 'Zq'.repeat(MAX_TOKEN_CHARS);
    const text = `Ana Lima met Bruno Costa in Lisbon. ${run}\nAna Lima visited Porto.\n${'k-'.repeat(400)}`;
    const doc = analyzeText(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const long = doc.tokens.find((t) => t.text === run);
    expect(long?.pos).toBe('SYM');
    expect(doc.tokens.find((t) => t.text === 'Porto')?.start).toBe(text.indexOf('Porto'));
    const x = extract(text);
    expect(find(x, 'Ana Lima', 'MEET', 'Bruno Costa')).toBeDefined();
    expect(x.entities.map((e) => e.name)).not.toContain(run);
  });

  it('caps name chunks at MAX_NAME_TOKENS tokens', () => {
    const doc = analyzeText(`${'Ab '.repeat(100)}met Ana Lima.`);
    const { mentions } = findMentions(doc);
    expect(mentions.length).toBeGreaterThan(1);
    for (const m of mentions) expect(m.end - m.start).toBeLessThanOrEqual(MAX_NAME_TOKENS + 1);
    expect(mentions.some((m) => m.text === 'Ana Lima')).toBe(true);
  });

  it('reads very long sentences in pieces while evidence stays the whole sentence', () => {
    const filler = Array.from({ length: MAX_SPAN_TOKENS }, (_, i) => `item${i}`).join(', ');
    const sentence = `Ana Lima met Bruno Costa in Lisbon on a list of ${filler}, and Carla Reis visited Porto`;
    const text = `${sentence}.`;
    const x = extract(text);
    const met = find(x, 'Ana Lima', 'MEET', 'Bruno Costa');
    const visit = find(x, 'Carla Reis', 'VISIT', 'Porto');
    expect(met).toBeDefined();
    expect(visit).toBeDefined();
    for (const r of [met!, visit!]) {
      expect(r.evidence[0]!.start).toBe(0);
      expect(r.evidence[0]!.end).toBe(text.length);
      expect(text.slice(r.evidence[0]!.start, r.evidence[0]!.end)).toBe(r.evidence[0]!.sentence);
    }
  });
});
