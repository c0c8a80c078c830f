import { describe, expect, it } from 'vitest';
import { buildArticleExtraction } from '../../../src/resolution/buildArticleExtraction.js';
import { parseArticleText } from '../../../src/sources/parseArticleText.js';

function types(text: string): Record<string, string> {
  const article = parseArticleText(text, 'short-forms.txt', { title: null });
  return Object.fromEntries(buildArticleExtraction(article).entities.map((e) => [e.name, e.type]));
}

describe('short forms and entity types', () => {
  it('a family-name-first person re-mentioned by the first word stays a PERSON when a role is held', () => {
    const t = types('Mongolian leader Bat Erdene Tsog met Vladimir Putin in Moscow on Monday. Bat said the talks went well.');
    expect(t['Bat Erdene Tsog']).toBe('PERSON');
  });

  it('an organisation re-mentioned by its first word is still an ORGANIZATION', () => {
    const t = types('Harlow Brewing bought Copperfield Ales on Tuesday. Harlow said the deal would close in May.');
    expect(t['Harlow Brewing']).toBe('ORGANIZATION');
  });
});
