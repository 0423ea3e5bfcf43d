// The baselines' initials: first grapheme of the first and last word, upper-cased (what an app would write).
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WORDY = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

function firstGrapheme(word) {
  for (const { segment } of graphemes.segment(word)) return segment;
  return '';
}

/** First grapheme of the first word plus, if there are several, of the last word; upper-cased. */
export function firstLetters(name) {
  const words = name.trim().split(/\s+/).filter((word) => WORDY.test(word));
  if (words.length === 0) return '';
  const last = words.length > 1 ? firstGrapheme(words[words.length - 1]) : '';
  return (firstGrapheme(words[0]) + last).toUpperCase();
}

/** A cheap string hash to a hue, so the baselines pay for a per-name colour as every avatar does. */
export function hueOf(name) {
  let hash = 0;
  for (let i = 0; i < name.length; i += 1) hash = (hash * 31 + name.charCodeAt(i)) | 0;
  return Math.abs(hash) % 360;
}
