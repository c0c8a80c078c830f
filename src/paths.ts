import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Root of the installed package (works from src/ under vitest and from dist/ after build). */
export const packageRoot: string = fileURLToPath(new URL('..', import.meta.url));

export const schemaDir: string = path.join(packageRoot, 'schema');
export const cypherDir: string = path.join(packageRoot, 'cypher');
export const corpusDir: string = path.join(packageRoot, 'corpus');
export const modelsDir: string = path.join(packageRoot, 'models');
