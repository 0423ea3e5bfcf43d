// initials(): the one or two letters an avatar shows for a display name, right for names in any script.

import { isIpAddress } from './addresses.js';
import { firstEmoji, GraphemeReader, isEmoji } from './graphemes.js';
import { removeAsides } from './name-asides.js';
import { cleanNameText } from './name-text.js';
import { nameWords } from './name-words.js';
import { phoneDigitGroups } from './phone-numbers.js';
import { initialOf, isLeadingVowel, scriptOf, scriptRule } from './scripts.js';

/** Options of {@link initials}. */
export interface InitialsOptions {
  /** Give only the first initial (one grapheme), for small avatars. */
  firstInitialOnly?: boolean;
  /** Give a phone number (a dial-in attendee) the first digits of its first and last digit groups. */
  allowPhoneInitials?: boolean;
}

const letterOrDigit = /^(?!\p{Lm})[\p{L}\p{Nd}\p{Nl}]/u;
const letter = /^(?!\p{Lm})\p{L}/u;

interface WordInitial {
  /** The grapheme the initial is made from. */
  readonly grapheme: string;
  /** The script of the word's first letter. */
  readonly script: string;
}

/**
 * A word's first letter or digit grapheme (leading punctuation, symbols, emoji and Thai/Lao leading vowels
 * skipped) and the script of its first letter, which for "2Pac" comes after the digit.
 */
function wordInitial(word: string): WordInitial | undefined {
  let initial: string | undefined;
  for (const grapheme of new GraphemeReader(word).from()) {
    if (!letterOrDigit.test(grapheme) || isEmoji(grapheme) || isLeadingVowel(grapheme)) continue;
    initial ??= grapheme;
    if (letter.test(grapheme)) return { grapheme: initial, script: scriptOf(grapheme) };
  }
  return undefined;
}

function wordsInitials(words: readonly string[], firstInitialOnly: boolean): string {
  const first = wordInitial(words[0] ?? '');
  if (!first) return '';
  const rule = scriptRule(first.script);
  const firstInitial = initialOf(first.grapheme, rule);
  if (firstInitialOnly || rule.firstOnly || words.length < 2) return firstInitial;
  const last = wordInitial(words.at(-1) ?? '');
  // A last word in another script ("Ivan Петров", "李 Bruce") would mix two writing systems in one avatar.
  if (!last || last.script !== first.script) return firstInitial;
  return firstInitial + initialOf(last.grapheme, rule);
}

function phoneInitials(groups: readonly string[], firstInitialOnly: boolean): string {
  const firstDigit = (group: string | undefined): string =>
    group ? String.fromCodePoint(group.codePointAt(0) ?? 0) : '';
  if (firstInitialOnly || groups.length < 2) return firstDigit(groups[0]);
  return firstDigit(groups[0]) + firstDigit(groups.at(-1));
}

/**
 * The initials an avatar shows for `name`: the first letter of the first and of the last word, upper-cased,
 * at most two graphemes, in logical order. Bracketed asides, quoted nicknames, titles and suffixes are
 * ignored, "Last, First" is reordered and an e-mail address uses its local part; each script follows its
 * own custom (one Han or Hangul character, one Arabic letter, no vowel marks...). A name without letters
 * gives `""` (the avatar shows a person glyph), an emoji-only name its first emoji. Never throws; linear in
 * the length of `name`, and bounded for very long names.
 */
export function initials(name: string, options: InitialsOptions = {}): string {
  const firstInitialOnly = options.firstInitialOnly === true;
  // Defensive for untyped callers: a missing or non-string name is simply a name without letters.
  const text = cleanNameText(typeof name === 'string' ? name : '');
  if (isIpAddress(text)) return '';
  const phoneGroups = phoneDigitGroups(text);
  if (phoneGroups) return options.allowPhoneInitials === true ? phoneInitials(phoneGroups, firstInitialOnly) : '';

  // Asides are ignored, unless they are all there is: '"Ada Lovelace" <ada@example.com>' falls back to the
  // quoted name, "<ada@example.com>" or "(Bob)" to the whole text.
  const withoutAsides = removeAsides(text, { brackets: true, quotes: true });
  const candidates = withoutAsides.removed
    ? [() => withoutAsides.text, () => removeAsides(text, { brackets: true, quotes: false }).text, () => text]
    : [() => text];
  for (const candidate of candidates) {
    const words = nameWords(candidate());
    if (words.length > 0) return wordsInitials(words, firstInitialOnly);
  }
  return firstEmoji(text) ?? '';
}
