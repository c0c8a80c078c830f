import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FRAMES = join(import.meta.dirname, '../../../src/extraction/frames');
const MAX_FUNCTION_LINES = 120;

function sources(): ts.SourceFile[] {
  return readdirSync(FRAMES)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ts.createSourceFile(f, readFileSync(join(FRAMES, f), 'utf8'), ts.ScriptTarget.Latest, true));
}

/** Every function with a body, as "file:line name" and its length in lines. */
function functionLengths(sf: ts.SourceFile): Array<{ where: string; lines: number }> {
  const out: Array<{ where: string; lines: number }> = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const from = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
      const to = sf.getLineAndCharacterOfPosition(n.end).line;
      const name = 'name' in n && n.name ? n.name.getText(sf) : '(anonymous)';
      out.push({ where: `${sf.fileName}:${from + 1} ${name}`, lines: to - from + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('relation frame modules (src/extraction/frames)', () => {
  it('replace the old single-closure relations.ts', () => {
    expect(existsSync(join(FRAMES, '../relations.ts'))).toBe(false);
    expect(existsSync(join(FRAMES, 'findRelations.ts'))).toBe(true);
  });

  it(`keep every function within ${MAX_FUNCTION_LINES} lines`, () => {
    const all = sources().flatMap(functionLengths);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((f) => f.lines > MAX_FUNCTION_LINES).map((f) => `${f.where} (${f.lines} lines)`)).toEqual([]);
  });

  it('hold no module-level mutable state (no top-level let/var)', () => {
    const mutable = sources().flatMap((sf) =>
      sf.statements
        .filter((s): s is ts.VariableStatement => ts.isVariableStatement(s) && (s.declarationList.flags & ts.NodeFlags.Const) === 0)
        .map((s) => `${sf.fileName}: ${s.getText(sf).slice(0, 60)}`),
    );
    expect(mutable).toEqual([]);
  });
});
