// Case- and accent-insensitive matching of attendees against a filter query. DOM-free.
import type { SessionProfile } from '../../token/index.js';

const combiningMarks = /\p{M}+/gu;
/** Latin letters with a stroke or ligatures, which Unicode does not decompose but searchers type plainly. */
const unDecomposed: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe' };
const unDecomposedLetters = /[łđøħŧıßæœ]/g;

/**
 * Folds text for matching: compatibility-decomposed (full-width Latin becomes ASCII, ligatures split),
 * combining marks dropped (é → e, ñ → n), lower-cased, and ł, ø, ß and the like spelled plainly. Query and text get the same folding, so scripts
 * whose marks are letters-in-part (Devanagari matras) still match consistently.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(unDecomposedLetters, (letter) => unDecomposed[letter] ?? letter);
}

/** The folded text a filter query is matched against: name, e-mail and every profile value. */
export function attendeeSearchText(profile: SessionProfile): string {
  return foldForSearch([profile.displayName, profile.email ?? '', ...profile.userProfile.map(([, value]) => value)].join('\n'));
}

/** Whether every word of the folded `query` occurs in `searchText`. An empty query matches everything. */
export function matchesQuery(searchText: string, foldedQuery: string): boolean {
  for (const word of foldedQuery.split(/\s+/)) {
    if (word && !searchText.includes(word)) return false;
  }
  return true;
}
