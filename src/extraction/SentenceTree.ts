/**
 * A read-only view of one parsed sentence for the extraction rules: words with their tags,
 * lemmas and character offsets, the dependency tree (heads, labels, children) and the entity
 * tagger's spans. Rules ask it for children, case words, subtrees and paths; they never walk
 * the raw arrays themselves.
 */
import type { EntityTagType } from '../syntax/EntityTagger.js';

export interface TreeWord {
  form: string;
  lower: string;
  /** wink-nlp's lemma (the predicate lexicon is written in these lemmas). */
  lemma: string;
  upos: string;
  xpos: string;
  /** Character offsets into the article text. */
  start: number;
  end: number;
  /** Index of the wink-nlp token the word came from. */
  token: number;
  /** Head word index, -1 for the root. */
  head: number;
  /** Universal Dependencies relation to the head ("nsubj", "obl:tmod", "root" …). */
  label: string;
}

export interface TreeEntity {
  /** Word range [start, end). */
  start: number;
  end: number;
  type: EntityTagType;
  score: number;
}

export class SentenceTree {
  readonly index: number;
  readonly words: readonly TreeWord[];
  readonly entities: readonly TreeEntity[];
  readonly length: number;
  private readonly kids: number[][];

  constructor(index: number, words: readonly TreeWord[], entities: readonly TreeEntity[]) {
    this.index = index;
    this.words = words;
    this.entities = entities;
    this.length = words.length;
    this.kids = words.map(() => []);
    words.forEach((w, i) => {
      if (w.head >= 0 && w.head < words.length && w.head !== i) this.kids[w.head]!.push(i);
    });
  }

  word(i: number): TreeWord {
    const w = this.words[i];
    if (w === undefined) throw new RangeError(`SentenceTree: expected a word index below ${this.length}, found ${i}`);
    return w;
  }

  head(i: number): number {
    return this.word(i).head;
  }

  /** The relation without its subtype: "obl:tmod" → "obl". */
  base(i: number): string {
    const l = this.word(i).label;
    const colon = l.indexOf(':');
    return colon < 0 ? l : l.slice(0, colon);
  }

  children(i: number): readonly number[] {
    return this.kids[i] ?? [];
  }

  /** Children whose label is one of `labels` (exact, or the base when a label has no subtype). */
  childrenWith(i: number, ...labels: string[]): number[] {
    return this.children(i).filter((c) => labels.includes(this.word(c).label) || labels.includes(this.base(c)));
  }

  firstChild(i: number, ...labels: string[]): number {
    return this.childrenWith(i, ...labels)[0] ?? -1;
  }

  hasChild(i: number, ...labels: string[]): boolean {
    return this.firstChild(i, ...labels) >= 0;
  }

  /** Lower-cased case word(s) of a nominal ("in", "on behalf of" → "on"), or null. */
  caseOf(i: number): string | null {
    const c = this.childrenWith(i, 'case').filter((k) => k < i);
    if (c.length === 0) return null;
    return this.word(c[c.length - 1]!).lower;
  }

  /** A possessor ("Nigeria's"): a nmod:poss, or a word with a possessive case child the parser attached elsewhere. */
  isPossessor(i: number): boolean {
    return this.word(i).label === 'nmod:poss' || this.childrenWith(i, 'case').some((c) => this.word(c).xpos === 'POS' || this.word(c).lower === "'s");
  }

  /** The nominal a possessor belongs to: its head for nmod:poss, else the head of the words right after the "'s". */
  possessed(i: number): number {
    if (this.word(i).label === 'nmod:poss') return this.head(i);
    const mark = this.childrenWith(i, 'case').find((c) => c > i);
    if (mark === undefined || mark + 1 >= this.length) return -1;
    let k = mark + 1;
    while (this.head(k) > k && this.head(k) >= 0) k = this.head(k);
    return k;
  }

  /** First and last word (inclusive) of the subtree of i. */
  span(i: number): [number, number] {
    let lo = i;
    let hi = i;
    const stack = [i];
    while (stack.length > 0) {
      const k = stack.pop()!;
      if (k < lo) lo = k;
      if (k > hi) hi = k;
      for (const c of this.children(k)) stack.push(c);
    }
    return [lo, hi];
  }

  /** Whether `a` lies on the head path of `b` (or is b). */
  dominates(a: number, b: number): boolean {
    for (let k = b, steps = 0; k >= 0 && steps <= this.length; k = this.head(k), steps++) if (k === a) return true;
    return false;
  }

  /** Text of words lo..hi (inclusive), with the article's own spacing. */
  text(lo: number, hi: number, source: string): string {
    return source.slice(this.word(lo).start, this.word(hi).end);
  }

  /** First and last word made from wink tokens [start, end), or null when none is. */
  wordsOfTokens(start: number, end: number): [number, number] | null {
    let first = -1;
    let last = -1;
    this.words.forEach((w, i) => {
      if (w.token >= start && w.token < end) {
        if (first < 0) first = i;
        last = i;
      }
    });
    return first < 0 ? null : [first, last];
  }

  /** Whether the clause headed at i is a to-infinitive ("to reach X", "to contribute"). */
  isInfinitive(i: number): boolean {
    return this.childrenWith(i, 'mark').some((m) => this.word(m).lower === 'to');
  }

  /** Head lemma of the verb's predicative complement ("made an OBE", "found guilty") or, without one, of its direct object. */
  objectLemma(v: number): string | undefined {
    const x = this.firstChild(v, 'xcomp');
    const k = x >= 0 && this.word(x).upos !== 'VERB' ? x : this.firstChild(v, 'obj');
    return k >= 0 ? this.word(k).lemma.toLowerCase() : undefined;
  }

  isVerbal(i: number): boolean {
    const u = this.word(i).upos;
    return u === 'VERB' || (u === 'AUX' && this.base(i) !== 'aux' && this.base(i) !== 'cop');
  }

  /** Passive voice: a nsubj:pass / aux:pass / csubj:pass child, or a participle acl with a by-agent. */
  isPassive(i: number): boolean {
    return this.children(i).some((c) => {
      const l = this.word(c).label;
      return l === 'nsubj:pass' || l === 'aux:pass' || l === 'csubj:pass' || l === 'obl:agent';
    }) || (this.base(i) === 'acl' && this.word(i).xpos === 'VBN');
  }
}
