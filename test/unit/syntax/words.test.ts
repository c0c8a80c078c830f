import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/nlp/nlp.js';
import { parseConllu, wordSpans } from '../../../src/syntax/conllu.js';
import { splitToken, toSyntaxWords } from '../../../src/syntax/words.js';
import { winkTagsForSpans } from '../../../src/syntax/winkAlignment.js';

function words(text: string) {
  const a = analyzeText(text);
  return toSyntaxWords(a.tokens, 0, a.tokens.length - 1);
}

describe('wink tokens to UD words', () => {
  it('split a clitic wink leaves attached, with exact offsets and UD lemmas', () => {
    const w = words("I'm sure they don't.");
    expect(w.map((x) => x.form)).toEqual(['I', "'m", 'sure', 'they', 'do', "n't", '.']);
    const text = "I'm sure they don't.";
    for (const x of w) expect(text.slice(x.start, x.end)).toBe(x.form);
    expect(w[1]!.lemma).toBe('be');
    expect(w[1]!.token).toBe(w[0]!.token);
  });

  it('split number ranges and clock times as UD does, keep hyphenated words and decimals whole', () => {
    expect(splitToken('2010-2012')).toEqual(['2010', '-', '2012']);
    expect(splitToken('3–4')).toEqual(['3', '–', '4']);
    expect(splitToken('9am')).toEqual(['9', 'am']);
    expect(splitToken('10.30p.m.')).toEqual(['10.30', 'p.m.']);
    expect(splitToken('9am.')).toEqual(['9', 'am', '.']);
    expect(splitToken('co-founder')).toBeNull();
    expect(splitToken('3.5')).toBeNull();
    expect(words('It ran from 2010-2012 at 9am.').map((x) => x.form)).toEqual(['It', 'ran', 'from', '2010', '-', '2012', 'at', '9', 'am', '.']);
  });

  it('keep the tokenisation wink shares with UD (hyphens, possessives, currency, percent)', () => {
    expect(words("A long-term U.S.-based firm's $5 and 5%.").map((x) => x.form)).toEqual(['A', 'long', '-', 'term', 'U.S.', '-', 'based', 'firm', "'s", '$', '5', 'and', '5', '%', '.']);
  });

  it('drop white-space tokens', () => {
    expect(words('One.\n\n  Two.').map((x) => x.form)).toEqual(['One', '.', 'Two', '.']);
  });
});

describe('treebank words and wink tags', () => {
  const sample = ['# sent_id = t1', '# text = I don\'t know.', '1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_', '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
    '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_', '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_', '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No', '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_', ''].join('\n');

  it('rebuild the text and give each word of a multiword token its own span', () => {
    const [s] = parseConllu(sample);
    const { text, starts, ends } = wordSpans(s!);
    expect(text).toBe("I don't know.");
    expect(Array.from(starts)).toEqual([0, 2, 4, 8, 12]);
    expect(Array.from(ends)).toEqual([1, 4, 7, 12, 13]);
  });

  it("align each gold word with wink's tag of the token at its start", () => {
    const [s] = parseConllu(sample);
    const { text, starts, ends } = wordSpans(s!);
    expect(winkTagsForSpans(text, starts, ends)).toEqual(['PRON', 'AUX', 'PART', 'VERB', 'PUNCT']);
  });
});
