import { describe, expect, it } from 'vitest';
import { loadPredicateLexicon } from '../../../src/extraction/lexicon/PredicateLexicon.js';
import { parseDocument } from '../../../src/extraction/parseDocument.js';
import { verbLemma } from '../../../src/extraction/verbLemma.js';
import { analyzeText } from '../../../src/nlp/nlp.js';
import { Gazetteer } from '../../../src/syntax/Gazetteer.js';
import { getSyntaxModels } from '../../../src/syntax/SyntaxModels.js';

const text = "Marta Quispe signed for Lobos Rovers on Friday. The club's chairman praised her.";

describe('parseDocument and SentenceTree', () => {
  const doc = analyzeText(text);
  const trees = parseDocument(doc, getSyntaxModels());

  it('gives one tree per sentence with offsets into the text and one root', () => {
    expect(trees).toHaveLength(doc.sentences.length);
    for (const t of trees) {
      expect(t.words.filter((w) => w.head === -1)).toHaveLength(1);
      for (const w of t.words) expect(text.slice(w.start, w.end)).toBe(w.form);
    }
  });

  it('answers children, spans, case words and dominance from the heads', () => {
    const t = trees[0]!;
    const signed = t.words.findIndex((w) => w.form === 'signed');
    const rovers = t.words.findIndex((w) => w.form === 'Rovers');
    expect(t.word(signed).head).toBe(-1);
    expect(t.dominates(signed, rovers)).toBe(true);
    const obl = t.childrenWith(signed, 'obl').find((c) => t.caseOf(c) === 'for');
    expect(obl).toBeDefined();
    const [lo, hi] = t.span(obl!);
    expect(t.text(lo, hi, text)).toBe('for Lobos Rovers');
    expect(() => t.word(99)).toThrow(/expected a word index below/);
  });

  it('finds a possessor and what it possesses', () => {
    const t = trees[1]!;
    const club = t.words.findIndex((w) => w.form === 'club');
    const chairman = t.words.findIndex((w) => w.form === 'chairman');
    expect(t.isPossessor(club)).toBe(true);
    expect(t.possessed(club)).toBe(chairman);
  });
});

describe('verbLemma', () => {
  const lexicon = loadPredicateLexicon();
  it('de-inflects a verb wink left inflected, choosing a lemma the lexicon knows', () => {
    expect(verbLemma('beating', 'beating', 'VBG', lexicon)).toBe('beat');
    expect(verbLemma('signed', 'signed', 'VBD', lexicon)).toBe('sign');
    expect(verbLemma('merging', 'merging', 'VBG', lexicon)).toBe('merge');
  });
  it("keeps wink's lemma when it already differs from the form or nothing known matches", () => {
    expect(verbLemma('met', 'meet', 'VBD', lexicon)).toBe('meet');
    expect(verbLemma('glimmering', 'glimmering', 'VBG', lexicon)).toBe('glimmering');
    expect(verbLemma('beating', 'beating', 'NN', lexicon)).toBe('beating');
  });
});

describe('Gazetteer.has', () => {
  it('matches whole listed phrases only, case-insensitively', () => {
    const g = new Gazetteer({ city: ['New York', 'Bethany'] });
    expect(g.has('city', 'new york')).toBe(true);
    expect(g.has('city', 'New')).toBe(false);
    expect(g.has('city', 'York')).toBe(false);
    expect(g.has('country', 'Bethany')).toBe(false);
  });
});
