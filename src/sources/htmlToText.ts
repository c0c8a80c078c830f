/**
 * Dependency-free HTML → article text. A tolerant single-pass tokenizer (linear in the
 * input, never throws): drops script/style/nav/header/footer/aside/noscript/svg/iframe and
 * similar chrome, turns block elements into paragraphs, decodes character references and
 * normalises white space. Title: `og:title`, else the first `<h1>`, else `<title>` without
 * a site-name suffix. Date: `article:published_time` (or `datePublished`), else the first
 * `<time datetime>`.
 */
import { normalizeIsoDate } from './dates.js';
import { decodeEntities } from './decodeEntities.js';

export interface HtmlText {
  title: string | null;
  publishedAt: string | null;
  /** Paragraphs separated by a blank line. */
  text: string;
}

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript', 'svg', 'iframe', 'template',
  'form', 'button', 'select', 'canvas', 'object', 'video', 'audio', 'map', 'dialog', 'math', 'head',
]);
/** Elements whose content is raw text up to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'iframe', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'br', 'hr', 'tr', 'table',
  'thead', 'tbody', 'tfoot', 'caption', 'blockquote', 'section', 'article', 'main', 'pre', 'figure', 'figcaption',
  'address', 'details', 'summary', 'fieldset', 'center', 'body', 'html', 'hgroup', 'picture',
]);
const CELL = new Set(['td', 'th']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1]?.toLowerCase();
    if (name === undefined || attrs.has(name)) continue;
    attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

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

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Strips a trailing " | Site name" / " - Site" part of a document title: keeps the longest part. */
function titleWithoutSite(title: string): string {
  const parts = title.split(/\s+[|–—·:-]\s+|\s+[|»]\s*/).map(squash).filter(Boolean);
  if (parts.length <= 1) return title;
  return parts.reduce((best, p) => (p.length > best.length ? p : best), '');
}

export function htmlToText(html: string): HtmlText {
  const paragraphs: string[] = [];
  let inline: string[] = [];
  const skipStack: string[] = [];
  let h1: string[] | null = null;
  let h1Text: string | null = null;
  let docTitle: string | null = null;
  let ogTitle: string | null = null;
  let metaDate: string | null = null;
  let timeDate: string | null = null;
  let inPre = false;

  const flush = (): void => {
    const p = squash(inline.join(''));
    if (p.length > 0) paragraphs.push(p);
    inline = [];
  };
  const addText = (raw: string): void => {
    if (raw.length === 0) return;
    const decoded = decodeEntities(raw);
    if (h1 !== null) h1.push(decoded);
    if (skipStack.length > 0) return;
    if (inPre && decoded.includes('\n')) {
      const lines = decoded.split('\n');
      lines.forEach((line, i) => {
        if (i > 0) flush();
        inline.push(line);
      });
      return;
    }
    inline.push(decoded);
  };

  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      addText(html.slice(i));
      break;
    }
    addText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      addText(html.slice(lt + 9, end === -1 ? n : end).replace(/&/g, '&amp;'));
      i = end === -1 ? n : end + 3;
      continue;
    }
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt + 2);
      i = end === -1 ? n : end + 1;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const m = TAG_NAME.exec(html);
    if (!m || m[2] === undefined) {
      addText('&lt;');
      i = lt + 1;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    const gt = tagEnd(html, lt + m[0].length);
    if (gt === -1) break; // an unterminated tag swallows the rest, as in browsers
    const attrSource = html.slice(lt + m[0].length, gt);
    const selfClosing = attrSource.trimEnd().endsWith('/');
    i = gt + 1;

    if (closing) {
      if (name === 'h1' && h1 !== null) {
        const t = squash(h1.join(''));
        h1 = null;
        if (h1Text === null && t.length > 0) h1Text = t;
      }
      if (name === 'pre') inPre = false;
      const at = skipStack.lastIndexOf(name);
      if (at !== -1) {
        skipStack.length = at;
        continue;
      }
      if (BLOCK.has(name)) flush();
      else if (CELL.has(name)) inline.push(' ');
      continue;
    }

    if (name === 'meta') {
      const attrs = parseAttributes(attrSource);
      const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
      const content = attrs.get('content') ?? '';
      if (key === 'og:title' && ogTitle === null && squash(content) !== '') ogTitle = squash(content);
      if ((key === 'article:published_time' || key === 'datepublished' || key === 'date' || key === 'pubdate') && metaDate === null) {
        metaDate = normalizeIsoDate(content);
      }
      continue;
    }
    if (name === 'time' && timeDate === null) {
      const dt = parseAttributes(attrSource).get('datetime');
      if (dt !== undefined) timeDate = normalizeIsoDate(dt);
    }

    if (RAW_TEXT.has(name) && !selfClosing) {
      const endTag = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
      endTag.lastIndex = i;
      const end = endTag.exec(html);
      const content = html.slice(i, end ? end.index : n);
      if (name === 'title' && docTitle === null && skipStack.filter((s) => s !== 'head').length === 0) {
        docTitle = squash(decodeEntities(content));
      } else if (name === 'textarea' || name === 'xmp') {
        addText(content);
      }
      if (!end) break;
      const close = html.indexOf('>', end.index);
      i = close === -1 ? n : close + 1;
      continue;
    }
    if (name === 'body') {
      // an unclosed <head> (or other chrome) must not swallow the body
      const head = skipStack.indexOf('head');
      if (head !== -1) skipStack.length = head;
    }
    if (DROPPED.has(name)) {
      if (!selfClosing) skipStack.push(name);
      continue;
    }
    if (name === 'h1' && h1 === null && h1Text === null) h1 = [];
    if (name === 'pre') inPre = true;
    if (BLOCK.has(name)) flush();
    else if (CELL.has(name)) inline.push(' ');
    else if (name === 'img' || VOID.has(name)) inline.push('');
  }
  flush();

  const title = ogTitle ?? h1Text ?? (docTitle ? titleWithoutSite(docTitle) : null);
  // the headline usually opens the body too: keep it out of the text
  if (title !== null) {
    const norm = (s: string): string => s.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
    const at = paragraphs.slice(0, 3).findIndex((p) => norm(p) === norm(title) || (h1Text !== null && p === h1Text));
    if (at !== -1) paragraphs.splice(at, 1);
  }
  return {
    title: title !== null && title.length > 0 ? title : null,
    publishedAt: metaDate ?? timeDate,
    text: paragraphs.join('\n\n'),
  };
}
