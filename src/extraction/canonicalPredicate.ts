/**
 * The canonical predicate a user means by a name typed into a filter: the ontology's own names
 * ("MEET"), verb forms ("met", "MEETS", "launched") and event nouns ("invasion") all map to
 * their predicate; other verb forms map to their lemma in UPPER_SNAKE, the form unknown verbs
 * are stored under ("spun" → SPIN).
 */
import { lemmaOf } from '../nlp/nlp.js';
import { definitionForNoun, definitionForVerb, definitionOf, toUpperSnake } from './predicates.js';

const MAX_WORD = 40;

export function canonicalPredicateName(name: string): string {
  const upper = toUpperSnake(name);
  // (Predicate names are short words; anything longer is taken as written, unanalysed.)
  if (upper === '' || definitionOf(upper) || upper.includes('_') || upper.length > MAX_WORD) return upper;
  const word = upper.toLowerCase();
  const lemma = lemmaOf(word);
  const def = definitionForVerb(word) ?? definitionForNoun(word) ?? definitionForVerb(lemma);
  return def ? def.predicate : toUpperSnake(lemma);
}

/** The names a filter for `name` matches: as written (UPPER_SNAKE) and its canonical predicate. */
export function predicateNames(name: string): string[] {
  const upper = toUpperSnake(name);
  const canonical = canonicalPredicateName(name);
  return upper === canonical ? [upper] : [upper, canonical];
}
