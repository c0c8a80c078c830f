/**
 * Dependency-free HTML → article text. A tolerant single-pass tokenizer (linear in the
 * input, never throws): drops script/style/nav/header/footer/aside/noscript/svg/iframe and
 * similar chrome, turns block elements into paragraphs, decodes character references and
 * normalises white space. Title: `og:title`, else the first `<h1>`, else `<title>` without
 * a site-name suffix. Date: `article:published_time` (or `datePublished`), else the first
 * `<time datetime>`.
 */
import { decodeEntities } from './decodeEntities.js';
import { BLOCK, CELL, DROPPED } from './html/htmlElements.js';
import { htmlTokens, type HtmlToken } from './html/htmlTokens.js';
import { PageMetadata } from './html/PageMetadata.js';
import { ParagraphBuilder } from './html/ParagraphBuilder.js';

export interface HtmlText {
  title: string | null;
  publishedAt: string | null;
  /** Paragraphs separated by a blank line. */
  text: string;
}

/** The walk's state: open dropped elements (innermost last), title/date facts, article text. */
interface Walk {
  skipped: string[];
  meta: PageMetadata;
  body: ParagraphBuilder;
}

function addText(walk: Walk, raw: string): void {
  const decoded = decodeEntities(raw);
  walk.meta.text(decoded);
  if (walk.skipped.length === 0) walk.body.text(decoded);
}

function endTag(walk: Walk, name: string): void {
  if (name === 'h1') walk.meta.closeH1();
  if (name === 'pre') walk.body.inPre = false;
  const at = walk.skipped.lastIndexOf(name);
  if (at !== -1) walk.skipped.length = at;
  else walk.body.boundary(BLOCK.has(name), CELL.has(name));
}

function rawTextElement(walk: Walk, name: string, content: string): void {
  if (name === 'title') {
    if (walk.skipped.every((s) => s === 'head')) walk.meta.documentTitle(content);
  } else if ((name === 'textarea' || name === 'xmp') && content.length > 0) {
    addText(walk, content);
  }
}

function startTag(walk: Walk, name: string, attrSource: string, selfClosing: boolean): void {
  if (name === 'meta') {
    walk.meta.meta(attrSource);
    return;
  }
  if (name === 'time') walk.meta.time(attrSource);
  if (name === 'body') {
    // an unclosed <head> (or other chrome) must not swallow the body
    const head = walk.skipped.indexOf('head');
    if (head !== -1) walk.skipped.length = head;
  }
  if (DROPPED.has(name)) {
    if (!selfClosing) walk.skipped.push(name);
    return;
  }
  if (name === 'h1') walk.meta.openH1();
  if (name === 'pre') walk.body.inPre = true;
  walk.body.boundary(BLOCK.has(name), CELL.has(name));
}

function visit(walk: Walk, token: HtmlToken): void {
  if (token.kind === 'text') addText(walk, token.raw);
  else if (token.kind === 'end') endTag(walk, token.name);
  else if (token.kind === 'raw') rawTextElement(walk, token.name, token.content);
  else startTag(walk, token.name, token.attrSource, token.selfClosing);
}

/** Drops the headline from the first three paragraphs: it usually opens the body too. */
function withoutHeadline(paragraphs: string[], title: string | null, h1Text: string | null): string[] {
  if (title === null) return paragraphs;
  const norm = (s: string): string => s.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
  const at = paragraphs.slice(0, 3).findIndex((p) => norm(p) === norm(title) || (h1Text !== null && p === h1Text));
  return at === -1 ? paragraphs : paragraphs.filter((_, i) => i !== at);
}

export function htmlToText(html: string): HtmlText {
  const walk: Walk = { skipped: [], meta: new PageMetadata(), body: new ParagraphBuilder() };
  for (const token of htmlTokens(html)) visit(walk, token);
  walk.body.flush();
  const title = walk.meta.title();
  return {
    title: title !== null && title.length > 0 ? title : null,
    publishedAt: walk.meta.publishedAt(),
    text: withoutHeadline(walk.body.paragraphs, title, walk.meta.h1Text).join('\n\n'),
  };
}
