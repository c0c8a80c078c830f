/**
 * The only module that touches wink-nlp. The model is loaded lazily, once per process, and
 * every caller gets plain token/sentence records with exact character offsets.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ExtractionError, describeValue } from '../errors.js';

export interface Token {
  /** Index in the document's token array. */
  index: number;
  text: string;
  /** Lower-cased text with typographic apostrophes folded. */
  lower: string;
  /** Character offsets into the analysed text: text.slice(start, end) === token.text. */
  start: number;
  end: number;
  /** Universal POS tag from the model (PROPN, NOUN, VERB, AUX, ADP, …). */
  pos: string;
  lemma: string;
  /** The model's negation flag (set on tokens in the scope of a negation). */
  negated: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** True when the token is preceded by white space (or is the first token). */
  spaceBefore: boolean;
}

export interface Sentence {
  index: number;
  /** First and last (inclusive) token index. */
  first: number;
  last: number;
  /** Character offsets of the sentence: from its first token's start to its last token's end. */
  start: number;
  end: number;
}

export interface AnalyzedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

/** The wink-nlp instance, created on first use and reused for the life of the process. */
export function getNlp(): Nlp {
  if (instance === null) {
    instance = winkNLP(model);
    // Lexemes the model ships have ids below every out-of-vocabulary word's; the first OOV the
    // fresh instance sees gets the lowest OOV id, so it marks the end of the lexicon.
    lexiconSize = (instance.readDoc('qzxjvkwqzx').tokens().out(instance.its.uniqueId) as number[])[0] ?? 0;
  }
  return instance;
}

const lemmaCache = new Map<string, string>();

/** The model's lemma of one word ("met" → "meet", "bought" → "buy"), lower case; cached. */
export function lemmaOf(word: string): string {
  const key = word.toLowerCase();
  const cached = lemmaCache.get(key);
  if (cached !== undefined) return cached;
  const nlp = getNlp();
  const lemmas = nlp.readDoc(key).tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[];
  const lemma = lemmas.length === 1 ? lemmas[0]!.toLowerCase() : key;
  if (lemmaCache.size < LEXICON_CACHE_MAX) lemmaCache.set(key, lemma);
  return lemma;
}

let lexiconSize = 0;
const lexiconCache = new Map<string, boolean>();
const LEXICON_CACHE_MAX = 20_000;

/**
 * Whether the model's lexicon holds `word` exactly as written: common words ("heavy",
 * "climate", "turnout") are in it, most names ("rahman", "nordvik") are not. Cached.
 */
export function isLexiconWord(word: string): boolean {
  const cached = lexiconCache.get(word);
  if (cached !== undefined) return cached;
  const nlp = getNlp();
  const ids = nlp.readDoc(word).tokens().out(nlp.its.uniqueId) as number[];
  const known = ids.length === 1 && ids[0]! < lexiconSize;
  if (lexiconCache.size < LEXICON_CACHE_MAX) lexiconCache.set(word, known);
  return known;
}

/** Tokenises, tags and sentence-splits `text`; offsets are exact character offsets into `text`. */
export function analyzeText(text: string): AnalyzedText {
  if (typeof text !== 'string') {
    throw new ExtractionError(`analyzeText expects a string, found ${describeValue(text)}`);
  }
  const nlp = getNlp();
  const its = nlp.its;
  // Absurdly long non-space runs make wink's tokeniser super-linear: analyse a same-length copy
  // where each such run is one placeholder character plus padding, then restore the real text.
  const masked = maskLongRuns(text);
  const analysed = masked === null ? text : masked.text;
  const doc = nlp.readDoc(analysed);
  // One column array per property (one pass each), not per-token `its.*` lookups.
  const all = doc.tokens();
  const values = all.out() as string[];
  const pos = all.out(its.pos) as string[];
  const lemma = all.out(its.lemma as unknown as typeof its.value) as string[];
  const neg = all.out(its.negationFlag) as unknown as boolean[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;

  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    let value = values[i]!;
    // The model may normalise a token; fall back to searching the original text nearby.
    let start = offset;
    if (!analysed.startsWith(value, start)) {
      const found = analysed.indexOf(value, offset);
      if (found >= 0 && found - offset < 4) start = found;
    }
    let end = start + value.length;
    offset = end;
    let tag = pos[i] ?? 'X';
    const runEnd = masked?.runs.get(start);
    if (runEnd !== undefined && value === LONG_RUN_PLACEHOLDER) {
      // The placeholder stands for the whole run: a symbol-like token with the real text.
      end = runEnd;
      value = text.slice(start, end);
      tag = 'SYM';
    }
    tokens.push({
      index: i,
      text: value,
      lower: foldApostrophes(value.toLowerCase()),
      start,
      end,
      pos: tag,
      lemma: tag === 'SYM' && runEnd !== undefined ? value.toLowerCase() : (lemma[i] ?? value).toLowerCase(),
      negated: Boolean(neg[i]),
      sentence: 0,
      spaceBefore: i === 0 || spaces[i]!.length > 0,
    });
  }
  retagAcronyms(tokens);
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    if (first > last || tokens[first] === undefined || tokens[last] === undefined) continue;
    // Split sentences further at line breaks: headlines and captions have no final stop.
    let segStart = first;
    for (let i = first; i <= last; i++) {
      const nextIsNewLine = i < last && (hasNewLine(text, tokens[i]!.end, tokens[i + 1]!.start) || (tokens[i + 1]!.pos === 'SPACE' && tokens[i + 1]!.text.includes('\n')));
      if (i === last || nextIsNewLine) {
        pushSentence(sentences, tokens, segStart, i);
        segStart = i + 1;
      }
    }
  }
  return { text, tokens, sentences };
}

const ACRONYM = /^\p{Lu}{2,8}s?$/u;
const RETAGGED = new Set(['VERB', 'ADJ', 'ADV', 'NOUN']);

/**
 * An all-caps acronym the model tags as a verb/adjective/adverb/noun ("the AIMS researcher") is a
 * proper noun — unless a neighbouring word is all caps too (a shouted headline).
 */
function retagAcronyms(tokens: Token[]): void {
  const caps = (t: Token | undefined): boolean => t !== undefined && /\p{Lu}{2}/u.test(t.text) && t.text === t.text.toUpperCase();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!RETAGGED.has(t.pos) || !ACRONYM.test(t.text) || caps(tokens[i - 1]) || caps(tokens[i + 1])) continue;
    t.pos = 'PROPN';
  }
}

/** Non-space runs longer than this are not analysed by the model (see maskLongRuns). */
export const MAX_TOKEN_CHARS = 100;
const LONG_RUN_PLACEHOLDER = '~';

/**
 * Replaces each run of more than MAX_TOKEN_CHARS non-space characters by the placeholder and
 * spaces (same length, so every offset outside the runs is unchanged); null when there is none.
 * `runs` maps a run's start offset to its end offset. One linear pass.
 */
function maskLongRuns(text: string): { text: string; runs: Map<number, number> } | null {
  let runs: Map<number, number> | null = null;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // Only ASCII white space delimits runs (a run holding other spaces is masked whole: harmless).
    if (!(c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11)) continue;
    if (i - runStart > MAX_TOKEN_CHARS) (runs ??= new Map()).set(runStart, i);
    runStart = i + 1;
  }
  if (runs === null) return null;
  let out = '';
  let prev = 0;
  for (const [start, end] of runs) {
    out += text.slice(prev, start) + LONG_RUN_PLACEHOLDER + ' '.repeat(end - start - 1);
    prev = end;
  }
  out += text.slice(prev);
  return { text: out, runs };
}

const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/** Folds typographic apostrophes to "'" (most tokens have none: no new string then). */
function foldApostrophes(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return lower.replace(TYPOGRAPHIC_APOSTROPHES, "'");
  }
  return lower;
}

/** True when text[from, to) holds a line break (same as /\n/.test(text.slice(from, to)), without the slice). */
function hasNewLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function pushSentence(sentences: Sentence[], tokens: Token[], first: number, last: number): void {
  // Trim white-space tokens at the edges.
  while (first <= last && tokens[first]!.pos === 'SPACE') first++;
  while (last >= first && tokens[last]!.pos === 'SPACE') last--;
  if (first > last) return;
  const index = sentences.length;
  for (let i = first; i <= last; i++) tokens[i]!.sentence = index;
  sentences.push({ index, first, last, start: tokens[first]!.start, end: tokens[last]!.end });
}
