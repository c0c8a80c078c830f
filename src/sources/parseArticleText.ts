/**
 * Pure cleaning of one plain-text or markdown article into an Article.
 *
 * Steps: Unicode/white-space normalisation → (markdown) front matter and syntax removal →
 * leading `date YYYY-MM-DD` marker → headline → marker on the line after the headline →
 * boilerplate lines dropped, glued "Read more: …" fragments cut → paragraphs joined by a
 * blank line. The returned `text` is what every evidence offset refers to.
 */
import type { Article } from '../model/types.js';
import { SourceError, describeValue } from '../errors.js';
import { articleId } from './articleId.js';
import { cutTrailingPromo, isBoilerplateLine } from './boilerplate.js';
import { readDateMarker } from './dateMarker.js';
import { normalizeIsoDate } from './dates.js';
import { looksLikeHeadline } from './headline.js';
import { markdownBlocks, stripInlineMarkdown } from './markdown.js';
import { normalizeText } from './normalizeText.js';
import { textBlocks, type TextBlock } from './textBlocks.js';

export type ArticleFormat = 'text' | 'markdown';

export interface ArticleMetaInput {
  /** Article id; default: `articleId(cleanedText)` = `a-` + 16 hex digits of its SHA-256. */
  id?: string;
  /**
   * A string is used as the title (and an identical first line is removed from the text);
   * `null` means "no title" (nothing is guessed); absent means "detect a headline".
   */
  title?: string | null;
  /** ISO date or date-time; wins over a date marker in the text (which is removed anyway). */
  publishedAt?: string | null;
  /** Default: markdown when `source` ends in `.md`/`.markdown`, else text. */
  format?: ArticleFormat;
}

/** Longest markdown heading accepted as the title. */
const MAX_HEADING_TITLE = 300;

export function formatForSource(source: string): ArticleFormat {
  return /\.(?:md|markdown)$/i.test(source) ? 'markdown' : 'text';
}

interface FrontMatter {
  title?: string;
  date?: string;
}

/** YAML-ish front matter (`---` … `---`) at the start of a markdown file: title and date only. */
function splitFrontMatter(text: string): { body: string; front: FrontMatter } {
  const m = /^---\n((?:[^\n]*\n){0,60}?)(?:---|\.\.\.)(?:\n|$)/.exec(text);
  if (!m || m[1] === undefined) return { body: text, front: {} };
  const lines = m[1].split('\n').filter((l) => l.trim() !== '');
  if (!lines.every((l) => /^(?:[\w-]+\s*:|\s+|-\s)/.test(l))) return { body: text, front: {} };
  const front: FrontMatter = {};
  for (const line of lines) {
    const kv = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (!kv || kv[1] === undefined || kv[2] === undefined) continue;
    const value = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2').trim();
    const key = kv[1].toLowerCase();
    if (key === 'title' && value) front.title = value;
    if ((key === 'date' || key === 'published' || key === 'publishedat' || key === 'published_at') && value) front.date = value;
  }
  return { body: text.slice(m[0].length), front };
}

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

function cleanTitle(title: string, format: ArticleFormat): string {
  const t = normalizeText(title).replace(/\s+/g, ' ').trim();
  return format === 'markdown' ? stripInlineMarkdown(t).trim() : t;
}

function validMetaDate(value: string, source: string): string {
  const date = normalizeIsoDate(value);
  if (date === null) {
    throw new SourceError('BAD_INPUT', `${source}: expected publishedAt as an ISO date (YYYY-MM-DD or date-time), found ${describeValue(value)}`, { source });
  }
  return date;
}

export function parseArticleText(raw: string, source: string, meta: ArticleMetaInput = {}): Article {
  const format = meta.format ?? formatForSource(source);
  let text = normalizeText(raw);
  let markerDate: string | null = null;
  let title: string | null = null;
  let detectTitle = meta.title === undefined;
  if (typeof meta.title === 'string') {
    const t = cleanTitle(meta.title, format);
    title = t.length > 0 ? t : null;
  }

  if (format === 'markdown') {
    const { body, front } = splitFrontMatter(text);
    text = body;
    if (detectTitle && front.title) {
      title = cleanTitle(front.title, format) || null;
      detectTitle = title === null;
    }
    if (front.date) markerDate = normalizeIsoDate(front.date);
  }

  const blocks: TextBlock[] = format === 'markdown' ? markdownBlocks(text) : textBlocks(text);

  // 1. a date marker at the very start of the text
  const takeMarker = (index: number): boolean => {
    const block = blocks[index];
    if (!block) return false;
    const marker = readDateMarker(block.text);
    if (!marker) return false;
    markerDate ??= marker.date;
    if (marker.rest === '') blocks.splice(index, 1);
    else block.text = marker.rest;
    return true;
  };
  takeMarker(0);

  // 2. the headline
  const first = blocks[0];
  if (first && blocks.length > 1) {
    if (title !== null && sameTitle(first.text, title)) {
      blocks.shift();
      takeMarker(0);
    } else if (detectTitle) {
      const isHeading = first.heading > 0 && first.heading <= 2 && first.text.length <= MAX_HEADING_TITLE;
      if (isHeading || (first.heading === 0 && looksLikeHeadline(first.text))) {
        title = first.text;
        blocks.shift();
        // 3. a marker on the line right after the headline
        takeMarker(0);
      }
    }
  }

  // 4. boilerplate
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (isBoilerplateLine(block.text)) continue;
    const cut = cutTrailingPromo(block.text).trim();
    if (cut.length > 0) paragraphs.push(cut);
  }
  const cleaned = paragraphs.join('\n\n');
  if (cleaned.length === 0) {
    throw new SourceError('EMPTY_INPUT', `${source}: expected article text, found nothing left after cleaning (${raw.trim() === '' ? 'the input is blank' : 'only a title, date or boilerplate'})`, { source });
  }

  let publishedAt: string | null = markerDate;
  if (typeof meta.publishedAt === 'string') publishedAt = validMetaDate(meta.publishedAt, source);

  const id = meta.id !== undefined && meta.id.trim() !== '' ? meta.id.trim() : articleId(cleaned);
  return { id, source, title, publishedAt, text: cleaned };
}
