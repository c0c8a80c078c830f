import { describe, expect, it } from 'vitest';
import { analyzeText, getNlp } from '../../../src/nlp/nlp.js';
import { ExtractionError } from '../../../src/errors.js';

describe('analyzeText', () => {
  it('gives token and sentence offsets that slice the text exactly', () => {
    const text = '  The mayor of Brindleford, Ana Ruiz, didn’t sign it.\nShe left early —  on Monday.  ';
    const doc = analyzeText(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.sentences.length).toBe(2);
    expect(text.slice(doc.sentences[0]!.start, doc.sentences[0]!.end)).toBe('The mayor of Brindleford, Ana Ruiz, didn’t sign it.');
    expect(text.slice(doc.sentences[1]!.start, doc.sentences[1]!.end)).toBe('She left early —  on Monday.');
  });

  it('splits headline lines without a final stop into their own sentence', () => {
    const doc = analyzeText('Storm hits coast\nThe storm reached the coast on Sunday.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Storm hits coast', 'The storm reached the coast on Sunday.']);
  });

  it('tags parts of speech and lemmas', () => {
    const doc = analyzeText('Officials launched rockets.');
    const launched = doc.tokens.find((t) => t.text === 'launched')!;
    expect(launched.pos).toBe('VERB');
    expect(launched.lemma).toBe('launch');
  });

  it('loads the model once', () => {
    expect(getNlp()).toBe(getNlp());
  });

  it('rejects non-string input with a precise error', () => {
    expect(() => analyzeText(42 as unknown as string)).toThrow(ExtractionError);
    expect(() => analyzeText(42 as unknown as string)).toThrow(/expects a string, found number 42/);
  });
});
