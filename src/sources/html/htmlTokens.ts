/**
 * A tolerant single-pass HTML tokenizer: linear in the input, never throws. Comments,
 * doctypes and processing instructions are skipped; raw-text elements (script, title, …)
 * come whole with their content; an unterminated tag ends the input, as in browsers.
 */
import { RAW_TEXT } from './htmlElements.js';

export type HtmlToken =
  /** Character data still holding its character references. */
  | { kind: 'text'; raw: string }
  | { kind: 'start'; name: string; attrSource: string; selfClosing: boolean }
  | { kind: 'end'; name: string }
  /** A raw-text element's start tag with its content up to the end tag (or the end of input). */
  | { kind: 'raw'; name: string; content: string };

/** Index of the `>` closing a tag that starts at `from`, honouring quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      // quotes only open attribute values (after `=`), not inside names
      const prev = html.slice(Math.max(from, i - 8), i).trimEnd();
      if (prev.endsWith('=')) quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return quote !== null ? html.indexOf('>', from) : -1;
}

/** Where the markup at `lt` (a comment, CDATA or declaration) ends, with any text it holds; null for other markup. */
function skipMarkup(html: string, lt: number): { next: number; raw: string } | null {
  const n = html.length;
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return { next: end === -1 ? n : end + 3, raw: '' };
  }
  if (html.startsWith('<![CDATA[', lt)) {
    const end = html.indexOf(']]>', lt + 9);
    return { next: end === -1 ? n : end + 3, raw: html.slice(lt + 9, end === -1 ? n : end).replace(/&/g, '&amp;') };
  }
  const next = html[lt + 1];
  if (next === '!' || next === '?') {
    const end = html.indexOf('>', lt + 2);
    return { next: end === -1 ? n : end + 1, raw: '' };
  }
  return null;
}

/** The content of raw-text element `name` starting at `from`, and where the input continues after its end tag. */
function rawContent(html: string, name: string, from: number): { content: string; next: number } {
  const n = html.length;
  const endTag = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  endTag.lastIndex = from;
  const end = endTag.exec(html);
  if (!end) return { content: html.slice(from), next: n };
  const close = html.indexOf('>', end.index);
  return { content: html.slice(from, end.index), next: close === -1 ? n : close + 1 };
}

export function* htmlTokens(html: string): Generator<HtmlToken> {
  const tagName = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const text = html.slice(i, lt === -1 ? n : lt);
    if (text.length > 0) yield { kind: 'text', raw: text };
    if (lt === -1) return;
    const markup = skipMarkup(html, lt);
    if (markup !== null) {
      if (markup.raw.length > 0) yield { kind: 'text', raw: markup.raw };
      i = markup.next;
      continue;
    }
    tagName.lastIndex = lt;
    const m = tagName.exec(html);
    if (!m || m[2] === undefined) {
      yield { kind: 'text', raw: '&lt;' };
      i = lt + 1;
      continue;
    }
    const name = m[2].toLowerCase();
    const gt = tagEnd(html, lt + m[0].length);
    if (gt === -1) return;
    const attrSource = html.slice(lt + m[0].length, gt);
    const selfClosing = attrSource.trimEnd().endsWith('/');
    i = gt + 1;
    if (m[1] === '/') {
      yield { kind: 'end', name };
    } else if (RAW_TEXT.has(name) && !selfClosing) {
      const raw = rawContent(html, name, i);
      yield { kind: 'raw', name, content: raw.content };
      i = raw.next;
    } else {
      yield { kind: 'start', name, attrSource, selfClosing };
    }
  }
}
