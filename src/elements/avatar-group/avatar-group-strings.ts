// The words <sh-avatar-group> gives attendees, in English (replace any of them through `strings`), and the
// locale-aware number and list formats they are filled in with.
import type { GroupSplit } from './avatar-group-people.js';

export interface AvatarGroupStrings {
  /** Accessible name of the group when its `label` is not set. */
  readonly groupLabel: string;
  /** Name of an entry without a usable name. */
  readonly anonymous: string;
  /** The chip's name when it lists the hidden people; `names` is already a list in the element's language. */
  readonly alsoHere: (names: string) => string;
  /** Ends that list when some hidden people have no known name; `formatted` is `count` in the element's locale. */
  readonly more: (count: number, formatted: string) => string;
  /** The chip's name when there are too many hidden people to list. */
  readonly moreAttendees: (count: number, formatted: string) => string;
}

export const englishAvatarGroupStrings: AvatarGroupStrings = {
  groupLabel: 'Attendees',
  anonymous: 'Anonymous attendee',
  alsoHere: (names) => `Also here: ${names}`,
  more: (_count, formatted) => `${formatted} more`,
  moreAttendees: (count, formatted) => (count === 1 ? '1 more attendee' : `${formatted} more attendees`),
};

/** `strings` over the English defaults; entries of the wrong type are ignored. */
export function avatarGroupStrings(strings: Partial<AvatarGroupStrings> | null | undefined): AvatarGroupStrings {
  if (!strings || typeof strings !== 'object') return englishAvatarGroupStrings;
  const merged: Record<string, unknown> = { ...englishAvatarGroupStrings };
  for (const [key, fallback] of Object.entries(englishAvatarGroupStrings)) {
    const value: unknown = (strings as Record<string, unknown>)[key];
    if (typeof value === typeof fallback) merged[key] = value;
  }
  return merged as unknown as AvatarGroupStrings;
}

interface GroupFormats {
  readonly number: Intl.NumberFormat;
  readonly list: Intl.ListFormat;
}

// Building an Intl formatter costs far more than using one, and a page of 200 groups shares one locale.
const formatsByLocale = new Map<string, GroupFormats>();

/** The number and list formats of `locale` (a BCP 47 tag); an empty or invalid tag gets the browser's. */
export function groupFormats(locale: string): GroupFormats {
  let formats = formatsByLocale.get(locale);
  if (!formats) {
    try {
      formats = { number: new Intl.NumberFormat(locale || undefined), list: new Intl.ListFormat(locale || undefined) };
    } catch {
      // An invalid tag (`lang="en_GB!"`) throws a RangeError; the page's language is a hint, not a must.
      formats = groupFormats('');
    }
    formatsByLocale.set(locale, formats);
  }
  return formats;
}

/** The chip's text: `+N`, or `L+` when N is above `limit`. */
export function overflowText(hiddenCount: number, limit: number, formats: GroupFormats): string {
  return hiddenCount > limit ? `${formats.number.format(limit)}+` : `+${formats.number.format(hiddenCount)}`;
}

/** The chip's accessible name (and tooltip): the hidden names when they are few, otherwise their count. */
export function overflowName(split: GroupSplit, strings: AvatarGroupStrings, formats: GroupFormats): string {
  const { hiddenCount, hiddenNames } = split;
  if (!hiddenNames?.length) return strings.moreAttendees(hiddenCount, formats.number.format(hiddenCount));
  const unnamed = hiddenCount - hiddenNames.length;
  const parts = unnamed > 0 ? [...hiddenNames, strings.more(unnamed, formats.number.format(unnamed))] : hiddenNames;
  return strings.alsoHere(formats.list.format(parts));
}
