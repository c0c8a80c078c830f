/**
 * CoNLL-U reading and writing (https://universaldependencies.org/format.html): sentences of
 * syntactic words with their surface tokens (multiword ranges such as `2-3 don't`), comments
 * kept in order. Empty nodes (`8.1`) are read and dropped: trees here are basic dependencies.
 */
import { SourceError } from '../errors.js';

export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head id; 0 for the root. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A multiword token: words first..last (1-based, inclusive) are written as one surface form. */
export interface ConlluRange {
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  /** Comment lines without the leading "# ". */
  comments: string[];
  sentId?: string;
  text?: string;
  words: ConlluWord[];
  ranges: ConlluRange[];
}

const RANGE_ID = /^(\d+)-(\d+)$/;
const WORD_ID = /^\d+$/;
const EMPTY_ID = /^\d+\.\d+$/;

/** Parses CoNLL-U text; `source` names the file in error messages. */
export function parseConllu(content: string, source = 'input'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | null = null;
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') {
      if (current !== null) sentences.push(finishSentence(current, source, n));
      current = null;
      continue;
    }
    current ??= { comments: [], words: [], ranges: [] };
    if (line.startsWith('#')) {
      readComment(current, line);
      continue;
    }
    readTokenLine(current, line, source, n + 1);
  }
  if (current !== null) sentences.push(finishSentence(current, source, lines.length));
  return sentences;
}

function readComment(sentence: ConlluSentence, line: string): void {
  const body = line.replace(/^#\s?/, '');
  sentence.comments.push(body);
  const match = /^(sent_id|text)\s*=\s?(.*)$/.exec(body);
  if (match?.[1] === 'sent_id') sentence.sentId = match[2]!.trim();
  else if (match?.[1] === 'text') sentence.text = match[2]!;
}

function readTokenLine(sentence: ConlluSentence, line: string, source: string, lineNo: number): void {
  const cols = line.split('\t');
  if (cols.length !== 10) {
    throw new SourceError('BAD_INPUT', `${source}:${lineNo}: expected a CoNLL-U token line of 10 tab-separated columns, found ${cols.length}`, { source, line: lineNo });
  }
  const id = cols[0]!;
  const range = RANGE_ID.exec(id);
  if (range !== null) {
    sentence.ranges.push({ first: Number(range[1]), last: Number(range[2]), form: cols[1]!, misc: cols[9]! });
    return;
  }
  if (EMPTY_ID.test(id)) return;
  if (!WORD_ID.test(id) || Number(id) !== sentence.words.length + 1) {
    throw new SourceError('BAD_INPUT', `${source}:${lineNo}: expected word id ${sentence.words.length + 1}, found ${JSON.stringify(id)}`, { source, line: lineNo });
  }
  const head = cols[6] === '_' ? -1 : Number(cols[6]);
  if (!Number.isInteger(head)) {
    throw new SourceError('BAD_INPUT', `${source}:${lineNo}: expected an integer HEAD or "_", found ${JSON.stringify(cols[6])}`, { source, line: lineNo });
  }
  sentence.words.push({ form: cols[1]!, lemma: cols[2]!, upos: cols[3]!, xpos: cols[4]!, feats: cols[5]!, head, deprel: cols[7]!, deps: cols[8]!, misc: cols[9]! });
}

function finishSentence(sentence: ConlluSentence, source: string, lineNo: number): ConlluSentence {
  if (sentence.words.length === 0) {
    throw new SourceError('BAD_INPUT', `${source}:${lineNo}: expected at least one word line in the sentence ending here, found none`, { source, line: lineNo });
  }
  for (const w of sentence.words) {
    if (w.head > sentence.words.length) {
      throw new SourceError('BAD_INPUT', `${source}:${lineNo}: expected heads within the sentence's ${sentence.words.length} words, found head ${w.head}`, { source, line: lineNo });
    }
  }
  return sentence;
}

/** Formats sentences as CoNLL-U (each followed by a blank line). */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) out.push(`# ${c}`);
    const rangeAt = new Map(s.ranges.map((r) => [r.first, r]));
    s.words.forEach((w, i) => {
      const range = rangeAt.get(i + 1);
      if (range !== undefined) out.push([`${range.first}-${range.last}`, range.form, '_', '_', '_', '_', '_', '_', '_', range.misc].join('\t'));
      const head = w.head < 0 ? '_' : String(w.head);
      out.push([String(i + 1), w.form, w.lemma, w.upos, w.xpos, w.feats, head, w.deprel, w.deps, w.misc].join('\t'));
    });
    out.push('');
  }
  return out.join('\n') + (out.length > 0 ? '\n' : '');
}

/** True when MISC holds SpaceAfter=No. */
export function noSpaceAfter(misc: string): boolean {
  return misc.split('|').includes('SpaceAfter=No');
}

/**
 * The sentence's surface text rebuilt from its tokens (SpaceAfter=No respected) and the
 * character span of every word in it. Words of a multiword token share its span unless their
 * forms spell it out exactly ("do" + "n't" = "don't"), when each gets its own piece.
 */
export function wordSpans(sentence: ConlluSentence): { text: string; starts: Int32Array; ends: Int32Array } {
  const n = sentence.words.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const rangeAt = new Map(sentence.ranges.map((r) => [r.first, r]));
  let text = '';
  for (let i = 0; i < n; ) {
    const range = rangeAt.get(i + 1);
    if (range !== undefined && range.last > i) {
      const last = Math.min(range.last, n);
      const start = text.length;
      text += range.form;
      splitRange(sentence.words.slice(i, last).map((w) => w.form), range.form, start, starts, ends, i);
      if (!noSpaceAfter(range.misc)) text += ' ';
      i = last;
      continue;
    }
    const w = sentence.words[i]!;
    starts[i] = text.length;
    text += w.form;
    ends[i] = text.length;
    if (!noSpaceAfter(w.misc)) text += ' ';
    i++;
  }
  return { text: text.trimEnd(), starts, ends };
}

function splitRange(forms: string[], surface: string, start: number, starts: Int32Array, ends: Int32Array, first: number): void {
  const spelled = forms.join('') === surface;
  let offset = start;
  forms.forEach((form, k) => {
    starts[first + k] = spelled ? offset : start;
    ends[first + k] = spelled ? offset + form.length : start + surface.length;
    offset += form.length;
  });
}

/** Sentences grouped by `# newdoc id` (one group when the file has none). */
export function documents(sentences: readonly ConlluSentence[]): ConlluSentence[][] {
  const out: ConlluSentence[][] = [];
  for (const s of sentences) {
    if (out.length === 0 || s.comments.some((c) => c.startsWith('newdoc'))) out.push([]);
    out[out.length - 1]!.push(s);
  }
  return out;
}
