/**
 * wink-nlp's tag for words whose tokenisation is given (a treebank's words): the text is
 * analysed once and each word takes the tag of the wink token that overlaps its start.
 */
import { analyzeText } from '../nlp/nlp.js';

export function winkTagsForSpans(text: string, starts: Int32Array, ends: Int32Array): string[] {
  const tokens = analyzeText(text).tokens.filter((t) => t.pos !== 'SPACE');
  const tags: string[] = [];
  let k = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    while (k < tokens.length - 1 && tokens[k]!.end <= start) k++;
    const token = tokens[k];
    tags.push(token !== undefined && token.start < ends[i]! && token.end > start ? token.pos : 'X');
  }
  return tags;
}
