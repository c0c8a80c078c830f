/**
 * A sentence's words turned once into the integers every feature template uses: hashes of the
 * lower-cased and exact form, affixes, word shape, and wink-nlp's tag. The tagger, parser and
 * entity tagger all read this one object (spaCy's shared-document idea, as typed arrays).
 */
import { hashString } from './hash.js';
import { uposIndex } from './tagsets.js';

export interface WordInput {
  form: string;
  /** wink-nlp's UPOS tag for the word (a feature, not the answer). */
  winkTag: string;
}

export class EncodedSentence {
  readonly length: number;
  readonly forms: readonly string[];
  readonly lower: Int32Array;
  readonly exact: Int32Array;
  readonly suffix2: Int32Array;
  readonly suffix3: Int32Array;
  readonly suffix4: Int32Array;
  readonly prefix1: Int32Array;
  readonly prefix3: Int32Array;
  readonly shape: Int32Array;
  readonly wink: Int32Array;

  constructor(words: readonly WordInput[]) {
    const n = words.length;
    this.length = n;
    this.forms = words.map((w) => w.form);
    this.lower = new Int32Array(n);
    this.exact = new Int32Array(n);
    this.suffix2 = new Int32Array(n);
    this.suffix3 = new Int32Array(n);
    this.suffix4 = new Int32Array(n);
    this.prefix1 = new Int32Array(n);
    this.prefix3 = new Int32Array(n);
    this.shape = new Int32Array(n);
    this.wink = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const codes = formCodes(words[i]!.form);
      this.lower[i] = codes[0]!;
      this.exact[i] = codes[1]!;
      this.suffix2[i] = codes[2]!;
      this.suffix3[i] = codes[3]!;
      this.suffix4[i] = codes[4]!;
      this.prefix1[i] = codes[5]!;
      this.prefix3[i] = codes[6]!;
      this.shape[i] = codes[7]!;
      this.wink[i] = uposIndex(words[i]!.winkTag);
    }
  }
}

/** Word forms seen lately and their hashes (news repeats its words; cleared when full). */
const formCache = new Map<string, Int32Array>();
const FORM_CACHE_SIZE = 100_000;

/** Hashes of a form: lower-cased, exact, suffixes 2–4, first character, prefix 3, shape. */
function formCodes(form: string): Int32Array {
  let codes = formCache.get(form);
  if (codes !== undefined) return codes;
  const lower = normaliseForm(form.toLowerCase());
  codes = Int32Array.of(
    hashString(lower),
    hashString(form),
    hashString(lower.slice(-2)),
    hashString(lower.slice(-3)),
    hashString(lower.slice(-4)),
    hashString(form.slice(0, 1)),
    hashString(lower.slice(0, 3)),
    hashString(wordShape(form)),
  );
  if (formCache.size >= FORM_CACHE_SIZE) formCache.clear();
  formCache.set(form, codes);
  return codes;
}

/** Folds typographic quotes and apostrophes and maps digits to 0 ("1998" → "0000"). */
export function normaliseForm(lower: string): string {
  return lower.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[0-9]/g, '0');
}

/** Word shape, runs of a character class cut at two: "Kim" → "Xxx", "Putin" → "Xxx", "U.S." → "X.X.", "F-16" → "X-dd", "1998" → "dd". */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{Nd}/u.test(ch) ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
    if (out.length >= 12) break;
  }
  return out;
}
