import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/errors.js';
import { parseArticleText } from '../../../src/sources/parseArticleText.js';

const BODY_1 = 'The city council of Lakeview approved a new budget on Tuesday after a long debate.';
const BODY_2 = 'Mayor Ana Ruiz said the plan would fund two libraries and a bus line.';

function parse(raw: string, source = 'news/story.txt', meta?: Parameters<typeof parseArticleText>[2]) {
  return parseArticleText(raw, source, meta);
}

describe('parseArticleText: normalisation', () => {
  it('strips a BOM, unifies line endings and applies NFC', () => {
    const a = parse(`\uFEFF${BODY_1}\r\n${BODY_2}\rCafe\u0301 owners welcomed it.`);
    expect(a.text).toBe(`${BODY_1}\n\n${BODY_2}\n\nCafé owners welcomed it.`);
    expect(a.text.includes('\r')).toBe(false);
    expect(a.text).toBe(a.text.normalize('NFC'));
  });

  it('collapses odd spaces, removes invisible characters and trims lines', () => {
    const a = parse(`  The\u00A0vote\tpassed\u200B by  seven\u00ADty votes.  \n\n\n\nIt was close.`);
    expect(a.text).toBe('The vote passed by seventy votes.\n\nIt was close.');
  });

  it('keeps paragraphs separated by exactly one blank line', () => {
    const a = parse(`${BODY_1}\n\n\n\n${BODY_2}\n`);
    expect(a.text).toBe(`${BODY_1}\n\n${BODY_2}`);
  });

  it('re-joins hard-wrapped lines of one paragraph', () => {
    const a = parse('The regional water board said on Monday that the reservoir\nlevels had recovered after a wet spring.\nFarmers were relieved.');
    expect(a.text).toBe('The regional water board said on Monday that the reservoir levels had recovered after a wet spring.\n\nFarmers were relieved.');
  });
});

describe('parseArticleText: headline', () => {
  it('takes a short, unpunctuated first line as the title and removes it', () => {
    const a = parse(`Lakeview council approves budget after marathon session\n${BODY_1}\n${BODY_2}`);
    expect(a.title).toBe('Lakeview council approves budget after marathon session');
    expect(a.text).toBe(`${BODY_1}\n\n${BODY_2}`);
  });

  it('accepts headlines ending in a question mark or an abbreviation', () => {
    expect(parse(`Will the new bus line be ready by winter?\n${BODY_1}`).title).toBe('Will the new bus line be ready by winter?');
    expect(parse(`Trade talks resume in the U.S.\n${BODY_1}`).title).toBe('Trade talks resume in the U.S.');
  });

  it.each([
    ['a sentence ending with a period', `The council met today.\n${BODY_1}`],
    ['a quotation', `"We will not give up" on the plan\n${BODY_1}`],
    ['a lower-case start', `and then the council voted again\n${BODY_1}`],
    ['a single word', `Budget\n${BODY_1}`],
    ['two sentences', `Council votes today. Mayor hopeful\n${BODY_1}`],
    ['a very long line', `${'Council '.repeat(30).trim()}\n${BODY_1}`],
  ])('does not take %s as the title', (_what, raw) => {
    const a = parse(raw);
    expect(a.title).toBeNull();
    expect(a.text.startsWith(raw.split('\n')[0] ?? '')).toBe(true);
  });

  it('does not take the only paragraph as a title', () => {
    const a = parse('Lakeview council approves budget');
    expect(a.title).toBeNull();
    expect(a.text).toBe('Lakeview council approves budget');
  });

  it('uses a given title and removes an identical first line', () => {
    const a = parse(`Budget Approved!\n${BODY_1}`, 'x.txt', { title: 'Budget approved' });
    expect(a.title).toBe('Budget approved');
    expect(a.text).toBe(BODY_1);
  });

  it('does not guess a title when the title is given as null', () => {
    const a = parse(`Lakeview council approves budget\n${BODY_1}`, 'x.txt', { title: null });
    expect(a.title).toBeNull();
    expect(a.text).toBe(`Lakeview council approves budget\n\n${BODY_1}`);
  });
});

describe('parseArticleText: date marker', () => {
  it('takes a marker line after a long headline (not joined to it as a wrapped line)', () => {
    const headline = 'Regional ministers approve a long-delayed cross-border railway link after talks';
    const a = parseArticleText(`${headline}\ndate 2025-05-15\n\nThe ministers met in Graz on Tuesday.`, 'rail.txt');
    expect(a.title).toBe(headline);
    expect(a.publishedAt).toBe('2025-05-15');
    expect(a.text).toBe('The ministers met in Graz on Tuesday.');
  });


  it('reads a marker at the very start followed by text on the same line', () => {
    const a = parse(` date 2024-02-29 ${BODY_1}\n\n${BODY_2}`);
    expect(a.publishedAt).toBe('2024-02-29');
    expect(a.text).toBe(`${BODY_1}\n\n${BODY_2}`);
  });

  it('reads a marker on the line after the headline', () => {
    const a = parse(`Lakeview council approves budget\ndate 2023-11-05\n${BODY_1}`);
    expect(a.title).toBe('Lakeview council approves budget');
    expect(a.publishedAt).toBe('2023-11-05');
    expect(a.text).toBe(BODY_1);
  });

  it('accepts "Date:" and a time, and keeps the calendar day as written', () => {
    const a = parse(`Date: 2023-11-05T23:30:00-05:00\n${BODY_1}`);
    expect(a.publishedAt).toBe('2023-11-05');
    expect(a.text).toBe(BODY_1);
  });

  it('removes a marker that names no real day but leaves publishedAt null', () => {
    const a = parse(`date 2023-02-30 ${BODY_1}`);
    expect(a.publishedAt).toBeNull();
    expect(a.text).toBe(BODY_1);
  });

  it('ignores date-like text later in the article', () => {
    const a = parse(`${BODY_1}\ndate 2023-11-05 was chosen for the vote.`);
    expect(a.publishedAt).toBeNull();
    expect(a.text).toContain('date 2023-11-05 was chosen');
  });

  it('lets a given publishedAt win and validates it', () => {
    expect(parse(`date 2023-11-05 ${BODY_1}`, 'x.txt', { publishedAt: '2022-01-02T10:00:00Z' }).publishedAt).toBe('2022-01-02');
    expect(() => parse(BODY_1, 'x.txt', { publishedAt: 'yesterday' })).toThrowError(/expected publishedAt as an ISO date.*yesterday/);
  });
});

describe('parseArticleText: boilerplate', () => {
  const cases: Array<[string, string]> = [
    ['Read more', 'Read more: Council delays vote on parking fees'],
    ['Read also', 'READ ALSO Storm closes the harbour for two days'],
    ['Related', 'Related: Five things to know about the budget'],
    ['share prompt', 'Share this article on Facebook'],
    ['subscribe prompt', 'Subscribe to our daily newsletter'],
    ['follow prompt', 'Follow us on Instagram for more local news'],
    ['click here', 'To see the full list of projects, click here'],
    ['cookie notice', 'We use cookies to improve your browsing experience. Accept all cookies?'],
    ['embedded picture post', 'Great turnout at the town hall tonight pic.twitter.com/AbCdEf123'],
    ['short post ending in a t.co link', 'The vote is happening right now https://t.co/XyZ987abc'],
    ['post attribution', '— Lakeview Gazette (@lakeview_gazette) March 3, 2024'],
    ['advertisement marker', 'Advertisement'],
  ];
  it.each(cases)('drops a %s line', (_what, line) => {
    const a = parse(`${BODY_1}\n${line}\n${BODY_2}`);
    expect(a.text).toBe(`${BODY_1}\n\n${BODY_2}`);
  });

  it('keeps prose that merely mentions the same words', () => {
    const prose = [
      'Residents who subscribe to the local water plan will pay less under the budget approved on Tuesday by the council.',
      'The bakery on Main Street, which sells cookies and bread, said it would hire six more people this year.',
      'Related talks between the two unions continue next week.',
    ];
    const a = parse(prose.join('\n'));
    expect(a.text).toBe(prose.join('\n\n'));
  });

  it('cuts a "Read more:" fragment glued to the end of a paragraph', () => {
    const a = parse(`${BODY_1} Read more: Council delays vote on parking fees\n${BODY_2}`);
    expect(a.text).toBe(`${BODY_1}\n\n${BODY_2}`);
  });
});

describe('parseArticleText: markdown', () => {
  it('removes markdown syntax and uses a leading heading as the title', () => {
    const md = [
      '# Harbour *reopens* after storm',
      '',
      'The **harbour authority** said the [main pier](https://example.org/pier "pier") was safe.',
      'Ferries resume __on Friday__.',
      '',
      '![a photo of the pier](https://example.org/pier.jpg)',
      '',
      '## What changes',
      '',
      '- Fees drop by `10%`',
      '- Night ferries return',
      '',
      '```',
      'const notText = true;',
      '```',
      '',
      '> Inspectors found _no_ damage.',
      '',
      '[ref]: https://example.org/ref',
    ].join('\n');
    const a = parse(md, 'news/harbour.md');
    expect(a.title).toBe('Harbour reopens after storm');
    expect(a.text).toBe(
      [
        'The harbour authority said the main pier was safe. Ferries resume on Friday.',
        'What changes',
        'Fees drop by 10%',
        'Night ferries return',
        'Inspectors found no damage.',
      ].join('\n\n'),
    );
  });

  it('keeps snake_case words and escaped characters intact', () => {
    const a = parse('The file_name field and 2 \\* 3 stay as written.', 'a.markdown');
    expect(a.text).toBe('The file_name field and 2 * 3 stay as written.');
  });

  it('reads title and date from front matter', () => {
    const a = parse('---\ntitle: "Harbour reopens"\ndate: 2024-03-01\n---\nThe harbour reopened on Friday.', 'x.md');
    expect(a.title).toBe('Harbour reopens');
    expect(a.publishedAt).toBe('2024-03-01');
    expect(a.text).toBe('The harbour reopened on Friday.');
  });

  it('treats the same input as plain text when the source is .txt', () => {
    const a = parse('The **harbour** reopened.', 'x.txt');
    expect(a.text).toBe('The **harbour** reopened.');
  });
});

describe('parseArticleText: id and errors', () => {
  it('derives a stable content id from the cleaned text', () => {
    const a = parse(`Lakeview council approves budget\n${BODY_1}`, 'one.txt');
    const b = parse(`${BODY_1}\r\n`, 'two.txt');
    const expected = `a-${createHash('sha256').update(BODY_1).digest('hex').slice(0, 16)}`;
    expect(a.id).toBe(expected);
    expect(b.id).toBe(expected);
    expect(parse(BODY_2).id).not.toBe(expected);
  });

  it('uses a given id and keeps the source', () => {
    const a = parse(BODY_1, 'feeds/x.txt', { id: 'story-7' });
    expect(a.id).toBe('story-7');
    expect(a.source).toBe('feeds/x.txt');
  });

  it.each([
    ['blank input', '  \n\t\n'],
    ['only a date marker', 'date 2024-01-01'],
    ['only boilerplate', 'Read more: Something else\nSubscribe to our newsletter'],
  ])('throws EMPTY_INPUT for %s', (_what, raw) => {
    let caught: unknown;
    try {
      parse(raw, 'empty.txt');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SourceError);
    expect((caught as SourceError).code).toBe('EMPTY_INPUT');
    expect((caught as SourceError).message).toMatch(/^empty\.txt: expected article text, found nothing/);
  });
});

describe('parseArticleText: bylines', () => {
  it.each(['By Jane Doe', 'BY JANE DOE AND JOHN ROE', 'By Ruth Okafor, Coastline Courier · 8 October 2024', 'By Ana de la Cruz & Li Wei'])('drops the byline %j', (line) => {
    expect(parse(`${BODY_1}\n${line}\n${BODY_2}`).text).toBe(`${BODY_1}\n\n${BODY_2}`);
  });
  it('neither takes a leading byline as the title nor keeps it', () => {
    const a = parse(`By Jane Doe and John Roe\n${BODY_1}\n${BODY_2}`);
    expect(a.title).toBeNull();
    expect(a.text).toBe(`${BODY_1}\n\n${BODY_2}`);
  });
  it('keeps prose that starts with "By"', () => {
    const prose = 'By Tuesday, the council had approved the plan.';
    expect(parse(`${BODY_1}\n${prose}`).text).toBe(`${BODY_1}\n\n${prose}`);
  });
});
