/**
 * Which mention stands for a word of a tree: the mention headed by the word, else one covering
 * it, else a name in apposition or compound with it ("the striker Tomas Rhee" → Tomas Rhee).
 * A nationality word stands for itself only where no name hangs on it.
 */
import type { RuleMention as Mention } from './Candidate.js';
import type { SentenceTree } from '../SentenceTree.js';
import { headType, thingType } from '../mentions/headType.js';

const KIND_RANK: Readonly<Record<Mention['kind'], number>> = { name: 0, gazetteer: 1, description: 2, reference: 3, pronoun: 4, thing: 5 };

/** Participles that give a noun its name ("a start-up called X"). */
const NAMING_LEMMAS: ReadonlySet<string> = new Set(['call', 'name', 'dub', 'nickname']);

/** Plural nouns of an institution's staff. */
const STAFF_NOUNS: ReadonlySet<string> = new Set(['scientists', 'researchers', 'biologists', 'astronomers', 'engineers', 'physicists', 'chemists', 'doctors', 'experts', 'archaeologists', 'palaeontologists', 'paleontologists', 'geologists', 'economists', 'analysts', 'investigators', 'officials', 'staff', 'employees']);

const DIRECT: ReadonlySet<Mention['kind']> = new Set(['name', 'gazetteer', 'pronoun']);

/** Whether a case word between noun i and its dependant c belongs to c's phrase. */
function casedPhrase(tree: SentenceTree, i: number, c: number): boolean {
  for (let k = i + 1; k < c; k++) if (tree.base(k) === 'case' && tree.dominates(c, k)) return true;
  return false;
}

export class MentionIndex {
  private readonly headed: Int32Array[];
  private readonly covering: Int32Array[];
  private readonly mentions: readonly Mention[];
  private readonly trees: readonly SentenceTree[];
  private readonly bySentence: Mention[][];

  constructor(trees: readonly SentenceTree[], mentions: readonly Mention[]) {
    this.trees = trees;
    this.mentions = mentions;
    this.headed = trees.map((t) => new Int32Array(t.length).fill(-1));
    this.covering = trees.map((t) => new Int32Array(t.length).fill(-1));
    this.bySentence = trees.map(() => []);
    for (const m of mentions) {
      this.bySentence[m.sentence]?.push(m);
      this.place(m);
    }
  }

  private better(current: number, m: Mention): boolean {
    return current < 0 || KIND_RANK[m.kind] < KIND_RANK[this.mentions[current]!.kind];
  }

  private place(m: Mention): void {
    const tree = this.trees[m.sentence];
    if (tree === undefined || m.word < 0) return;
    const headed = this.headed[m.sentence]!;
    if (this.better(headed[m.word]!, m)) headed[m.word] = m.index;
    const cover = this.covering[m.sentence]!;
    tree.words.forEach((w, i) => {
      if (w.token >= m.start && w.token < m.end && this.better(cover[i]!, m)) cover[i] = m.index;
    });
  }

  /** The mention a word stands for, or -1. */
  of(tree: SentenceTree, i: number): number {
    const direct = this.headed[tree.index]![i]!;
    const mention = direct >= 0 ? direct : this.covering[tree.index]![i]!;
    // A demonym heading a name's phrase ("with Chilean President Rosa Ibarra", a parse error) stands for the name.
    if (mention >= 0 && DIRECT.has(this.mentions[mention]!.kind) && !this.mentions[mention]!.modifier) return mention;
    for (const c of tree.childrenWith(i, 'appos', 'flat', 'compound', 'nmod')) {
      // (An nmod without a case word right after its noun is a misparsed apposition: "the company Maison Rouge Films".)
      if (tree.word(c).label === 'nmod' && (tree.caseOf(c) !== null || tree.word(c).upos !== 'PROPN')) continue;
      // (An "apposition" with a preposition inside is a misparsed phrase: "the container, according to spokesman X".)
      if (tree.base(c) === 'appos' && casedPhrase(tree, i, c)) continue;
      const n = this.headed[tree.index]![c]!;
      if (n >= 0 && this.mentions[n]!.kind === 'name' && c > i) return n;
    }
    // "Dan, a mathematician who founded X": a noun in apposition to a name stands for the name.
    if (mention < 0 && tree.word(i).upos === 'NOUN' && tree.base(i) === 'appos' && tree.head(i) >= 0) {
      const n = this.headed[tree.index]![tree.head(i)]!;
      if (n >= 0 && this.mentions[n]!.kind === 'name') return n;
    }
    // "the project, called Baltyk Wind": the name a naming participle gives the noun.
    if (mention < 0 && tree.word(i).upos === 'NOUN') {
      for (const a of tree.childrenWith(i, 'acl')) {
        // (Calling X something names nothing: "analysts called Dunmore Credit the loser".)
        if (!NAMING_LEMMAS.has(tree.word(a).lemma.toLowerCase()) || tree.hasChild(a, 'nsubj') || tree.hasChild(a, 'xcomp')) continue;
        const o = tree.childrenWith(a, 'obj')[0];
        const n = o === undefined ? -1 : this.headed[tree.index]![o]!;
        if (n >= 0 && this.mentions[n]!.kind === 'name') return n;
      }
    }
    // "scientists at the University of Bern", "researchers from X": a group of staff acts for its institution.
    if (mention < 0 && STAFF_NOUNS.has(tree.word(i).lower)) {
      for (const c of tree.childrenWith(i, 'nmod')) {
        const n = ['at', 'from', 'of'].includes(tree.caseOf(c) ?? '') ? this.headed[tree.index]![c]! : -1;
        if (n >= 0 && this.mentions[n]!.kind === 'name' && this.mentions[n]!.type === 'ORGANIZATION') return n;
      }
    }
    // "the Vesta telescope", "the Harlow brewery": a name compounded before a noun of its kind.
    if (mention < 0 && tree.word(i).upos === 'NOUN' && (headType(tree.word(i).lemma) !== null || thingType(tree.word(i).lemma) !== null)) {
      for (const c of tree.childrenWith(i, 'compound')) {
        const n = this.headed[tree.index]![c]!;
        if (n >= 0 && c < i && this.mentions[n]!.kind === 'name') return n;
      }
    }
    return mention;
  }

  /** The name of the given type a word stands for, or -1. */
  named(tree: SentenceTree, i: number, type: Mention['type']): number {
    const k = this.of(tree, i);
    return k >= 0 && this.mentions[k]!.kind === 'name' && this.mentions[k]!.type === type ? k : -1;
  }

  /** The mentions of sentence s, in text order. */
  inSentence(s: number): readonly Mention[] {
    return this.bySentence[s] ?? [];
  }

  mention(k: number): Mention {
    return this.mentions[k]!;
  }
}
