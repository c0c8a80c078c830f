/**
 * What the words around a one-word name say about its kind: whether the text classifies it as a
 * thing (an article or class noun before it, an organisation noun in apposition) and whether it
 * reads as a person's surname (an apposed role or nationality noun, an age, kin, speech).
 */
import type { SentenceTree } from '../SentenceTree.js';
import { getGazetteer } from '../gazetteer.js';
import { KINSHIP_WORDS, ORG_CUE_NOUNS, TITLE_WORDS } from '../lexicon.js';
import { headType } from './headType.js';
import type { TypedMention } from './taggerTypes.js';

/** An organisation noun ("start-up", "Alliance") heading the phrase a name sits in or apposes. */
function organisationNoun(tree: SentenceTree, w: number): boolean {
  const lower = tree.word(w).lower;
  return ORG_CUE_NOUNS.has(lower) || headType(lower)?.type === 'ORGANIZATION';
}

/**
 * Whether the name at w comes as a thing of a class rather than a person: a determiner or a
 * classifying common noun before it ("the Wereldmuseum", "the streaming service Vantage",
 * "probe Selene-2") or an organisation noun it apposes ("Lumenark, a Paris-based start-up").
 * Persons take no article.
 */
function classified(tree: SentenceTree, w: number): boolean {
  const word = tree.word(w);
  const before = w > 0 ? tree.word(w - 1) : null;
  if (before !== null && (before.upos === 'DET' || (before.upos === 'NOUN' && !TITLE_WORDS.has(before.lower)))) return true;
  const head = tree.head(w);
  if (head >= 0 && ['appos', 'flat', 'compound'].includes(word.label) && organisationNoun(tree, head)) return true;
  return tree.childrenWith(w, 'appos').some((a) => organisationNoun(tree, a));
}

const PERSON_NOUN = /(?:ist|er|or|ian|an|ant|ent)$/;
/** Speech verbs whose subject is nearly always a person (organisations "announce" and "report" as often). */
const HUMAN_SPEECH: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'argue', 'insist', 'believe', 'think', 'recall']);

/** A noun that describes a person: a title or role ("King", "lawyer", "Republican"), not an organisation noun. */
export function personNoun(tree: SentenceTree, w: number): boolean {
  const word = tree.word(w);
  if (word.upos !== 'NOUN' && word.upos !== 'PROPN') return false;
  if (TITLE_WORDS.has(word.lower)) return true;
  return PERSON_NOUN.test(word.lower) && !organisationNoun(tree, w);
}

/** "Novak, a Serb", "Pell, a Democrat from Leeds": read off the words (parsers often miss the apposition). */
function apposedAfterComma(tree: SentenceTree, w: number): boolean {
  if (w + 2 >= tree.length || tree.word(w + 1).form !== ',' || !['a', 'an'].includes(tree.word(w + 2).lower)) return false;
  for (let j = w + 3; j < Math.min(tree.length, w + 7); j++) {
    const word = tree.word(j);
    if (word.upos === 'ADJ' || word.upos === 'NUM' || word.upos === 'ADV') continue;
    return personNoun(tree, j) || getGazetteer().lookup(word.form)?.kind === 'demonym';
  }
  return false;
}

/** What marks the name at w as a person: an apposed person noun or age ("Pell, a Democrat", "Moreno, 50,"), kin, or speech. */
function personContext(tree: SentenceTree, w: number, speech = true): boolean {
  const word = tree.word(w);
  const head = tree.head(w);
  if (head >= 0 && word.label === 'appos' && personNoun(tree, head)) return true;
  for (const a of tree.childrenWith(w, 'appos', 'amod', 'nummod')) {
    if (personNoun(tree, a) || (tree.word(a).upos === 'NUM' && /^\d{1,2}$/.test(tree.word(a).form))) return true;
  }
  if (apposedAfterComma(tree, w)) return true;
  // "Sihanouk's son", "Dole's wife": a possessor of kin.
  if (tree.isPossessor(w) && tree.possessed(w) >= 0 && KINSHIP_WORDS.has(tree.word(tree.possessed(w)).lower)) return true;
  return speech && head >= 0 && word.label.startsWith('nsubj') && HUMAN_SPEECH.has(tree.word(head).lemma);
}

/**
 * Whether the name at words first..last is described as a person (an apposed person noun, an
 * age, kin) or comes right after a person noun and a comma ("Governor, Rui Costa,"); speech is
 * no cue here (firms "say" too).
 */
export function personCue(tree: SentenceTree, first: number, last: number): boolean {
  if (personContext(tree, first, false) || personContext(tree, last, false)) return true;
  return first >= 2 && tree.word(first - 1).form === ',' && personNoun(tree, first - 2);
}

/** A lone surname ("Novak said", "Pell, a Democrat from Leeds"): one proper noun without digits, not classified, in a person's context. */
export function loneSurname(tree: SentenceTree, first: number, last: number): boolean {
  const word = tree.word(first);
  return first === last && word.upos === 'PROPN' && /^\p{Lu}[\p{L}'’-]*$/u.test(word.form) && !classified(tree, first) && personContext(tree, first);
}

/** One-word names the article classifies as things somewhere: none of their mentions becomes a person by the tagger alone. */
export function classifiedNames(mentions: readonly TypedMention[], trees: readonly SentenceTree[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const tree = trees[m.sentence];
    const words = m.kind === 'name' && tree !== undefined ? tree.wordsOfTokens(m.start, m.end) : null;
    if (words !== null && words[0] === words[1] && classified(tree!, words[0])) out.add(m.name);
  }
  return out;
}
