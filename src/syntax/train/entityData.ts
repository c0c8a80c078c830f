/**
 * Entity-tagger training data: GUM's named mentions (the flat IOB2 view derived from its Entity
 * column, aligned word for word with the treebank) and CoNLL04's news sentences, the latter
 * run through the real pipeline (wink tokens → words) so training sees run-time tokenisation.
 */
import { analyzeText } from '../../nlp/nlp.js';
import { SourceError } from '../../errors.js';
import type { ConlluSentence } from '../conllu.js';
import { EncodedSentence } from '../EncodedSentence.js';
import { documentContexts, documentCues, ENTITY_TYPES } from '../EntityTagger.js';
import { tagSentence } from '../PosTagger.js';
import { parseSentence } from '../DependencyParser.js';
import { labelHashes, type SyntaxModels } from '../SyntaxModels.js';
import { toSyntaxWords } from '../words.js';

export interface EntityExample {
  id: string;
  encoded: EncodedSentence;
  tags: Uint8Array;
  heads: Int32Array;
  labels: Int32Array;
  /** The sentence's `documentCues` within its document. */
  cues: Uint8Array;
  /** The sentence's `documentContexts` within its document. */
  context: Int32Array;
  /** Gold spans over words: [start, end) and an ENTITY_TYPES index. */
  spans: { start: number; end: number; type: number }[];
}

const GUM_TYPES: Record<string, string> = { person: 'PERSON', organization: 'ORGANIZATION', place: 'PLACE', event: 'EVENT', abstract: 'ABSTRACT', object: 'OBJECT', time: 'TIME' };
const CONLL04_TYPES: Record<string, string> = { Peop: 'PERSON', Org: 'ORGANIZATION', Loc: 'PLACE', Other: 'OTHER' };

/** Type index of a GUM entity type (substance, animal, plant … are OTHER). */
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

/** CoNLL04 sentences through the run-time tokeniser, taggers and parser, gold spans mapped onto words. */
export function conll04Examples(records: readonly Conll04Record[], models: Pick<SyntaxModels, 'tagger' | 'xtagger' | 'parser'>): EntityExample[] {
  const out: EntityExample[] = [];
  for (const record of records) {
    const analysed = analyzeText(record.text);
    const sentences = analysed.sentences.map((sentence) => ({ sentence, words: toSyntaxWords(analysed.tokens, sentence.first, sentence.last) })).filter((s) => s.words.length > 0);
    const cues = documentCues(sentences.map((s) => s.words.map((w) => w.form)));
    const examples = sentences.map(({ sentence, words }, k) => {
      const encoded = new EncodedSentence(words);
      const spans: EntityExample['spans'] = [];
      for (const e of record.entities) {
        const inside = words.map((w, i) => (w.start >= e.start && w.end <= e.end ? i : -1)).filter((i) => i >= 0);
        const type = ENTITY_TYPES.indexOf((CONLL04_TYPES[e.type] ?? 'OTHER') as (typeof ENTITY_TYPES)[number]);
        if (inside.length > 0) spans.push({ start: inside[0]!, end: inside[inside.length - 1]! + 1, type });
      }
      const tags = tagSentence(models.tagger, encoded);
      const parse = parseSentence(models.parser, encoded, tags, tagSentence(models.xtagger, encoded));
      return { id: `${record.id}/${sentence.index}`, encoded, tags, heads: parse.head, labels: labelHashes(parse.label), cues: cues[k]!, spans: dropOverlaps(spans) };
    });
    const contexts = documentContexts(examples.map((e) => ({ s: e.encoded, heads: e.heads, labels: e.labels })));
    examples.forEach((e, k) => out.push({ ...e, context: contexts[k]! }));
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

/** Function words that may join name words inside one name ("Bank of the West", "de la Cruz", "King's College", "Major-General"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', '&', '-', '\u2013', 'for', 'de', 'la', 'le', 'von', 'van', 'der', 'den', 'du', 'da', 'del', 'bin', 'al', 'on', "'s", '\u2019s']);
/** Coordinators: a name never runs across one into a conjunct of its head ("Lucero and Isabel Ruiz", but "Air and Space Museum"). */
const COORDINATORS = new Set(['and', '&']);
/**
 * Modifiers that UD tags ADJ, VERB or NUM but that are part of a name when capitalised inside a
 * proper-noun-headed mention: "United States", "British Library", "World War II".
 */
const CAPITALISED_NAME_UPOS = new Set(['ADJ', 'VERB', 'NUM']);

interface Mention { start: number; end: number; type: string }

/** Mentions of GUM's Entity column (CorefUD brackets in MISC): `(id-type-…` opens, `id)` closes. */
export function gumMentions(sentence: ConlluSentence): Mention[] {
  const open = new Map<string, { start: number; type: string }[]>();
  const out: Mention[] = [];
  sentence.words.forEach((w, i) => {
    const entity = w.misc.split('|').find((m) => m.startsWith('Entity='));
    if (entity === undefined) return;
    for (const [piece] of entity.slice(7).matchAll(/\([^()]*\)?|[^()]+\)/g)) {
      if (piece.startsWith('(')) {
        const [id = '', type = ''] = piece.slice(1).replace(/\)$/, '').split('-');
        if (piece.endsWith(')')) out.push({ start: i, end: i + 1, type });
        else open.set(id, [...(open.get(id) ?? []), { start: i, type }]);
        continue;
      }
      const begun = open.get(piece.slice(0, -1))?.pop();
      if (begun !== undefined) out.push({ start: begun.start, end: i + 1, type: begun.type });
    }
  });
  return out;
}

/**
 * Name spans from GUM's mentions: a mention whose syntactic head is a proper noun gives the run
 * of name words around that head — proper nouns and capitalised adjectives, participles and
 * numerals ("United States", "World War II"), joined by connectors such as "of", "de la", "'s"
 * — without determiners, lower-case titles, appositions or relative clauses: the extent news
 * NER (CoNLL04) uses. The run stops where another mention nested in this one begins with a
 * common word ("Ana Cruz | of the University of Porto", but "University of Porto" whole) and
 * before a coordinator that joins a conjunct to the head. Overlapping spans keep the longer one.
 */
export function gumNameSpans(sentence: ConlluSentence): Mention[] {
  const words = sentence.words;
  const isName = (k: number): boolean => {
    const w = words[k];
    return w !== undefined && (w.upos === 'PROPN' || (CAPITALISED_NAME_UPOS.has(w.upos) && /^\p{Lu}/u.test(w.form)));
  };
  const isConnector = (k: number): boolean => NAME_CONNECTORS.has(words[k]?.form.toLowerCase() ?? '');
  const spans: Mention[] = [];
  const mentions = gumMentions(sentence);
  for (const m of mentions) {
    const head = nameHead(words, m.start, m.end);
    if (head < 0) continue;
    const nested = mentions.filter((o) => o !== m && o.start > head && o.end <= m.end);
    const end = Math.min(m.end, ...nested.filter((o) => !isName(o.start)).map((o) => o.start));
    const conjunctAfter = (k: number): boolean => words.some((w, j) => j > k && j < m.end && w.head - 1 === head && w.deprel.startsWith('conj'));
    const joins = (k: number): boolean => isConnector(k) && !(COORDINATORS.has(words[k]!.form.toLowerCase()) && conjunctAfter(k));
    let left = head;
    while (left - 1 >= m.start && (isName(left - 1) || (isConnector(left - 1) && left - 2 >= m.start && isName(left - 2)))) left--;
    let right = head + 1;
    while (right < end && (isName(right) || (joins(right) && right + 1 < end && (isName(right + 1) || (isConnector(right + 1) && right + 2 < end && isName(right + 2)))))) right++;
    spans.push({ start: left, end: right, type: m.type });
  }
  return dropOverlaps(spans.sort((a, b) => b.end - b.start - (a.end - a.start)));
}

/**
 * The proper noun a mention is about: its syntactic head when that is a proper noun, else the
 * first proper noun attached to a common-noun head by `flat` ("interviewee David Titley",
 * "researcher Mu Li"); -1 for other mentions.
 */
function nameHead(words: ConlluSentence['words'], start: number, end: number): number {
  const head = headOf(words, start, end);
  if (head < 0 || words[head]!.upos === 'PROPN') return head;
  if (words[head]!.upos !== 'NOUN') return -1;
  for (let k = head + 1; k < end; k++) if (words[k]!.upos === 'PROPN' && words[k]!.head - 1 === head && words[k]!.deprel === 'flat') return k;
  return -1;
}

/** The word of [start, end) whose head lies outside the span (the first such), or -1. */
function headOf(words: ConlluSentence['words'], start: number, end: number): number {
  for (let k = start; k < end; k++) {
    const h = words[k]!.head - 1;
    if (h < start || h >= end) return k;
  }
  return -1;
}
