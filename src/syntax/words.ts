/**
 * From wink-nlp tokens to the words the syntax models read. wink already splits most text as
 * Universal Dependencies does (clitics "do|n't", "it|'s"; hyphens "long|-|term"; "$|5", "5|%");
 * the differences are handled here, explicitly:
 *  - a clitic wink leaves attached ("I'm") is split: "I" + "'m";
 *  - a number range ("2010-2012", "3–4") is split around its dash, as UD does;
 *  - a clock time glued to am/pm ("9am", "9am." at a sentence end) is split: "9" + "am" (+ ".").
 * White-space tokens are dropped. Every word keeps exact character offsets and the index of
 * the wink token it came from.
 */
import type { Token } from '../nlp/nlp.js';

export interface SyntaxWord {
  form: string;
  /** Character offsets into the analysed text. */
  start: number;
  end: number;
  /** wink-nlp's UPOS tag of the token the word came from. */
  winkTag: string;
  lemma: string;
  /** Index of the source wink token in the document's token array. */
  token: number;
}

const CLITIC = /^(\p{L}+)(['’](?:m|re|ve|ll|d|s)|n['’]t)$/iu;
const NUMBER_RANGE = /^(\d[\d.,]*)([-–—])(\d[\d.,]*)$/;
const CLOCK = /^(\d{1,2}(?:[:.]\d\d)?)(a\.m\.|p\.m\.|am|pm)(\.)?$/i;
const CLITIC_LEMMA: Record<string, string> = { "'m": 'be', "'re": 'be', "'ve": 'have', "'ll": 'will', "'d": 'would', "'s": "'s", "n't": 'not' };

/** The pieces a token splits into (lengths add up to the token's text), or null to keep it whole. */
export function splitToken(text: string): string[] | null {
  const clitic = CLITIC.exec(text);
  if (clitic !== null) return [clitic[1]!, clitic[2]!];
  const range = NUMBER_RANGE.exec(text);
  if (range !== null) return [range[1]!, range[2]!, range[3]!];
  const clock = CLOCK.exec(text);
  if (clock !== null) return clock[3] === undefined ? [clock[1]!, clock[2]!] : [clock[1]!, clock[2]!, clock[3]];
  return null;
}

/** wink's tag for a piece of a split token (wink tagged the whole token, often as SYM). */
function pieceTag(piece: string, k: number, tokenTag: string): string {
  if (/^\d/.test(piece)) return 'NUM';
  if (/^\p{P}+$/u.test(piece)) return 'PUNCT';
  const clitic = CLITIC_LEMMA[piece.toLowerCase().replace('’', "'")];
  if (k > 0 && clitic !== undefined) return clitic === 'not' ? 'PART' : 'AUX';
  if (k > 0) return 'NOUN';
  return piece.toLowerCase() === 'i' ? 'PRON' : tokenTag;
}

function pieceLemma(piece: string, k: number): string {
  if (k === 0) return piece.toLowerCase();
  return CLITIC_LEMMA[piece.toLowerCase().replace('’', "'")] ?? piece.toLowerCase();
}

/** The words of tokens[first..last] (inclusive). */
export function toSyntaxWords(tokens: readonly Token[], first: number, last: number): SyntaxWord[] {
  const words: SyntaxWord[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.pos === 'SPACE' || t.text.trim() === '') continue;
    const pieces = splitToken(t.text);
    if (pieces === null) {
      words.push({ form: t.text, start: t.start, end: t.end, winkTag: t.pos, lemma: t.lemma, token: i });
      continue;
    }
    let offset = t.start;
    pieces.forEach((piece, k) => {
      words.push({ form: piece, start: offset, end: offset + piece.length, winkTag: pieceTag(piece, k, t.pos), lemma: pieceLemma(piece, k), token: i });
      offset += piece.length;
    });
  }
  return words;
}
