import { describe, expect, it } from 'vitest';
import { cleanQualifiers } from '../../../src/resolution/buildArticleExtraction.js';
import { extract, find, named } from './helpers.js';

describe('round 5: qualifier hygiene', () => {
  it('resolves a bare month against the publication date and never keeps a raw month', () => {
    const x = extract('Orvalis Bank sold 40 percent of Dunmore Foods to Kestrel Capital in March.', '2025-05-15');
    const r = find(x, 'Orvalis Bank', 'SELL', 'Dunmore Foods');
    expect(r?.qualifiers.date).toBe('2025-03');
    expect(r?.qualifiers.to).toBe('Kestrel Capital');
    const undated = extract('Orvalis Bank sold 40 percent of Dunmore Foods to Kestrel Capital in March.', null);
    for (const rel of undated.relations) expect(rel.qualifiers.date).toBeUndefined();
  });

  it('keeps only ISO dates and drops of/than roles and bare quantities', () => {
    expect(cleanQualifiers({ date: 'March', of: 'Italy', than: '300 pubs', via: '71 percent', at: 'Lyon' })).toEqual({ at: 'Lyon' });
    expect(cleanQualifiers({ date: '2024-06', with: 'Ana Reis', attributedTo: 'Acme' })).toEqual({ date: '2024-06', with: 'Ana Reis', attributedTo: 'Acme' });
    expect(cleanQualifiers({ date: '2024-13-01' })).toEqual({});
    expect(cleanQualifiers({ date: 'last week', to: 'two billion cubic metres' })).toEqual({});
  });

  it('emits no qualifier outside the allowed shapes on a mixed paragraph', () => {
    const x = extract('Talia Brenner met the president of Mexico in Oaxaca last week. Brenner sold more than 300 pubs to Kestrel Capital on Tuesday.', '2025-05-15');
    for (const r of named(x)) {
      expect(Object.keys(r.qualifiers)).not.toContain('of');
      expect(Object.keys(r.qualifiers)).not.toContain('than');
      if (r.qualifiers.date !== undefined) expect(r.qualifiers.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });
});

describe('round 5: demonym + force nouns name a body', () => {
  it('makes "Kenyan authorities" and "the Ecuadorian national police" organisations named by the phrase', () => {
    const x = extract('Kenyan authorities arrested Tom Otieno. The Ecuadorian national police helped Belgian police.');
    const types = new Map(x.entities.map((e) => [e.name, e.type]));
    expect(types.get('Kenyan authorities')).toBe('ORGANIZATION');
    expect(types.get('Ecuadorian national police')).toBe('ORGANIZATION');
    expect(types.get('Belgian police')).toBe('ORGANIZATION');
    expect(types.has('Ecuadorian')).toBe(false);
    expect(find(x, 'Kenyan authorities', 'ARREST', 'Tom Otieno')).toBeDefined();
    expect(find(x, 'Ecuadorian national police', 'SUPPORT', 'Belgian police')).toBeDefined();
  });

  it('leaves a demonym before an ordinary noun alone', () => {
    const x = extract('Kenyan runners won the race in Nairobi.');
    expect(x.entities.some((e) => e.name === 'Kenyan runners')).toBe(false);
  });
});
