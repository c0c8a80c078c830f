/** A tiny Cypher literal parser for tests: strings (all escapes), numbers, booleans, null, lists, maps. */
export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

export interface ParseResult {
  value: Literal;
  end: number;
}

const ESC: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

function skip(text: string, i: number): number {
  while (/\s/.test(text[i] ?? '')) i++;
  return i;
}

export function parseCypherString(text: string, i: number): ParseResult {
  const quote = text[i];
  if (quote !== "'" && quote !== '"') throw new Error(`expected a string literal at ${i}`);
  let out = '';
  i++;
  for (;;) {
    const ch = text[i];
    if (ch === undefined) throw new Error('unterminated string');
    if (ch === quote) return { value: out, end: i + 1 };
    if (ch === '\n' || ch === '\r') throw new Error('raw line break inside a string literal');
    if (ch === '\\') {
      const e = text[i + 1]!;
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new Error(`bad \\u escape ${hex}`);
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
        continue;
      }
      const mapped = ESC[e];
      if (mapped === undefined) throw new Error(`unknown escape \\${e}`);
      out += mapped;
      i += 2;
      continue;
    }
    out += ch;
    i++;
  }
}

export function parseCypherLiteral(text: string, start = 0): ParseResult {
  let i = skip(text, start);
  const ch = text[i];
  if (ch === "'" || ch === '"') return parseCypherString(text, i);
  if (ch === '[') {
    const list: Literal[] = [];
    i = skip(text, i + 1);
    if (text[i] === ']') return { value: list, end: i + 1 };
    for (;;) {
      const item = parseCypherLiteral(text, i);
      list.push(item.value);
      i = skip(text, item.end);
      if (text[i] === ',') i++;
      else if (text[i] === ']') return { value: list, end: i + 1 };
      else throw new Error(`expected , or ] at ${i}`);
    }
  }
  if (ch === '{') {
    const map: { [key: string]: Literal } = {};
    i = skip(text, i + 1);
    if (text[i] === '}') return { value: map, end: i + 1 };
    for (;;) {
      i = skip(text, i);
      let key: string;
      if (text[i] === '`') {
        key = '';
        i++;
        for (;;) {
          if (text[i] === '`' && text[i + 1] === '`') {
            key += '`';
            i += 2;
          } else if (text[i] === '`') {
            i++;
            break;
          } else if (text[i] === undefined) throw new Error('unterminated backtick name');
          else key += text[i++];
        }
      } else {
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
        if (!m) throw new Error(`expected a map key at ${i}`);
        key = m[0];
        i += key.length;
      }
      i = skip(text, i);
      if (text[i] !== ':') throw new Error(`expected : at ${i}`);
      const v = parseCypherLiteral(text, i + 1);
      map[key] = v.value;
      i = skip(text, v.end);
      if (text[i] === ',') i++;
      else if (text[i] === '}') return { value: map, end: i + 1 };
      else throw new Error(`expected , or } at ${i}`);
    }
  }
  const word = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(text.slice(i));
  if (!word) throw new Error(`unexpected ${JSON.stringify(text.slice(i, i + 10))} at ${i}`);
  const w = word[0];
  const value = w === 'true' ? true : w === 'false' ? false : w === 'null' ? null : Number(w);
  return { value, end: i + w.length };
}

export interface UnwindStatement {
  rows: Literal[];
  body: string;
}

/** Splits a script into statements at `;` outside strings, backticks and comments. */
export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let cur = '';
  let i = 0;
  while (i < script.length) {
    const ch = script[i]!;
    if (ch === "'" || ch === '"') {
      const s = parseCypherString(script, i);
      cur += script.slice(i, s.end);
      i = s.end;
    } else if (ch === '`') {
      const end = script.indexOf('`', i + 1);
      cur += script.slice(i, end + 1);
      i = end + 1;
    } else if (script.startsWith('//', i)) {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end;
    } else if (ch === ';') {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      i++;
    } else {
      cur += ch;
      i++;
    }
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Parses `UNWIND [literal rows] AS row <body>`. */
export function parseUnwind(statement: string): UnwindStatement {
  if (!statement.startsWith('UNWIND')) throw new Error(`not an UNWIND statement: ${statement.slice(0, 30)}`);
  const list = parseCypherLiteral(statement, 'UNWIND'.length);
  if (!Array.isArray(list.value)) throw new Error('UNWIND expects a list');
  const rest = statement.slice(list.end).trim();
  if (!rest.startsWith('AS row')) throw new Error('expected AS row');
  return { rows: list.value, body: rest.slice('AS row'.length).trim() };
}
