import type { IncomingMessage } from 'node:http';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult = { kind: 'ok'; body: Buffer } | { kind: 'too-large'; received: number };

/**
 * Reads a request body of at most `limit` bytes. A larger body is read to its end and
 * discarded (so the client can still read the 413 answer) unless it exceeds `discardLimit`,
 * in which case the request is destroyed.
 */
export function readBody(req: IncomingMessage, limit: number, discardLimit = Math.max(limit * 16, 16 * 1024 * 1024)): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        tooLarge = true;
        chunks.length = 0;
        if (received > discardLimit) {
          req.destroy();
          resolve({ kind: 'too-large', received });
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { kind: 'too-large', received } : { kind: 'ok', body: Buffer.concat(chunks) }));
    req.on('error', (err) => (tooLarge ? resolve({ kind: 'too-large', received }) : reject(err)));
  });
}
