/**
 * Loads the named Cypher statements of cypher/*.cypher.
 *
 * File format: a line `// name: <section.name>` starts a statement; it runs until the next
 * such line or the end of the file. Other `//` comment lines and blank lines are dropped.
 * Names are unique across all files. Files are read once, on first use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../../paths.js';
import { StoreError } from '../../errors.js';

export interface CypherSection {
  name: string;
  file: string;
  text: string;
}

const NAME_LINE = /^\s*\/\/\s*name:\s*([A-Za-z][\w.]*)\s*$/;

/** Parses one file's text into its named sections (pure). */
export function parseCypherFile(text: string, file: string): CypherSection[] {
  const sections: CypherSection[] = [];
  let current: { name: string; lines: string[] } | null = null;
  const flush = (): void => {
    if (!current) return;
    const body = current.lines.join('\n').trim();
    if (body === '') throw new StoreError('STORE_ERROR', `cypher section ${current.name} in ${file} expects a statement, found none`);
    sections.push({ name: current.name, file, text: body });
  };
  for (const line of text.split(/\r?\n/)) {
    const m = NAME_LINE.exec(line);
    if (m) {
      flush();
      current = { name: m[1] as string, lines: [] };
      continue;
    }
    if (/^\s*\/\//.test(line) || line.trim() === '') continue;
    if (!current) throw new StoreError('STORE_ERROR', `${file} expects a "// name: …" line before any Cypher, found ${JSON.stringify(line.trim())}`);
    current.lines.push(line.replace(/\s+$/, ''));
  }
  flush();
  return sections;
}

let cache: Map<string, CypherSection> | null = null;

/** Reads every *.cypher file of `dir` (default: the package's cypher/ folder). */
export function readCypherDir(dir: string = cypherDir): Map<string, CypherSection> {
  const byName = new Map<string, CypherSection>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
  for (const file of files) {
    for (const section of parseCypherFile(readFileSync(path.join(dir, file), 'utf8'), file)) {
      const seen = byName.get(section.name);
      if (seen) throw new StoreError('STORE_ERROR', `cypher section names must be unique, found ${section.name} in ${seen.file} and ${file}`);
      byName.set(section.name, section);
    }
  }
  return byName;
}

function sections(): Map<string, CypherSection> {
  cache ??= readCypherDir();
  return cache;
}

/** The statement named `name` (e.g. "entity.find"). */
export function loadCypher(name: string): string {
  const section = sections().get(name);
  if (!section) throw new StoreError('STORE_ERROR', `expected a cypher section named ${JSON.stringify(name)} in ${cypherDir}, found none`);
  return section.text;
}

/** Names of all statements whose name starts with `prefix` (e.g. "schema."), in file order. */
export function cypherNames(prefix = ''): string[] {
  return [...sections().keys()].filter((n) => n.startsWith(prefix));
}

/** The `$parameters` a statement uses (string literals and comments ignored), sorted, unique. */
export function cypherParameters(statement: string): string[] {
  const stripped = statement
    .replace(/'(?:[^'\\]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\/\/[^\n]*/g, '');
  const names = new Set<string>();
  for (const m of stripped.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(m[1] as string);
  return [...names].sort();
}
