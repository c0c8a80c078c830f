/**
 * Title and date facts met while walking a page: `og:title`, the first `<h1>`, `<title>`,
 * the meta publication date and the first `<time datetime>`. The first of each wins.
 */
import { normalizeIsoDate } from '../dates.js';
import { decodeEntities } from '../decodeEntities.js';
import { parseAttributes } from './parseAttributes.js';
import { squash } from './squash.js';

const DATE_KEYS: ReadonlySet<string> = new Set(['article:published_time', 'datepublished', 'date', 'pubdate']);

/** Strips a trailing " | Site name" / " - Site" part of a document title: keeps the longest part. */
function titleWithoutSite(title: string): string {
  const parts = title.split(/\s+[|–—·:-]\s+|\s+[|»]\s*/).map(squash).filter(Boolean);
  if (parts.length <= 1) return title;
  return parts.reduce((best, p) => (p.length > best.length ? p : best), '');
}

export class PageMetadata {
  private firstH1: string | null = null;
  private h1: string[] | null = null;
  private docTitle: string | null = null;
  private ogTitle: string | null = null;
  private metaDate: string | null = null;
  private timeDate: string | null = null;

  /** Text of the first `<h1>`, once it has closed with some text. */
  get h1Text(): string | null {
    return this.firstH1;
  }

  meta(attrSource: string): void {
    const attrs = parseAttributes(attrSource);
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
    const content = attrs.get('content') ?? '';
    if (key === 'og:title' && this.ogTitle === null && squash(content) !== '') this.ogTitle = squash(content);
    if (DATE_KEYS.has(key) && this.metaDate === null) this.metaDate = normalizeIsoDate(content);
  }

  time(attrSource: string): void {
    if (this.timeDate !== null) return;
    const dt = parseAttributes(attrSource).get('datetime');
    if (dt !== undefined) this.timeDate = normalizeIsoDate(dt);
  }

  /** A `<title>` element's raw content; only the first counts. */
  documentTitle(content: string): void {
    if (this.docTitle === null) this.docTitle = squash(decodeEntities(content));
  }

  openH1(): void {
    if (this.h1 === null && this.firstH1 === null) this.h1 = [];
  }

  /** Decoded text anywhere in the page: kept while the first `<h1>` is open. */
  text(decoded: string): void {
    if (this.h1 !== null) this.h1.push(decoded);
  }

  closeH1(): void {
    if (this.h1 === null) return;
    const t = squash(this.h1.join(''));
    this.h1 = null;
    if (this.firstH1 === null && t.length > 0) this.firstH1 = t;
  }

  /** `og:title`, else the first `<h1>`, else `<title>` without a site-name suffix. */
  title(): string | null {
    return this.ogTitle ?? this.firstH1 ?? (this.docTitle ? titleWithoutSite(this.docTitle) : null);
  }

  publishedAt(): string | null {
    return this.metaDate ?? this.timeDate;
  }
}
