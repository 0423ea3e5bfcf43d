// Phone numbers standing in for a name (dial-in attendees): recognised so they never yield letter initials,
// and turned into digit initials only when the caller asks for them.

// An extension ("ext. 12", "x12", "#12") ends many dial-in names; the regex starts on a letter or '#', so
// no run of spaces is ever rescanned.
const extension = /(?:ext\.?|x|#)\s*\p{Nd}+$/iu;
const phonePattern = /^\+?[\p{Nd}\s().\/-]+$/u;
const digitGroups = /\p{Nd}+/gu;

/** Fewer digits than this is a number, not a phone number ("7", "42"). */
const MIN_PHONE_DIGITS = 3;

/** The digit groups of `text` when it is a phone number ("+1 (555) 123-4567" → 1, 555, 123, 4567), else `undefined`. */
export function phoneDigitGroups(text: string): string[] | undefined {
  const number = text.trim().replace(/^tel:/i, '').replace(extension, '').trim();
  if (!phonePattern.test(number)) return undefined;
  const groups = number.match(digitGroups) ?? [];
  const digits = groups.reduce((count, group) => count + [...group].length, 0);
  return digits >= MIN_PHONE_DIGITS ? groups : undefined;
}
