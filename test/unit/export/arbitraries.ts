import fc from 'fast-check';

/** Any UTF-16 string, biased towards ASCII and markup/escape characters, including lone surrogates and controls. */
export const anyUtf16: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0, 1, 7, 8, 9, 10, 11, 12, 13, 0x1f, 0x22, 0x26, 0x27, 0x3b, 0x3c, 0x3e, 0x5c, 0x60, 0x2028, 0xfffe, 0xffff),
      fc.integer({ min: 0x80, max: 0xffff }),
      fc.constantFrom(0xd83d, 0xde80, 0xd800, 0xdfff),
    ),
    { maxLength: 40 },
  )
  .map((codes) => String.fromCharCode(...codes));
