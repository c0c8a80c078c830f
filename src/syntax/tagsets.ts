/** The fixed label inventories of the syntax models (indices are stored in model files). */

export const UPOS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof UPOS_TAGS)[number];
const UPOS_INDEX = new Map<string, number>(UPOS_TAGS.map((t, i) => [t, i]));

/** Index of a UPOS tag; anything else (wink's SPACE, "_") counts as X. */
export function uposIndex(tag: string): number {
  return UPOS_INDEX.get(tag) ?? UPOS_INDEX.get('X')!;
}
