/**
 * Byte-level checks before text is trusted: binary data, UTF-16, invalid UTF-8. Pure.
 */
import { SourceError } from '../errors.js';

/** Share of control bytes (in the sample) above which a file counts as binary. */
const CONTROL_SHARE = 0.3;
const SAMPLE = 64 * 1024;

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Why bytes are not text (NUL byte or mostly control characters), or null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `binary data (a NUL byte at byte offset ${nul})`;
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const b of sample) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (sample.length > 0 && control / sample.length > CONTROL_SHARE) {
    return `binary data (${Math.round((100 * control) / sample.length)}% control characters)`;
  }
  return null;
}

/**
 * Decodes UTF-8 strictly. Throws SourceError BINARY_INPUT / INVALID_ENCODING naming `source`
 * and the byte offset (shifted by `baseOffset`, e.g. the start of an NDJSON line).
 */
export function decodeUtf8(bytes: Uint8Array, source: string, details: { line?: number; baseOffset?: number } = {}): string {
  const base = details.baseOffset ?? 0;
  const where = details.line !== undefined ? `${source}: line ${details.line}` : source;
  const errDetails = details.line !== undefined ? { source, line: details.line } : { source };
  if (base === 0 && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new SourceError('INVALID_ENCODING', `${where}: expected UTF-8 text, found a UTF-16 byte order mark; convert the file to UTF-8`, errDetails);
  }
  const binary = binaryReason(bytes);
  if (binary !== null) {
    throw new SourceError('BINARY_INPUT', `${where}: expected UTF-8 text, found ${binary.replace(/offset (\d+)/, (_m, o: string) => `offset ${Number(o) + base}`)}`, errDetails);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const at = firstInvalidUtf8Offset(bytes);
    const offset = at === -1 ? '' : ` at byte offset ${at + base}`;
    throw new SourceError('INVALID_ENCODING', `${where}: expected UTF-8 text, found an invalid UTF-8 byte sequence${offset}`, { ...errDetails, byteOffset: at === -1 ? undefined : at + base }, { cause });
  }
}
