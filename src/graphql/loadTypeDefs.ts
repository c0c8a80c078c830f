import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { ConfigError } from '../errors.js';
import { schemaDir } from '../paths.js';

/**
 * Reads every `*.graphql` file of `dir` (sorted by name) and parses them as one SDL document.
 * The SDL files are the public API; no SDL lives in TypeScript.
 */
export function loadTypeDefs(dir: string = schemaDir): DocumentNode {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.graphql')).sort();
  } catch (cause) {
    throw new ConfigError(`expected a schema directory with *.graphql files at ${dir}, found none (${(cause as Error).message})`);
  }
  if (names.length === 0) throw new ConfigError(`expected *.graphql files in ${dir}, found none`);
  const sdl = names.map((n) => readFileSync(path.join(dir, n), 'utf8')).join('\n');
  return parse(sdl);
}
