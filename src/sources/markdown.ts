/**
 * Markdown → plain blocks: headings lose their `#`, emphasis markers go, links keep their
 * text, images, code fences, reference definitions, HTML comments and rules are dropped.
 * Pure and linear in the input size.
 */
import type { TextBlock } from './textBlocks.js';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_1 = /^\s{0,3}=+\s*$/;
const SETEXT_2 = /^\s{0,3}-+\s*$/;
const RULE = /^\s{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const QUOTE_MARK = /^\s{0,3}>[ \t]?/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,9}[.)])[ \t]+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const REFERENCE_DEF = /^\s{0,3}\[[^\]\n]+\]:\s*\S+/;

/** `(url "title")` after a link or image: no spaces in the address, one level of parentheses. */
const LINK_TARGET = String.raw`\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:\s+(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'))?\s*\)`;

/** Removes inline markdown from one line or paragraph. */
export function stripInlineMarkdown(text: string): string {
  const escaped: string[] = [];
  let s = text.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, (_m, ch: string) => `\uE000${escaped.push(ch) - 1}\uE001`);
  s = s
    // images: ![alt](url) and ![alt][ref]
    .replace(new RegExp(`!\\[[^\\]\\n]{0,500}\\]${LINK_TARGET}`, 'g'), '')
    .replace(/!\[[^\]\n]{0,500}\]\[[^\]\n]{0,200}\]/g, '')
    // links: [text](url "title") and [text][ref] → text
    .replace(new RegExp(`\\[([^\\]\\n]{0,500})\\]${LINK_TARGET}`, 'g'), '$1')
    .replace(/\[([^\]\n]{1,500})\]\[[^\]\n]{0,200}\]/g, '$1')
    // autolinks <https://…> → the address
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    // inline code keeps its content
    .replace(/(`+)([^`\n]{1,1000}?)\1/g, '$2')
    // inline HTML tags
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>\n]*)?\/?>/g, '')
    // emphasis (bounded spans keep this linear on hostile input)
    .replace(/(\*\*|__)(?=\S)([^\n]{0,400}?\S)\1/g, '$2')
    .replace(/~~(?=\S)([^\n]{0,400}?\S)~~/g, '$1')
    .replace(/(^|[^\p{L}\p{N}*\\])\*(?=\S)([^*\n]{0,400}?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_\\])_(?=\S)([^_\n]{0,400}?\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
  return s.replace(/\uE000(\d+)\uE001/g, (m, i: string) => escaped[Number(i)] ?? m);
}

/** Splits markdown into blocks (paragraphs, headings, list items), inline syntax removed. */
export function markdownBlocks(text: string): TextBlock[] {
  const lines = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '').split('\n');
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let fence: string | null = null;

  const flush = (heading = 0): void => {
    if (paragraph.length > 0) {
      const joined = stripInlineMarkdown(paragraph.join(' ')).replace(/\s+/g, ' ').trim();
      if (joined.length > 0) blocks.push({ text: joined, heading });
    }
    paragraph = [];
  };

  for (const rawLine of lines) {
    const fenceMatch = FENCE.exec(rawLine);
    if (fence !== null) {
      if (fenceMatch?.[1] !== undefined && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch?.[1] !== undefined) {
      flush();
      fence = fenceMatch[1];
      continue;
    }
    let line = rawLine;
    while (QUOTE_MARK.test(line)) line = line.replace(QUOTE_MARK, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (paragraph.length > 0 && SETEXT_1.test(line)) {
      flush(1);
      continue;
    }
    if (paragraph.length > 0 && SETEXT_2.test(line)) {
      flush(2);
      continue;
    }
    if (RULE.test(line) || TABLE_SEPARATOR.test(line) || REFERENCE_DEF.test(line)) {
      flush();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading?.[1] !== undefined) {
      flush();
      paragraph = [heading[2] ?? ''];
      flush(heading[1].length);
      continue;
    }
    if (TABLE_ROW.test(line)) {
      flush();
      const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).filter(Boolean);
      paragraph = [cells.join('; ')];
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      paragraph = [line.slice(item[0].length)];
      continue;
    }
    // hard line breaks (two trailing spaces or a backslash) join like soft ones
    paragraph.push(line.replace(/(?: {2,}|\\)$/, ''));
  }
  flush();
  return blocks;
}
