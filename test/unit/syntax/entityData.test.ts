import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../../src/syntax/conllu.js';
import { dropOverlaps, gumMentions, gumNameSpans, parseIob2 } from '../../../src/syntax/train/entityData.js';

const row = (id: number, form: string, upos: string, head: number, misc: string): string => [id, form, '_', upos, '_', '_', head, 'dep', '_', misc].join('\t');

// "Professor Ana de la Cruz of the University of Porto met Berg ."
const SENTENCE = [
  '# sent_id = own-1',
  row(1, 'Professor', 'NOUN', 6, 'Entity=(1-person-new-sssss-cf1-1-coref'),
  row(2, 'Ana', 'PROPN', 6, '_'),
  row(3, 'de', 'PROPN', 6, '_'),
  row(4, 'la', 'PROPN', 6, '_'),
  row(5, 'Cruz', 'PROPN', 6, '_'),
  row(6, 'Ferreira', 'PROPN', 14, '_'),
  row(7, 'of', 'ADP', 9, '_'),
  row(8, 'the', 'DET', 9, 'Entity=(2-organization-new-sssss-cf2-1-coref'),
  row(9, 'University', 'PROPN', 6, '_'),
  row(10, 'of', 'ADP', 11, '_'),
  row(11, 'Porto', 'PROPN', 9, 'Entity=(3-place-new-sssss-cf3-1-coref)2)1)'),
  row(12, 'met', 'VERB', 0, '_'),
  row(13, 'Berg', 'PROPN', 12, 'Entity=(4-person-new-sssss-cf4-1-sgl)'),
  row(14, '.', 'PUNCT', 12, '_'),
  '',
].join('\n');

// "interviewee David Titley visited the United States and South Sudan ."
const SECOND = [
  '# sent_id = own-2',
  row(1, 'interviewee', 'NOUN', 4, 'Entity=(1-person-new-sssss-cf1-1-coref'),
  row(2, 'David', 'PROPN', 1, '_').replace('\tdep\t', '\tflat\t'),
  row(3, 'Titley', 'PROPN', 1, 'Entity=1)').replace('\tdep\t', '\tflat\t'),
  row(4, 'visited', 'VERB', 0, '_'),
  row(5, 'the', 'DET', 7, 'Entity=(2-place-new-sssss-cf2-1-coref(3-place-new-sssss-cf3-1-coref'),
  row(6, 'United', 'VERB', 7, '_'),
  row(7, 'States', 'PROPN', 4, 'Entity=3)'),
  row(8, 'and', 'CCONJ', 10, '_'),
  row(9, 'South', 'PROPN', 10, 'Entity=(4-place-new-sssss-cf4-1-coref'),
  row(10, 'Sudan', 'PROPN', 7, 'Entity=4)2)').replace('\tdep\t', '\tconj\t'),
  row(11, '.', 'PUNCT', 4, '_'),
  '',
].join('\n');

describe('GUM entity data', () => {
  it('reads nested CorefUD mentions from MISC', () => {
    const [s] = parseConllu(SENTENCE);
    const mentions = gumMentions(s!).map((m) => [m.start, m.end, m.type]);
    expect(mentions).toEqual(expect.arrayContaining([[0, 11, 'person'], [7, 11, 'organization'], [10, 11, 'place'], [12, 13, 'person']]));
    expect(mentions).toHaveLength(4);
  });

  it('turns proper-noun-headed mentions into name spans without titles or determiners', () => {
    const [s] = parseConllu(SENTENCE);
    const spans = gumNameSpans(s!).map((m) => [s!.words.slice(m.start, m.end).map((w) => w.form).join(' '), m.type]);
    expect(spans).toContainEqual(['Berg', 'person']);
    // the title is left out, the particles kept, and the name stops where the nested
    // organisation mention begins
    expect(spans).toContainEqual(['Ana de la Cruz Ferreira', 'person']);
    expect(spans).toContainEqual(['University of Porto', 'organization']);
    expect(spans).toHaveLength(3);
  });

  it('keeps capitalised modifiers, finds names after a common-noun head and splits coordinated names', () => {
    const [s] = parseConllu(SECOND);
    const spans = gumNameSpans(s!).map((m) => [s!.words.slice(m.start, m.end).map((w) => w.form).join(' '), m.type]);
    expect(spans).toEqual(expect.arrayContaining([['David Titley', 'person'], ['United States', 'place'], ['South Sudan', 'place']]));
    expect(spans).toHaveLength(3);
  });

  it('reads IOB2 files and keeps the first of overlapping spans', () => {
    const iob = parseIob2('# sent_id = a\n1\tKim\tB-person\t-\t-\n2\tmet\tO\t-\t-\n3\tPutin\tB-person\t-\t-\n4\tin\tO\t-\t-\n5\tVladivostok\tB-place\t-\t-\n', 'x.iob2');
    expect(iob[0]!.spans).toEqual([{ start: 0, end: 1, type: 'person' }, { start: 2, end: 3, type: 'person' }, { start: 4, end: 5, type: 'place' }]);
    expect(() => parseIob2('1\tonly-two\n', 'bad.iob2')).toThrow(/bad\.iob2:1: expected ID, FORM and TAG columns, found 2/);
    expect(dropOverlaps([{ start: 0, end: 3 }, { start: 1, end: 2 }, { start: 3, end: 4 }])).toEqual([{ start: 0, end: 3 }, { start: 3, end: 4 }]);
  });
});
