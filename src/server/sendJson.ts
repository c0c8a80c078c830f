import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../errors.js';

/** Ends `res` with `value` as JSON and an exact Content-Length. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** Ends `res` with a GraphQL-shaped error body: `{ errors: [{ message, extensions: { code } }] }`. */
export function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}
