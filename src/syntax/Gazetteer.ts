/**
 * Name lists as token features: for each list (countries, cities, first names, demonyms …) every
 * word gets a code saying whether it starts, continues, ends or alone forms a listed phrase
 * (longest match wins). The lists ship inside the entity model, so run time needs no packages.
 */
import { hashString } from './hash.js';

export type GazetteerLists = Record<string, readonly string[]>;

const NONE = 0, UNIT = 1, BEGIN = 2, INSIDE = 3, END = 4;

/** Splits a listed phrase into lower-cased words the way the tokeniser splits text. */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().replace(/([-/])/g, ' $1 ').split(/\s+/).filter(Boolean);
}

export class Gazetteer {
  readonly names: readonly string[];
  /** Per list: first word → phrases (as word arrays), longest first. */
  private readonly index: Map<string, string[][]>[];

  constructor(lists: GazetteerLists) {
    this.names = Object.keys(lists).sort();
    this.index = this.names.map((name) => {
      const byFirst = new Map<string, string[][]>();
      for (const phrase of lists[name]!) {
        const words = phraseWords(phrase);
        if (words.length === 0) continue;
        const bucket = byFirst.get(words[0]!) ?? [];
        bucket.push(words);
        byFirst.set(words[0]!, bucket);
      }
      for (const bucket of byFirst.values()) bucket.sort((a, b) => b.length - a.length);
      return byFirst;
    });
  }

  /** One code per word and list: codes[i * lists + k] (0 none, 1 unit, 2 begin, 3 inside, 4 end). */
  annotate(forms: readonly string[]): Uint8Array {
    const lower = forms.map((f) => f.toLowerCase());
    const lists = this.names.length;
    const codes = new Uint8Array(forms.length * lists);
    for (let k = 0; k < lists; k++) {
      const byFirst = this.index[k]!;
      for (let i = 0; i < lower.length; ) {
        const length = longestMatch(byFirst.get(lower[i]!), lower, i);
        if (length === 0) {
          i++;
          continue;
        }
        for (let j = 0; j < length; j++) codes[(i + j) * lists + k] = length === 1 ? UNIT : j === 0 ? BEGIN : j === length - 1 ? END : INSIDE;
        i += length;
      }
    }
    return codes;
  }

  /** A hash of all list codes of word i (one feature value). */
  signature(codes: Uint8Array, i: number): number {
    const lists = this.names.length;
    let h = 0;
    for (let k = 0; k < lists; k++) h = h * 5 + codes[i * lists + k]!;
    return h;
  }

  /** Whether list `name` holds exactly this phrase (compared as lower-cased words). */
  has(name: string, phrase: string): boolean {
    const k = this.names.indexOf(name);
    const words = phraseWords(phrase);
    if (k < 0 || words.length === 0) return false;
    return (this.index[k]!.get(words[0]!) ?? []).some((p) => p.length === words.length && p.every((w, i) => w === words[i]));
  }

  listIndex(name: string): number {
    return this.names.indexOf(name);
  }
}

function longestMatch(candidates: string[][] | undefined, lower: readonly string[], at: number): number {
  if (candidates === undefined) return 0;
  for (const words of candidates) {
    if (at + words.length > lower.length) continue;
    let ok = true;
    for (let j = 1; j < words.length && ok; j++) ok = lower[at + j] === words[j];
    if (ok) return words.length;
  }
  return 0;
}

export { NONE as GAZ_NONE, hashString as gazetteerHash };
