import type { Failure } from '../pipeline.js';

/**
 * The error line of one failed article: `error: FILE: message [CODE]`. Source errors already
 * start with their file (and line), so the file is not named twice.
 */
export function failureLine(f: Failure): string {
  const where = f.message.startsWith(`${f.source}:`) || f.message.startsWith(`${f.source} `) ? '' : `${f.source}: `;
  return `error: ${where}${f.message} [${f.code}]`;
}
