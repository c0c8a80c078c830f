import { describe, expect, it } from 'vitest';
import { assertRelType, escapeRelType, isValidRelType, renderWithRelType, REL_TYPE_PLACEHOLDER } from '../../../src/store/neo4j/identifiers.js';
import { StoreError } from '../../../src/errors.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof StoreError ? error.code : 'not a StoreError';
  }
  return undefined;
}

describe('relationship type whitelist', () => {
  it.each(['MET', 'LAUNCHED', 'SIGNED_DEAL_WITH', 'A', 'X1_2'])('accepts %s', (t) => {
    expect(isValidRelType(t)).toBe(true);
    expect(escapeRelType(t)).toBe(`\`${t}\``);
  });

  it.each([
    ['injection', 'MET]->() DETACH DELETE'],
    ['backtick', 'MET`'],
    ['backtick escape attempt', 'MET` DELETE n //'],
    ['lower case', 'met'],
    ['mixed case', 'Met'],
    ['empty', ''],
    ['leading digit', '1MET'],
    ['leading underscore', '_MET'],
    ['space', 'MET WITH'],
    ['hyphen', 'MET-WITH'],
    ['unicode letter', 'MÉT'],
    ['too long', 'A'.repeat(65)],
  ])('rejects %s', (_label, t) => {
    expect(isValidRelType(t)).toBe(false);
    expect(codeOf(() => assertRelType(t))).toBe('INVALID_IDENTIFIER');
  });

  it('rejects non-strings with a message naming what was found', () => {
    expect(codeOf(() => assertRelType(42))).toBe('INVALID_IDENTIFIER');
    expect(() => assertRelType(null)).toThrow(/found null/);
    expect(() => assertRelType('met')).toThrow(/found the string "met"/);
  });

  it('renders only validated types into a template', () => {
    const template = `MATCH (a), (b) CREATE (a)-[r:${REL_TYPE_PLACEHOLDER}]->(b)`;
    expect(renderWithRelType(template, 'MET')).toBe('MATCH (a), (b) CREATE (a)-[r:`MET`]->(b)');
    expect(codeOf(() => renderWithRelType(template, 'MET]->() DETACH DELETE'))).toBe('INVALID_IDENTIFIER');
    expect(codeOf(() => renderWithRelType('MATCH (n) RETURN n', 'MET'))).toBe('STORE_ERROR');
  });
});
