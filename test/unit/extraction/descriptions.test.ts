import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/nlp/nlp.js';
import { getGazetteer } from '../../../src/extraction/gazetteer.js';
import { findMentions } from '../../../src/extraction/mentions/findMentions.js';
import { applyTaggerTypes } from '../../../src/extraction/mentions/taggerTypes.js';
import { parseDocument } from '../../../src/extraction/parseDocument.js';
import { resolveMentions } from '../../../src/resolution/coreference/resolveMentions.js';
import { getSyntaxModels } from '../../../src/syntax/SyntaxModels.js';
import { buildArticleExtraction } from '../../../src/resolution/buildArticleExtraction.js';
import { newWorkCounter } from '../../../src/extraction/WorkCounter.js';
import { extract, find, triples } from './helpers.js';

/** The entity name the mention with the given text resolves to ('-' when none). */
function resolvedAs(text: string, mentionText: string): string {
  const doc = analyzeText(text);
  const models = getSyntaxModels();
  const { mentions, aliases } = findMentions(doc, { isFirstName: (w) => models.gazetteer.has('firstName', w) });
  applyTaggerTypes(mentions, parseDocument(doc, models), models.gazetteer);
  const coref = resolveMentions(mentions, aliases);
  const m = mentions.find((x) => x.text === mentionText);
  if (!m) return `no mention "${mentionText}"`;
  const c = coref.entityOf[m.index]!;
  return c < 0 ? '-' : coref.clusters[c]!.name;
}

describe('descriptions by nationality that refer back to a person', () => {
  it('knows nouns for people of a nationality, and not as plurals of other words', () => {
    const g = getGazetteer();
    expect(g.lookup('Frenchwoman')).toMatchObject({ kind: 'demonym', country: 'France' });
    expect(g.lookup('Welshman')).toMatchObject({ kind: 'demonym', country: 'Wales' });
    expect(g.lookup('Scot')).toMatchObject({ kind: 'demonym', country: 'Scotland' });
    expect(g.lookup('Germans')).toMatchObject({ kind: 'demonym', country: 'Germany' });
  });

  it('makes "the 29-year-old Brazilian" a mention of a person that resolves to the subject before it', () => {
    const text = 'Ana Lima won the marathon in Boston on Sunday. The 29-year-old Brazilian finished in record time.';
    expect(resolvedAs(text, 'The 29-year-old Brazilian')).toBe('Ana Lima');
    expect(find(extract(text), 'Ana Lima', 'NATIONALITY', 'Brazil')?.verb).toBe('citizen');
  });

  it('reads a demonym noun ("the Swede", "the Frenchman") as one person of that country', () => {
    expect(find(extract('Tomas Berg signed a new contract with Vardal FC on Friday. The Swede has scored 12 goals this season.'), 'Tomas Berg', 'NATIONALITY', 'Sweden')).toBeDefined();
    expect(find(extract('Pierre Lanvin was named coach of the year. The Frenchman thanked his players.'), 'Pierre Lanvin', 'NATIONALITY', 'France')).toBeDefined();
  });

  it('reads demonyms of several words and hyphenated origins ("the Brazilian-born Australian")', () => {
    expect(find(extract('Lydia Kern won the title on Sunday. The New Zealander finished two shots clear.'), 'Lydia Kern', 'NATIONALITY', 'New Zealand')).toBeDefined();
    const x = extract('Lena Marsh won the title on Sunday. The Brazilian-born Australian said she was delighted.');
    expect(find(x, 'Lena Marsh', 'NATIONALITY', 'Australia')).toBeDefined();
    expect(find(x, 'Lena Marsh', 'NATIONALITY', 'Brazil')).toBeUndefined();
  });

  it('takes the subject of the sentence before over a person named after it', () => {
    const x = extract('Their captain, Jonas Weber, headed the ball past goalkeeper Milan Horvat. The German defender celebrated with the fans.');
    expect(find(x, 'Jonas Weber', 'NATIONALITY', 'Germany')).toBeDefined();
    expect(find(x, 'Milan Horvat', 'NATIONALITY', 'Germany')).toBeUndefined();
  });

  it('prefers the person introduced with the description\'s noun', () => {
    const x = extract('Coach Elias Brandt praised the striker Kofi Mensah after the match. The Ghanaian striker scored twice.');
    expect(find(x, 'Kofi Mensah', 'NATIONALITY', 'Ghana')).toBeDefined();
    expect(find(x, 'Elias Brandt', 'NATIONALITY', 'Ghana')).toBeUndefined();
  });

  it('never gives a person of another stated nationality a second one', () => {
    const x = extract('The Kenyan runner Joseph Kiprono won the race on Sunday. The Ethiopian finished second.');
    expect(find(x, 'Joseph Kiprono', 'NATIONALITY', 'Kenya')).toBeDefined();
    expect(find(x, 'Joseph Kiprono', 'NATIONALITY', 'Ethiopia')).toBeUndefined();
  });

  it('does not take the person a description is set against in its own sentence', () => {
    const x = extract('Ana Lima won the final on Sunday. She beat the Kenyan in straight sets.');
    expect(find(x, 'Ana Lima', 'NATIONALITY', 'Kenya')).toBeUndefined();
    expect(find(extract('Ana Soto won the final on Sunday. Soto beat the Kenyan in straight sets.'), 'Ana Soto', 'NATIONALITY', 'Kenya')).toBeUndefined();
  });

  it('gives a person described once by nationality no second, different one', () => {
    const x = extract('Ana Lima won the final on Sunday. The Brazilian needed only an hour. Reporters later interviewed the Kenyan.');
    expect(find(x, 'Ana Lima', 'NATIONALITY', 'Brazil')).toBeDefined();
    expect(find(x, 'Ana Lima', 'NATIONALITY', 'Kenya')).toBeUndefined();
  });

  it('leaves peoples, indefinite descriptions, state offices and descriptions without antecedent alone', () => {
    expect(triples(extract('Mira Holm spoke on Monday. The French welcomed the decision, and the Swiss stayed neutral.'))).toEqual([]);
    expect(triples(extract('The 54-year-old Scot said he was leaving the club.'))).toEqual([]);
    const x = extract('Mira Holm arrived in Paris on Monday. The French president welcomed her.');
    expect(find(x, 'Mira Holm', 'NATIONALITY', 'France')).toBeUndefined();
  });

  it('leaves a description before a name to that name', () => {
    const x = extract('Rui Costa scored early. The Brazilian goalkeeper Mateus Lima saved a penalty.');
    expect(find(x, 'Mateus Lima', 'NATIONALITY', 'Brazil')).toBeDefined();
    expect(find(x, 'Rui Costa', 'NATIONALITY', 'Brazil')).toBeUndefined();
  });
});

describe('references that name where an organisation is', () => {
  it('resolves "the Leeds brewer" to the brewery of the article and locates it there', () => {
    const text = 'Harlow Brewing reported record profits on Monday. Analysts said the Leeds brewer had gained market share.';
    expect(resolvedAs(text, 'the Leeds brewer')).toBe('Harlow Brewing');
    const r = find(extract(text), 'Harlow Brewing', 'LOCATED_IN', 'Leeds');
    expect(r?.verb).toBe('base');
  });

  it('makes a one-word name before the organisation noun a place ("the Frankfurt lender")', () => {
    const x = extract('Prosecutors charged Lukas Brenner, a former director of Kessler Bank, on Monday. He hid losses before the Frankfurt lender failed in 2022.');
    expect(find(x, 'Kessler Bank', 'LOCATED_IN', 'Frankfurt')).toBeDefined();
    expect(x.entities.find((e) => e.name === 'Frankfurt')?.type).toBe('GPE');
  });

  it('takes only an organisation of the noun\'s kind: a lender is no prosecutor\'s office, a side is a club', () => {
    const x = extract('German prosecutors questioned executives of Vantor Bank on Tuesday. The prosecutors said the Hamburg lender had hidden losses.');
    expect(find(x, 'Vantor Bank', 'LOCATED_IN', 'Hamburg')).toBeDefined();
    expect(triples(x).filter((t) => /prosecutors LOCATED_IN/.test(t))).toEqual([]);
    expect(find(extract('Brookfield Rovers sacked their manager on Sunday. The Leeds side lost again.'), 'Brookfield Rovers', 'LOCATED_IN', 'Leeds')).toBeDefined();
  });

  it('reads "the Brazil side" as a national team, not a club of the text', () => {
    const x = extract('Vila Nova FC signed the striker Mateus Lima on Monday. He scored twice for the Brazil side in June.');
    expect(triples(x).filter((t) => /Vila Nova FC LOCATED_IN/.test(t))).toEqual([]);
  });

  it('takes the one company for a noun of no particular kind, but never an airline for a lender', () => {
    expect(find(extract('Kestrel Systems was raided by German prosecutors. The Munich company denied wrongdoing.'), 'Kestrel Systems', 'LOCATED_IN', 'Munich')).toBeDefined();
    expect(triples(extract('Lufthansa signed a deal on Monday. The Frankfurt lender will finance ten aircraft.')).filter((t) => t.includes('LOCATED_IN'))).toEqual([]);
  });

  it('guesses nothing when several organisations of the kind came before', () => {
    const text = 'Norda Savings Bank and Fjell Bank both reported losses. Regulators said the Oslo lender would need fresh capital.';
    expect(resolvedAs(text, 'the Oslo lender')).toBe('-');
    expect(triples(extract(text)).filter((t) => t.includes('Oslo'))).toEqual([]);
  });

  it('leaves "the Lisbon club Sporting" (a noun before a name) and "the Lisbon-based firm" to their own readings', () => {
    const { mentions } = findMentions(analyzeText('Vega Holdings bought the Lisbon club Sporting Azul. The Lisbon-based firm paid 10 million euros.'));
    expect(mentions.filter((m) => m.kind === 'reference' && /Lisbon/.test(m.text))).toEqual([]);
  });
});

describe('descriptions in long texts', () => {
  /** Work units (hot-loop steps) of extracting `n` characters of a repeated paragraph of descriptions. */
  function workOf(n: number): number {
    const unit = 'Graham Haldane resigned as manager of Eastfield Rovers. The 54-year-old Scot said he was leaving. Kessler Bank failed in May. Analysts said the Frankfurt lender had hidden losses. The Frenchman scored. ';
    const text = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const work = newWorkCounter();
    buildArticleExtraction({ id: 'w', source: 'w.txt', title: null, publishedAt: null, text }, { work });
    return work.units;
  }

  it('does about 4x the work for 4x the text (a person described in every sentence stays linear)', () => {
    const small = workOf(25_000);
    expect(workOf(100_000) / small).toBeLessThanOrEqual(5);
  }, 120_000);
});
