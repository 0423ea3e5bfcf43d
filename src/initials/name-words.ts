// The words of a name that carry its initials: e-mail local parts split, "Last, First" put back in order,
// honorifics and suffixes dropped, words without a letter left out.

import { emailLocalWords } from './addresses.js';

// Leading titles, compared in lower case without dots ("Dr." and "dr" are one title); an entry written with
// its dot ("hon.") is a title only with it, because without it the word is also a given name (Hon, Gen).
// Titles that are common names are left out on purpose: Don, Pan, Pastor, Sen, Sri, Sheikh, Imam, M., D.
const honorifics: ReadonlySet<string> = new Set([
  // English
  'mr', 'mrs', 'ms', 'miss', 'mx', 'mstr', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd', 'fr',
  'hon.', 'rt', 'capt', 'col', 'gen.', 'lt', 'maj', 'sgt', 'cpl', 'cmdr', 'adm', 'gov', 'pres', 'rabbi',
  // German, Dutch, French, Spanish, Portuguese, Italian
  'herr', 'frau', 'frl', 'dhr', 'mevr', 'mw', 'ir', 'drs', 'mme', 'mlle', 'pr', 'sr', 'sra', 'srta', 'dra', 'dña',
  'lic', 'ing.', 'sig', 'sigra', 'dott', 'dottssa', 'avv', 'profssa', 'dr-ing', 'dipl-ing', 'mag.',
  // Russian, Hindi, Persian, Arabic, Hebrew
  'г-н', 'г-жа', 'shri', 'smt', 'श्री', 'श्रीमती', 'सुश्री', 'कुमारी', 'डॉ', 'آقای', 'خانم', 'دکتر', 'مهندس',
  'السيد', 'السيدة', 'الدكتور', 'الشيخ', 'د.', 'מר', 'גב', 'דר', 'פרופ',
]);

// The faculty after a German or Austrian doctorate ("Dr. med.", "Dr. rer. nat."): dropped only with its dot
// and after a title, as "Phil" and "Nat" are also given names.
const academicQualifiers: ReadonlySet<string> = new Set([
  'med.', 'dent.', 'vet.', 'rer.', 'nat.', 'phil.', 'jur.', 'oec.', 'pol.', 'techn.', 'sc.', 'habil.', 'h.c.',
  'mult.',
]);

// Trailing suffixes, compared in lower case without dots. Roman numerals are matched in capitals only, so a
// name such as "Iv" is never taken for one; "V", "X" and "I" are left out because they are also initials.
const suffixes: ReadonlySet<string> = new Set([
  'jr', 'jnr', 'sr', 'snr', 'phd', 'md', 'dds', 'dmd', 'dvm', 'esq', 'mba', 'msc', 'bsc', 'mph', 'cpa', 'llb',
  'llm', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'qc', 'kc', '2nd', '3rd', '4th',
]);
const romanSuffixes: ReadonlySet<string> = new Set(['II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX']);

// Dots, apostrophes and the Hebrew abbreviation marks (ד"ר, גב') do not change which title a word is.
const titlePunctuation = /[.'"’׳״]/g;

function titleKey(word: string): string {
  return word.toLowerCase().replace(titlePunctuation, '');
}

function isHonorific(word: string): boolean {
  return honorifics.has(word.toLowerCase()) || honorifics.has(titleKey(word));
}

function isSuffix(word: string): boolean {
  return romanSuffixes.has(word.replace(/\.$/, '')) || suffixes.has(titleKey(word));
}

// A letter that can begin an initial: modifier letters (ʻ, ʼ, the Arabic tatweel, the kana length mark)
// are letters by category but never start a name.
const letter = /(?!\p{Lm})\p{L}/u;

/** Whether `word` holds a letter that can carry an initial. */
export function hasLetter(word: string): boolean {
  return letter.test(word);
}

// The Latin and Arabic commas; full-width commas are already folded to ASCII.
const commas = /[,،]/;
const whitespace = /\s+/;

function splitWords(text: string): string[] {
  return text.split(whitespace).filter((word) => word !== '');
}

/**
 * Puts "Last, First" back in order. A trailing part made only of suffixes ("Ada Lovelace, PhD", "Smith,
 * John, Jr.") is a suffix, not a reordering; a name with more than one remaining comma is left in order.
 */
function nameOrder(text: string): string {
  const parts = text.split(commas).map((part) => part.trim()).filter((part) => part !== '');
  while (parts.length > 1 && splitWords(parts.at(-1) ?? '').every(isSuffix)) parts.pop();
  const [last, first] = parts;
  return parts.length === 2 && last !== undefined && first !== undefined ? `${first} ${last}` : parts.join(' ');
}

/**
 * The words whose first letters are the name's initials: its first and last words with a letter, after
 * leading titles and trailing suffixes (one word when only one remains; none when the name has no letters).
 * Only the words at either end are examined, however many there are.
 */
export function nameWords(text: string): string[] {
  const localWords = emailLocalWords(text);
  const words = localWords ?? splitWords(nameOrder(text));
  const nextWithLetter = (from: number, step: 1 | -1): number => {
    let index = from;
    while (index >= 0 && index < words.length && !hasLetter(words[index] ?? '')) index += step;
    return index;
  };
  let first = nextWithLetter(0, 1);
  let last = nextWithLetter(words.length - 1, -1);
  if (first >= words.length) return [];
  if (!localWords) {
    let afterTitle = false;
    while (first < last) {
      const word = words[first] ?? '';
      if (!isHonorific(word) && !(afterTitle && academicQualifiers.has(word.toLowerCase()))) break;
      first = nextWithLetter(first + 1, 1);
      afterTitle = true;
    }
    while (first < last && isSuffix(words[last] ?? '')) last = nextWithLetter(last - 1, -1);
  }
  const firstWord = words[first] ?? '';
  return first === last ? [firstWord] : [firstWord, words[last] ?? ''];
}
