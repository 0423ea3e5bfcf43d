// Who an avatar group shows: its entries read into people (never throwing on bad input), and the split
// between the avatars shown and the people the overflow chip stands for.
import { avatarColorKey } from '../../initials/index.js';

/** One person of the group, as a host passes them. */
export interface AvatarGroupItem {
  readonly name: string;
  readonly src?: string | null;
  readonly colorKey?: string | null;
}

/** A `SessionProfile`-shaped entry: name from `displayName`, image from `avatarUrl`, colour from the e-mail. */
export interface AvatarGroupProfile {
  readonly displayName: string;
  readonly avatarUrl?: string | null;
  readonly email?: string | null;
}

export type AvatarGroupEntry = AvatarGroupItem | AvatarGroupProfile;

/** An entry as the group renders it; `name` is `''` when the entry had no usable name. */
export interface GroupPerson {
  readonly name: string;
  readonly src: string | null;
  readonly colorKey: string;
}

/** What the group renders for one set of inputs. */
export interface GroupSplit {
  readonly shown: readonly GroupPerson[];
  /** How many people the overflow chip stands for; `0` means no chip. */
  readonly hiddenCount: number;
  /** The names of the hidden entries when there are few enough to list, otherwise `null` (count only). */
  readonly hiddenNames: readonly string[] | null;
}

/** The chip names at most this many hidden people; beyond it, it counts them. */
export const listedNamesLimit = 10;

const anonymous: GroupPerson = Object.freeze({ name: '', src: null, colorKey: '' });

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Reads one entry. Anything that is not an item or a profile becomes an anonymous person (the person glyph). */
export function groupPerson(entry: unknown): GroupPerson {
  if (typeof entry !== 'object' || entry === null) return anonymous;
  try {
    const record = entry as Record<string, unknown>;
    const itemName = textOf(record['name']);
    if (itemName === null && textOf(record['displayName']) !== null) {
      const displayName = textOf(record['displayName']) ?? '';
      const colorKey = avatarColorKey({ displayName, email: textOf(record['email']) });
      return { name: displayName.trim() ? displayName : '', src: textOf(record['avatarUrl']), colorKey };
    }
    const name = itemName?.trim() ? itemName : '';
    const colorKey = textOf(record['colorKey'])?.trim() || (name ? avatarColorKey({ displayName: name }) : '');
    return { name, src: textOf(record['src']), colorKey };
  } catch {
    // A getter or proxy that throws: the entry still takes its place, as an anonymous person.
    return anonymous;
  }
}

/**
 * Splits `items` for a group of at most `max` slots: when everyone fits, everyone is shown; otherwise
 * `max - 1` avatars and the chip, so the group never grows wider than `max` avatars. `total` counts people
 * beyond `items` (it never lowers the count below `items.length`). Only the entries that are shown or
 * named are read, so a list of ten thousand costs what a list of fifteen does.
 */
export function splitGroup(items: unknown, max: number, total: number | null): GroupSplit {
  const entries: readonly unknown[] = Array.isArray(items) ? items : [];
  const people = Math.max(entries.length, total ?? 0);
  if (people <= max && people === entries.length) {
    return { shown: entries.map(groupPerson), hiddenCount: 0, hiddenNames: null };
  }
  const shownCount = Math.min(entries.length, Math.max(0, max - 1));
  const hiddenEntries = entries.length - shownCount;
  const hiddenNames =
    hiddenEntries <= listedNamesLimit
      ? entries
          .slice(shownCount)
          .map((entry) => groupPerson(entry).name)
          .filter((name) => name !== '')
      : null;
  return { shown: entries.slice(0, shownCount).map(groupPerson), hiddenCount: people - shownCount, hiddenNames };
}
