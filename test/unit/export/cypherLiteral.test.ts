import fc from 'fast-check';
import { anyUtf16 } from './arbitraries.js';
import { describe, expect, it } from 'vitest';
import { isNewsgraphError } from '../../../src/errors.js';
import { cypherFloat, cypherLabel, cypherName, cypherRelationshipType, cypherString, cypherValue } from '../../../src/export/cypherLiteral.js';
import { parseCypherLiteral, parseCypherString, splitStatements } from './cypherParse.js';

describe('cypher literals', () => {
  it('writes pure-ASCII single-quoted strings that unescape to the original', () => {
    fc.assert(
      fc.property(anyUtf16, (s) => {
        const lit = cypherString(s);
        expect(lit).toMatch(/^'[\x20-\x7e]*'$/);
        expect(lit).not.toContain(';');
        const parsed = parseCypherString(lit, 0);
        expect(parsed.value).toBe(s);
        expect(parsed.end).toBe(lit.length);
      }),
      { numRuns: 400 },
    );
    expect(cypherString(`it's a "test"\\\n`)).toBe(`'it\\'s a \\"test\\"\\\\\\n'`);
    expect(cypherString('é🚀')).toBe("'\\u00E9\\uD83D\\uDE80'");
  });

  it('statements split at ; never cut a literal', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 5 }), (values) => {
        const script = values.map((v) => `RETURN ${cypherString(v)} AS v;`).join('\n');
        const statements = splitStatements(script);
        expect(statements).toHaveLength(values.length);
        statements.forEach((st, i) => expect(parseCypherLiteral(st, 'RETURN'.length).value).toBe(values[i]));
      }),
    );
  });

  it('keeps floats FLOAT and maps/lists parseable', () => {
    expect(cypherFloat(1)).toBe('1.0');
    expect(cypherFloat(0.25)).toBe('0.25');
    expect(cypherFloat(1e-7)).toBe('1e-7');
    const value = { 'we"ird`key': ['a', null, true], count: 3, score: 2 };
    const text = cypherValue(value, new Set(['count']));
    expect(text).toContain('`count`: 3,');
    expect(text).toContain('`score`: 2.0');
    expect(parseCypherLiteral(text).value).toEqual(value);
    expect(cypherName('a`b')).toBe('`a``b`');
  });

  it('validates labels and relationship types before escaping them', () => {
    expect(cypherRelationshipType('MET')).toBe('`MET`');
    expect(cypherRelationshipType('TALKED_TO_2')).toBe('`TALKED_TO_2`');
    expect(cypherLabel('Person')).toBe('`Person`');
    for (const bad of ['met', 'MET`]->(x) DETACH DELETE x//', 'A B', '', '_X', '1A']) {
      let caught: unknown;
      try {
        cypherRelationshipType(bad);
      } catch (e) {
        caught = e;
      }
      expect(isNewsgraphError(caught) && caught.code).toBe('INVALID_IDENTIFIER');
      expect((caught as Error).message).toContain(JSON.stringify(bad));
    }
    expect(() => cypherLabel('Person:Admin')).toThrow(/node label matching/);
  });
});
