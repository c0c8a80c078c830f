/**
 * Parser errors repaired by rule, where the shape is unambiguous.
 *
 * Naming clauses: in "The project, called Baltyk Wind, will be built …" the
 * parser takes "called" for the main verb ("the project called Baltyk Wind") and hangs the real
 * main verb on it. The shape is unambiguous in news: a noun subject, a comma, a naming participle
 * (called, named, dubbed, nicknamed), its object, a comma, then a clause of its own. The repair
 * makes the participle a clause on the noun (acl) and the later verb the root with the noun as its
 * subject (nsubj:pass when that verb is passive).
 */
import type { TreeWord } from './SentenceTree.js';

const NAMING: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'nicknamed']);

/** The index of the clause the parser hung on the naming verb after its second comma, or -1. */
function hostedClause(words: readonly TreeWord[], v: number): number {
  const obj = words.findIndex((w) => w.head === v && w.label === 'obj');
  if (obj < 0) return -1;
  let end = obj;
  while (end + 1 < words.length && words[end + 1]!.form !== ',') end++;
  if (end + 1 >= words.length) return -1;
  return words.findIndex((w, i) => i > end + 1 && w.head === v && (w.label === 'advcl' || w.label === 'conj' || w.label === 'parataxis') && (w.upos === 'VERB' || w.upos === 'AUX'));
}

/** Repairs the words of one sentence in place; true when it changed the tree. */
export function repairNamingClause(words: TreeWord[]): boolean {
  const v = words.findIndex((w) => w.label === 'root' && NAMING.has(w.lower) && w.upos === 'VERB');
  if (v < 2 || words[v - 1]!.form !== ',') return false;
  const subject = words.findIndex((w) => w.head === v && w.label === 'nsubj' && (w.upos === 'NOUN' || w.upos === 'PROPN'));
  if (subject < 0 || subject > v) return false;
  const main = hostedClause(words, v);
  if (main < 0) return false;
  const passive = words.some((w) => w.head === main && w.label === 'aux:pass');
  hangOnNoun(words, v, subject, main, passive ? 'nsubj:pass' : 'nsubj');
  return true;
}

/**
 * Makes verb v a clause on its subject noun (acl) and `main` the root with that noun as its
 * subject; v's dependants after `main` (the closing punctuation, later clauses) move to `main`.
 */
function hangOnNoun(words: TreeWord[], v: number, subject: number, main: number, subjectLabel: string): void {
  words[main] = { ...words[main]!, head: -1, label: 'root' };
  words[v] = { ...words[v]!, head: subject, label: 'acl' };
  words[subject] = { ...words[subject]!, head: main, label: subjectLabel };
  words.forEach((w, i) => {
    if (w.head === v && i > main) words[i] = { ...w, head: main };
  });
}

/** Whether word w is an oblique or has a case word of its own ("in Ohio"). */
function inPrepositionalPhrase(words: readonly TreeWord[], w: number): boolean {
  return words[w]!.label.startsWith('obl') || words[w]!.label.startsWith('nmod') || words.some((x) => x.head === w && x.label === 'case');
}

/**
 * A finite main verb without a subject, where the parser hung the name before it on a comma or
 * a list ("In 1921, Walter Brennan, the 12th Governor, was born in Port Ellis"): the first
 * proper noun before the verb that is in no prepositional phrase becomes its subject.
 */
export function repairMissingSubject(words: TreeWord[]): boolean {
  const v = words.findIndex((w) => w.label === 'root' && w.upos === 'VERB');
  if (v < 1 || words.some((w) => w.head === v && w.label.startsWith('nsubj'))) return false;
  if (!words.some((w) => w.head === v && (w.label === 'aux' || w.label === 'aux:pass'))) return false;
  const s = words.findIndex((w, i) => i < v && w.upos === 'PROPN' && ['list', 'dep', 'parataxis', 'vocative', 'orphan'].includes(w.label) && !inPrepositionalPhrase(words, i));
  if (s < 0) return false;
  const passive = words.some((w) => w.head === v && w.label === 'aux:pass');
  words[s] = { ...words[s]!, head: v, label: passive ? 'nsubj:pass' : 'nsubj' };
  return true;
}

/**
 * GUM's "nmod:desc" (a descriptor noun before a name: "businessman Tom Ashby", "Dr Chen") is
 * EWT's compound; the rules read compounds.
 */
export function relabelDescriptors(words: TreeWord[]): void {
  words.forEach((w, i) => {
    if (w.label === 'nmod:desc') words[i] = { ...w, label: 'compound' };
  });
}

const FINITE_TAGS: ReadonlySet<string> = new Set(['VBZ', 'VBD', 'VBP', 'MD']);

/**
 * A participle clause on a name read as the main clause: "Lumora, founded in 2018 by X and Y,
 * helps companies …" (the parser makes "founded" the root and "helps" its conjunct). A past
 * participle root without auxiliaries, right after its subject and a comma, with a finite verb
 * after a later comma hanging on it, becomes a clause on the name (acl); that verb becomes the root.
 */
export function repairParticipleRoot(words: TreeWord[]): boolean {
  const v = words.findIndex((w) => w.label === 'root' && w.upos === 'VERB' && w.xpos === 'VBN');
  if (v < 2 || words[v - 1]!.form !== ',' || words.some((w) => w.head === v && w.label.startsWith('aux'))) return false;
  const subject = words.findIndex((w, i) => i < v && w.head === v && w.label === 'nsubj' && (w.upos === 'PROPN' || w.upos === 'NOUN'));
  if (subject < 0) return false;
  const main = words.findIndex((w, i) => i > v + 1 && w.head === v && ['conj', 'advcl', 'parataxis'].includes(w.label) && FINITE_TAGS.has(w.xpos) && words[i - 1]!.form === ',');
  if (main < 0) return false;
  hangOnNoun(words, v, subject, main, 'nsubj');
  return true;
}

/**
 * "Three Labour councillors, including X, voted …": the parser reads "including" as a verb on the
 * main clause (and may leave the noun before it an oblique without a preposition). "including"
 * after a comma and a noun becomes the case word of its object, which becomes a member phrase
 * of that noun (nmod); a bare oblique noun before a main verb without a subject becomes its subject.
 */
export function repairIncluding(words: TreeWord[]): boolean {
  let changed = false;
  words.forEach((w, i) => {
    if (w.lower !== 'including' || w.upos !== 'VERB' || i < 2 || words[i - 1]!.form !== ',') return;
    const noun = i - 2;
    const obj = words.findIndex((x) => x.head === i && x.label === 'obj');
    if (!['NOUN', 'PROPN'].includes(words[noun]!.upos) || obj < 0) return;
    const host = w.head;
    words.forEach((x, k) => {
      if (x.head === i && k !== obj) words[k] = { ...x, head: noun };
    });
    words[i] = { ...w, head: obj, label: 'case', upos: 'ADP', xpos: 'IN' };
    words[obj] = { ...words[obj]!, head: noun, label: 'nmod' };
    const bare = words[noun]!.label === 'obl' && !words.some((x) => x.head === noun && x.label === 'case');
    if (bare && host === words[noun]!.head && host > noun && !words.some((x) => x.head === host && x.label.startsWith('nsubj'))) words[noun] = { ...words[noun]!, label: 'nsubj' };
    changed = true;
  });
  return changed;
}

/** The repairs, in order, on the words of one sentence (in place). */
export function repairTree(words: TreeWord[]): void {
  relabelDescriptors(words);
  repairNamingClause(words);
  repairParticipleRoot(words);
  repairMissingSubject(words);
  repairIncluding(words);
}
