import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../../src/cli/common.js';
import { dbSpec } from '../../../src/cli/dbCommand.js';
import { exportSpec } from '../../../src/cli/exportCommand.js';
import { extractSpec } from '../../../src/cli/extractCommand.js';
import { ingestSpec } from '../../../src/cli/ingestCommand.js';
import { parseSpec } from '../../../src/cli/parseCommand.js';
import { serveSpec } from '../../../src/cli/serveCommand.js';
import { statsSpec } from '../../../src/cli/statsCommand.js';

const SPECS: CommandSpec[] = [extractSpec, parseSpec, ingestSpec, serveSpec, exportSpec, statsSpec, dbSpec];

describe('command help', () => {
  it.each(SPECS.map((s) => [s.name, s] as const))('%s --help lists exactly the options the command accepts', (_name, spec) => {
    const listed = new Set([...spec.usage.matchAll(/(?<![\w-])--([a-z][a-z0-9-]*)/g)].map((m) => m[1]!));
    const accepted = new Set([...spec.flags.values, ...spec.flags.switches]);
    listed.delete('help');
    expect([...listed].filter((f) => !accepted.has(f)), 'listed but refused').toEqual([]);
    expect([...accepted].filter((f) => !listed.has(f)), 'accepted but not listed').toEqual([]);
  });

  it('read and Neo4j commands do not offer write or embedded-store options', () => {
    for (const spec of [statsSpec, exportSpec, serveSpec, dbSpec]) expect(spec.flags.values).not.toContain('batch-size');
    expect(dbSpec.flags.values).not.toContain('data');
    expect(dbSpec.flags.values).not.toContain('store');
  });
});
