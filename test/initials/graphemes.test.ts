// GraphemeReader: the clusters it reads without ICU are the clusters Intl.Segmenter finds, for any string.
import { expect } from 'chai';
import fc from 'fast-check';
import { GraphemeReader } from '../../src/initials/graphemes.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segmented = (text: string): string[] => [...segmenter.segment(text)].map(({ segment }) => segment);

/** chai's `deep.equal`, as the synchronous assertion it is: once any test file imports @open-wc/testing, its
 * semantic-dom-diff types declare every `equal` a Promise, which no-floating-promises would flag. */
function expectDeepEqual<T>(actual: T, expected: T, message?: string): void {
  void expect(actual, message).to.deep.equal(expected);
}

const readAll = (text: string): string[] => [...new GraphemeReader(text).from()];

describe('GraphemeReader', () => {
  it('reads the clusters of names in many scripts as Intl.Segmenter does', () => {
    for (const text of [
      'Ada Lovelace', 'E\u0301mile', 'क्षितिज', 'ক্ষমা', 'ஸ்ரீதேவி', 'สมชาย ใจดี', 'กำ', 'ກຳ', '김민준',
      '\u1100\u1161\u11A8', '가\u11A8', '👨‍👩‍👧‍👦', '🇯🇵🇫🇷', '👍🏽', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'ൎര', '\r\n', 'a\u200Db',
      '\u0600\u0661', '\uD800a', 'a\uDC00', 'ｶﾞ',
    ]) {
      expectDeepEqual(readAll(text), segmented(text), JSON.stringify(text));
    }
  });

  it('reads the clusters of any string as Intl.Segmenter does', () => {
    const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) });
    for (const strings of [fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), codeUnits]) {
      fc.assert(
        fc.property(strings, (text) => {
          expectDeepEqual(readAll(text), segmented(text), JSON.stringify(text));
        }),
        { numRuns: 1000 },
      );
    }
  });

  it('reads a cluster from any boundary', () => {
    const reader = new GraphemeReader('Ada क्षि👍🏽');
    expectDeepEqual(reader.at(0), 'A');
    expectDeepEqual(reader.at(4), 'क्षि');
    expectDeepEqual(reader.at(8), '👍🏽');
    expectDeepEqual(reader.at(12), '');
  });
});
