/** Element classes htmlToText treats alike (lower-case tag names). */

/** Elements whose content is never article text. */
export const DROPPED: ReadonlySet<string> = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript', 'svg', 'iframe', 'template',
  'form', 'button', 'select', 'canvas', 'object', 'video', 'audio', 'map', 'dialog', 'math', 'head',
]);
/** Elements whose content is raw text up to the matching end tag. */
export const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'iframe', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);
/** Elements that start and end a paragraph. */
export const BLOCK: ReadonlySet<string> = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'br', 'hr', 'tr', 'table',
  'thead', 'tbody', 'tfoot', 'caption', 'blockquote', 'section', 'article', 'main', 'pre', 'figure', 'figcaption',
  'address', 'details', 'summary', 'fieldset', 'center', 'body', 'html', 'hgroup', 'picture',
]);
/** Table cells: separated by a space. */
export const CELL: ReadonlySet<string> = new Set(['td', 'th']);
