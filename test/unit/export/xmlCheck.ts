/**
 * A tiny strict XML 1.0 parser for tests: throws on anything not well-formed (bad nesting,
 * unescaped `<` or `&`, `]]>` in text, characters XML forbids, duplicate attributes, junk
 * after the root) and returns the element tree with decoded text and attribute values.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function decode(raw: string, where: string, inAttr: boolean): string {
  if (raw.includes('<')) throw new Error(`unescaped < in ${where}`);
  let norm = raw.replace(/\r\n?/g, '\n');
  if (inAttr) norm = norm.replace(/[\t\n]/g, ' ');
  return norm.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & in ${where}`);
    if (ref === 'lt') return '<';
    if (ref === 'gt') return '>';
    if (ref === 'amp') return '&';
    if (ref === 'quot') return '"';
    if (ref === 'apos') return "'";
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!num) throw new Error(`unknown entity &${ref}; in ${where}`);
    const ch = String.fromCodePoint(num[1] ? parseInt(num[1], 16) : parseInt(num[2]!, 10));
    if (INVALID.test(ch)) throw new Error(`character reference ${m} not allowed in XML 1.0`);
    return ch;
  });
}

export function parseXml(doc: string): XmlElement {
  if (INVALID.test(doc)) throw new Error(`document contains a character XML 1.0 forbids at ${doc.search(INVALID)}`);
  let i = 0;
  if (doc.startsWith('<?xml')) {
    i = doc.indexOf('?>');
    if (i < 0) throw new Error('unterminated XML declaration');
    i += 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < doc.length) {
    const lt = doc.indexOf('<', i);
    const textRaw = doc.slice(i, lt < 0 ? doc.length : lt);
    if (textRaw.includes(']]>')) throw new Error(']]> in text');
    const text = decode(textRaw, 'text', false);
    if (stack.length > 0) stack[stack.length - 1]!.text += text;
    else if (text.trim() !== '') throw new Error(`text outside the root element: ${JSON.stringify(text.slice(0, 20))}`);
    if (lt < 0) break;
    i = lt + 1;
    if (doc.startsWith('!--', i)) {
      const end = doc.indexOf('-->', i);
      if (end < 0) throw new Error('unterminated comment');
      i = end + 3;
      continue;
    }
    if (doc[i] === '/') {
      const m = NAME.exec(doc.slice(i + 1));
      if (!m) throw new Error('bad closing tag');
      const open = stack.pop();
      if (!open || open.name !== m[0]) throw new Error(`closing </${m[0]}> does not match <${open?.name ?? 'nothing'}>`);
      i += 1 + m[0].length;
      while (/\s/.test(doc[i] ?? '')) i++;
      if (doc[i] !== '>') throw new Error(`expected > after </${m[0]}`);
      i++;
      continue;
    }
    const m = NAME.exec(doc.slice(i));
    if (!m) throw new Error(`bad tag name at ${i}`);
    const el: XmlElement = { name: m[0], attrs: {}, children: [], text: '' };
    i += m[0].length;
    for (;;) {
      const ws = /^\s*/.exec(doc.slice(i))![0].length;
      i += ws;
      if (doc[i] === '>' || doc.startsWith('/>', i)) break;
      if (ws === 0) throw new Error(`expected white space before an attribute in <${el.name}>`);
      const an = NAME.exec(doc.slice(i));
      if (!an) throw new Error(`bad attribute in <${el.name}> at ${i}`);
      i += an[0].length;
      if (doc[i] !== '=') throw new Error(`expected = after ${an[0]}`);
      const quote = doc[i + 1];
      if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute ${an[0]}`);
      const end = doc.indexOf(quote, i + 2);
      if (end < 0) throw new Error('unterminated attribute');
      if (an[0] in el.attrs) throw new Error(`duplicate attribute ${an[0]}`);
      el.attrs[an[0]] = decode(doc.slice(i + 2, end), `attribute ${an[0]}`, true);
      i = end + 1;
    }
    const selfClosing = doc[i] === '/';
    i += selfClosing ? 2 : 1;
    if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
    else if (root) throw new Error('more than one root element');
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

/** All descendants named `name`, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (c.name === name) out.push(c);
    out.push(...findAll(c, name));
  }
  return out;
}
