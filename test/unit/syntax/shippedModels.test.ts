import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../../src/syntax/conllu.js';
import { getSyntaxModels } from '../../../src/syntax/SyntaxModels.js';
import { evaluateGumEntities } from '../../../src/syntax/train/evaluateEntities.js';
import { parseGoldTokens } from '../../../src/syntax/parseText.js';

const ud = new URL('../../../../shared/data/ud/', import.meta.url);
const present = existsSync(new URL('ewt/dev.conllu', ud));
if (!present) console.warn('shipped-model accuracy checks skipped: ../shared/data/ud (UD EWT and GUM) is not present');

/** UAS and LAS (punctuation included, universal labels) of the shipped models on gold words. */
function attachment(file: string, first: number, count: number): { uas: number; las: number; words: number } {
  const gold = parseConllu(readFileSync(new URL(file, ud), 'utf8'), file).slice(first, first + count);
  const predicted = parseGoldTokens(gold, getSyntaxModels());
  let uas = 0, las = 0, words = 0;
  gold.forEach((s, i) => {
    s.words.forEach((w, k) => {
      const p = predicted[i]!.words[k]!;
      words++;
      if (p.head !== w.head) return;
      uas++;
      if (p.deprel.split(':')[0] === w.deprel.split(':')[0]) las++;
    });
  });
  return { uas: uas / words, las: las / words, words };
}

// The whole dev sets (never trained on). The acceptance figures are for the test sets
// (EWT test UAS 0.85 / LAS 0.81, GUM test 0.84 / 0.80, both met); dev runs about 0.2 points
// below test on EWT, so the EWT floor here is UAS 0.845.
describe.skipIf(!present)('shipped syntax models on dev (../shared)', () => {
  it('parse EWT dev at UAS >= 0.845 and LAS >= 0.81', () => {
    const r = attachment('ewt/dev.conllu', 0, Infinity);
    expect(r.words).toBeGreaterThan(25000);
    expect(r.uas).toBeGreaterThanOrEqual(0.845);
    expect(r.las).toBeGreaterThanOrEqual(0.81);
  });

  it('parse GUM dev at UAS >= 0.84 and LAS >= 0.80', () => {
    const r = attachment('gum/dev.conllu', 0, Infinity);
    expect(r.uas).toBeGreaterThanOrEqual(0.84);
    expect(r.las).toBeGreaterThanOrEqual(0.8);
  });

  it('find GUM dev names at exact typed span F1 >= 0.70', () => {
    const r = evaluateGumEntities(getSyntaxModels(), readFileSync(new URL('gum/dev.conllu', ud), 'utf8'), 'gum-dev');
    expect(r.gold).toBeGreaterThan(500);
    expect(r.exact.f1).toBeGreaterThanOrEqual(0.7);
  });
});
