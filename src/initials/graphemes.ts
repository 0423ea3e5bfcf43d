// Grapheme clusters, the unit every initial is made of, and the test for an emoji cluster.

/** One segmenter for the module: building an `Intl.Segmenter` costs far more than using one. */
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Asking ICU costs microseconds per text, so the common case is settled here: a BMP code point is a cluster
// of its own unless it joins what follows (CR, prepended marks and letters, a leading Hangul jamo) or what
// follows extends it (marks, joiners, skin tones, tags, Thai and Lao sara am, Hangul vowel and final jamo,
// Kirat Rai vowel signs). Astral code points (emoji, flags, rare scripts) always go to the segmenter.
const joinsNext = /[\r\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u1100-\u115F\uA960-\uA97F\uD800-\uDFFF]/y;
const extendsPrevious = new RegExp(
  String.raw`[\p{M}\p{Emoji_Modifier}\u200C\u200D\u{E0020}-\u{E007F}\u0E33\u0EB3\uFF9E\uFF9F` +
    String.raw`\u1160-\u11FF\uD7B0-\uD7FF\u{16D63}\u{16D67}-\u{16D6A}]`,
  'uy',
);

function standsAlone(text: string, index: number): boolean {
  joinsNext.lastIndex = index;
  if (joinsNext.test(text)) return false;
  extendsPrevious.lastIndex = index + 1;
  return !extendsPrevious.test(text);
}

/**
 * Reads the grapheme clusters of one text by code unit index. A code point that stands alone is its own
 * cluster without a call into ICU; for the others the text is segmented once and looked up.
 */
export class GraphemeReader {
  readonly #text: string;
  #segments: Intl.Segments | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** The cluster that starts at `index` (a cluster boundary), or `''` at the end of the text. */
  at(index: number): string {
    const text = this.#text;
    if (index >= text.length) return '';
    if (standsAlone(text, index)) return text.charAt(index);
    this.#segments ??= graphemeSegmenter.segment(text);
    const cluster = this.#segments.containing(index);
    return cluster ? cluster.segment.slice(index - cluster.index) : '';
  }

  /** The clusters from `index` on, in logical order, produced lazily so a caller can stop at the one it needs. */
  *from(index = 0): Generator<string, void, undefined> {
    for (let cluster = this.at(index); cluster !== ''; cluster = this.at(index)) {
      yield cluster;
      index += cluster.length;
    }
  }
}

// A cluster is an emoji when it holds a pictograph, a regional indicator (flags) or the keycap mark: this
// catches ZWJ families, skin-tone and tag sequences (subdivision flags) and keycaps without an emoji list
// that would go stale with each Unicode release.
const emojiPattern = /\p{Extended_Pictographic}|\p{Emoji_Presentation}|\p{Regional_Indicator}|\u20E3/u;

/** Whether a grapheme cluster is an emoji (a family, a flag, a keycap, a skin-tone sequence...). */
export function isEmoji(grapheme: string): boolean {
  return emojiPattern.test(grapheme);
}

/** The first emoji cluster of `text`, if any. */
export function firstEmoji(text: string): string | undefined {
  for (const grapheme of new GraphemeReader(text).from()) if (isEmoji(grapheme)) return grapheme;
  return undefined;
}
