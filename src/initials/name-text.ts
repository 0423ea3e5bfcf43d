// Turns any string into clean name text: bounded in length, without invisible or control characters,
// compatibility forms folded, NFC-normalised. Everything after this step can assume well-formed text.

/** Code units kept from each end of a longer name: far beyond any real name, small enough to stay fast. */
const WINDOW_UNITS = 128;

/** How far into a long name its first letter is looked for, and how much of what precedes it is kept (for an
 * opening bracket or quote). */
const LEAD_SEARCH_UNITS = 1024;
const LEAD_MARGIN_UNITS = 32;

const whitespace = /\s/;
const visibleCharacter = /[\p{L}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/**
 * Keeps the first and the last {@link WINDOW_UNITS} code units of a long name, so the cost of every later step
 * is bounded whatever the input length. Initials need only the first and the last word: the tail is cut at a
 * word boundary so a partial word never poses as the last one. Head and tail may overlap in a name led by
 * punctuation; that only repeats words after the first, and the last stays last.
 */
function boundedName(name: string): string {
  if (name.length <= 2 * WINDOW_UNITS) return name;
  // A name led by a long run of punctuation or marks still has its first word in the head.
  const lead = name.slice(0, LEAD_SEARCH_UNITS).search(visibleCharacter);
  const headStart = Math.max(0, lead - LEAD_MARGIN_UNITS);
  const head = name.slice(headStart, headStart + WINDOW_UNITS);
  let tailStart = name.length - WINDOW_UNITS;
  if (!whitespace.test(name.charAt(tailStart - 1))) {
    while (tailStart < name.length && !whitespace.test(name.charAt(tailStart))) tailStart += 1;
  }
  // A half surrogate left at either cut is removed with the other lone surrogates below.
  return `${head} ${name.slice(tailStart)}`;
}

// A lone surrogate is not a character at all; it would otherwise survive into a grapheme of its own.
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Controls that separate text (tab, line breaks, the information separators, NEL) separate words.
const separatingControls = /[\t\n\v\f\r\x1C-\x1F\x85]/g;
// Every other control, and every invisible format character (zero-width space, bidi controls, BOM, soft
// hyphen, word joiner, interlinear annotation...) except ZWJ, ZWNJ and the tag characters, which shape
// emoji, Indic conjuncts and subdivision flags. The Hangul fillers are letters by category but invisible,
// a common way to make a "blank" display name.
const invisibleCharacters =
  /(?![\u200C\u200D\u{E0020}-\u{E007F}])[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;
// Presentation forms that stand for ordinary letters: Latin and Armenian ligatures, Hebrew and Arabic
// presentation forms, small forms, full-width Latin and half-width kana, and the "fancy text" mathematical
// alphanumerics. NFKC on these ranges only: NFKC elsewhere would rewrite real text (superscripts, CJK
// compatibility ideographs used in names).
const compatibilityForms = /[\uFB00-\uFDFF\uFE50-\uFEFE\uFF01-\uFFEE\u{1D400}-\u{1D7FF}]+/gu;

/** Name text ready for word splitting: bounded, visible characters only, compatibility forms folded, NFC. */
export function cleanNameText(name: string): string {
  const visible = boundedName(name)
    .replace(loneSurrogates, '')
    .replace(separatingControls, ' ')
    .replace(invisibleCharacters, '');
  // Folding can lengthen the text (one Arabic ligature spells a phrase), so it is bounded again.
  return boundedName(visible.replace(compatibilityForms, (forms) => forms.normalize('NFKC'))).normalize('NFC');
}
