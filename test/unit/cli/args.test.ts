import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.js';
import { loadConfig } from '../../../src/config.js';
import { NewsgraphError } from '../../../src/errors.js';

const spec = { values: ['data', 'format'], switches: ['json'] };

describe('parseArgs', () => {
  it('reads values in both spellings, switches, positionals, - and --', () => {
    const a = parseArgs(['x', '--data', 'd', '--format=csv', '-', '--json', '--', '--not-a-flag'], spec, 'cmd');
    expect(a.positionals).toEqual(['x', '-', '--not-a-flag']);
    expect(a.flags).toEqual({ data: 'd', format: 'csv', json: true });
  });

  it('says what was expected when a value is missing or a flag is unknown', () => {
    expect(() => parseArgs(['--data'], spec, 'cmd')).toThrow(/--data expects a value, found the end/);
    expect(() => parseArgs(['--nope'], spec, 'cmd')).toThrow(/unknown option --nope; expected one of: --data, --format, --json/);
    expect(() => parseArgs(['--json=1'], spec, 'cmd')).toThrow(NewsgraphError);
  });
});

describe('loadConfig', () => {
  it('uses defaults, flags win over environment', () => {
    const c = loadConfig({}, {});
    expect(c.store).toBe('embedded');
    expect(c.port).toBe(4000);
    expect(c.neo4j).toBeNull();
    const d = loadConfig({ port: '5001', data: '/x' }, { PORT: '7000', NEO4J_URI: 'bolt://h:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' });
    expect(d.port).toBe(5001);
    expect(d.dataDir).toBe('/x');
    expect(d.neo4j).toMatchObject({ uri: 'bolt://h:7687', user: 'u', password: 'p', batchSize: 50 });
  });

  it('rejects bad values with what was expected and found', () => {
    expect(() => loadConfig({ store: 'mongo' }, {})).toThrow(/--store expects "embedded" or "neo4j", found "mongo"/);
    expect(() => loadConfig({ store: 'neo4j' }, {})).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ port: '70000' }, {})).toThrow(/--port expects a whole number from 0 to 65535, found 70000/);
    expect(() => loadConfig({ 'min-confidence': 'high' }, {})).toThrow(/--min-confidence expects a number from 0 to 1/);
  });
});
