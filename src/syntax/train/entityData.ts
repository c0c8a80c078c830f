/**
 * Entity-tagger training data: GUM's named mentions (the flat IOB2 view derived from its Entity
 * column, aligned word for word with the treebank) and CoNLL04's news sentences, the latter
 * run through the real pipeline (wink tokens → words) so training sees run-time tokenisation.
 */
import { analyzeText } from '../../nlp/nlp.js';
import { SourceError } from '../../errors.js';
import { EncodedSentence } from '../EncodedSentence.js';
import { ENTITY_TYPES } from '../EntityTagger.js';
import { tagSentence } from '../PosTagger.js';
import type { Perceptron } from '../Perceptron.js';
import { toSyntaxWords } from '../words.js';

export interface EntityExample {
  id: string;
  encoded: EncodedSentence;
  tags: Uint8Array;
  /** Gold spans over words: [start, end) and an ENTITY_TYPES index. */
  spans: { start: number; end: number; type: number }[];
}

const GUM_TYPES: Record<string, string> = { person: 'PERSON', organization: 'ORGANIZATION', place: 'PLACE', event: 'EVENT' };
const CONLL04_TYPES: Record<string, string> = { Peop: 'PERSON', Org: 'ORGANIZATION', Loc: 'PLACE', Other: 'OTHER' };

/** Type index of a GUM entity type (anything not person/organization/place/event is OTHER). */
export function gumTypeIndex(gumType: string): number {
  return ENTITY_TYPES.indexOf((GUM_TYPES[gumType] ?? 'OTHER') as (typeof ENTITY_TYPES)[number]);
}

export interface IobSentence {
  sentId: string;
  forms: string[];
  spans: { start: number; end: number; type: string }[];
}

/** Reads an IOB2 file (ID FORM TAG … per line, blank line between sentences). */
export function parseIob2(content: string, source: string): IobSentence[] {
  const out: IobSentence[] = [];
  let current: IobSentence | null = null;
  let open: { start: number; type: string } | null = null;
  const close = (end: number): void => {
    if (open !== null && current !== null) current.spans.push({ start: open.start, end, type: open.type });
    open = null;
  };
  content.split(/\r?\n/).forEach((line, n) => {
    if (line.trim() === '') {
      if (current !== null) { close(current.forms.length); out.push(current); }
      current = null;
      return;
    }
    current ??= { sentId: '', forms: [], spans: [] };
    if (line.startsWith('#')) {
      const m = /^#\s*sent_id\s*=\s*(.*)$/.exec(line);
      if (m) current.sentId = m[1]!.trim();
      return;
    }
    const cols = line.split('\t');
    if (cols.length < 3) throw new SourceError('BAD_INPUT', `${source}:${n + 1}: expected ID, FORM and TAG columns, found ${cols.length} column(s)`, { source, line: n + 1 });
    const i = current.forms.length;
    current.forms.push(cols[1]!);
    const tag = cols[2]!;
    if (tag === 'O' || tag.startsWith('B-') || (open !== null && tag.slice(2) !== (open as { type: string }).type)) close(i);
    if (tag.startsWith('B-') || (tag.startsWith('I-') && open === null)) open = { start: i, type: tag.slice(2) };
  });
  if (current !== null) { close((current as IobSentence).forms.length); out.push(current); }
  return out;
}

export interface Conll04Record {
  id: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
}

/** CoNLL04 sentences through the run-time tokeniser and tagger, gold spans mapped onto words. */
export function conll04Examples(records: readonly Conll04Record[], tagger: Perceptron): EntityExample[] {
  const out: EntityExample[] = [];
  for (const record of records) {
    const analysed = analyzeText(record.text);
    for (const sentence of analysed.sentences) {
      const words = toSyntaxWords(analysed.tokens, sentence.first, sentence.last);
      if (words.length === 0) continue;
      const encoded = new EncodedSentence(words);
      const spans: EntityExample['spans'] = [];
      for (const e of record.entities) {
        const inside = words.map((w, i) => (w.start >= e.start && w.end <= e.end ? i : -1)).filter((i) => i >= 0);
        const type = ENTITY_TYPES.indexOf((CONLL04_TYPES[e.type] ?? 'OTHER') as (typeof ENTITY_TYPES)[number]);
        if (inside.length > 0) spans.push({ start: inside[0]!, end: inside[inside.length - 1]! + 1, type });
      }
      out.push({ id: `${record.id}/${sentence.index}`, encoded, tags: tagSentence(tagger, encoded), spans: dropOverlaps(spans) });
    }
  }
  return out;
}

/** Keeps the first of overlapping spans (BILOU cannot nest). */
export function dropOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let end = -1;
  for (const s of sorted) {
    if (s.start < end) continue;
    out.push(s);
    end = s.end;
  }
  return out;
}
