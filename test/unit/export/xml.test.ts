import fc from 'fast-check';
import { anyUtf16 } from './arbitraries.js';
import { describe, expect, it } from 'vitest';
import { stripInvalidXmlChars, xmlAttr, xmlSafeId, xmlText } from '../../../src/export/xml.js';
import { parseXml } from './xmlCheck.js';

const anyString = anyUtf16;

describe('xml escaping', () => {
  it('escapes markup characters and drops characters XML 1.0 forbids', () => {
    expect(xmlText(`a<b>&"c"'d`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d');
    expect(xmlText(']]>')).toBe(']]&gt;');
    expect(stripInvalidXmlChars('a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\ufffeh\uffffi')).toBe('abcdefghi');
    expect(stripInvalidXmlChars('tab\tnl\ncr\r')).toBe('tab\tnl\ncr\r');
    expect(stripInvalidXmlChars('lone \ud800 high, lone \udc00 low, pair \ud83d\ude80')).toBe('lone  high, lone  low, pair 🚀');
    expect(xmlAttr('x\ny\tz\r')).toBe('x&#10;y&#9;z&#13;');
  });

  it('any string survives as element text and as attribute value, minus forbidden characters', () => {
    fc.assert(
      fc.property(anyString, anyString, (text, attr) => {
        const doc = `<?xml version="1.0"?>\n<r a="${xmlAttr(attr)}" b='${xmlAttr(attr)}'>${xmlText(text)}</r>`;
        const root = parseXml(doc);
        expect(root.text).toBe(stripInvalidXmlChars(text));
        expect(root.attrs.a).toBe(stripInvalidXmlChars(attr));
        expect(root.attrs.b).toBe(stripInvalidXmlChars(attr));
      }),
      { numRuns: 500 },
    );
  });

  it('xmlSafeId is injective and always XML-safe', () => {
    expect(xmlSafeId('plain key')).toBe('plain key');
    expect(xmlSafeId('a\u0001b')).not.toBe(xmlSafeId('ab'));
    expect(xmlSafeId('a%u0001b')).not.toBe(xmlSafeId('a\u0001b'));
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        expect(stripInvalidXmlChars(xmlSafeId(a))).toBe(xmlSafeId(a));
        if (a !== b) expect(xmlSafeId(a)).not.toBe(xmlSafeId(b));
      }),
      { numRuns: 500 },
    );
  });
});
