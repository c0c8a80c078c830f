/**
 * XML 1.0 text helpers shared by the GraphML and GEXF exports. Every string that reaches an
 * XML document goes through `xmlText` or `xmlAttr`, so exports are always well-formed.
 */

/**
 * Characters XML 1.0 does not allow anywhere (C0 controls other than tab/newline/CR,
 * lone surrogates, U+FFFE/U+FFFF). With the `u` flag a lone surrogate is one code point.
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters that cannot appear in an XML 1.0 document (not even as references). */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A literal CR is normalised to LF by XML parsers; a reference survives.
  '\r': '&#13;',
};

const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  // Attribute-value normalisation turns literal white space into spaces; references survive.
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Escapes element content: `<&>"'` and CR become references; invalid characters are dropped. */
export function xmlText(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"'\r]/g, (ch) => TEXT_ESCAPES[ch]!);
}

/** Escapes an attribute value (for double- or single-quoted attributes), keeping white space exact. */
export function xmlAttr(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"'\r\n\t]/g, (ch) => ATTR_ESCAPES[ch]!);
}

/**
 * An XML-safe, injective id for any key: `%` becomes `%25` and each character XML cannot hold
 * becomes `%uXXXX`, so distinct keys always get distinct ids (the real key is exported as data).
 */
export function xmlSafeId(key: string): string {
  return key.replace(/%|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, (ch) =>
    ch === '%' ? '%25' : `%u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
