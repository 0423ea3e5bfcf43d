// The attendee profile a token carries (SessionProfile and its verified/unverified forms) and the claim
// rules that produce it: parseProfile.
import { ProfileTokenError } from './errors.js';
import { describeValue, isObject, ownMember } from './json-object.js';
import type { RegisteredClaims } from './registered-claims.js';

/** An attendee's profile, read from token claims. Frozen, arrays and entries included. */
export interface SessionProfile {
  /** The name to show, exactly as signed (not trimmed, not escaped: escaping is the renderer's job). */
  readonly displayName: string;
  /** The attendee's email, or `null` when the token has none (an empty string counts as none). */
  readonly email: string | null;
  /** An absolute `https:` avatar URL as signed, or `null`: anything else falls back to initials. */
  readonly avatarUrl: string | null;
  /** Ordered `[label, value]` pairs the host chose to show, such as `['title', 'Producer']`. */
  readonly userProfile: ReadonlyArray<readonly [string, string]>;
}

/** What a host signs; {@link SessionProfile} with the optional fields optional. */
export interface SessionProfileInput {
  displayName: string;
  /** Left out of the token when `null`, `undefined` or `''`. */
  email?: string | null;
  /** Left out of the token when `null`, `undefined`, or not an absolute `https:` URL (the verifier would drop it). */
  avatarUrl?: string | null;
  userProfile?: ReadonlyArray<readonly [string, string]>;
}

/** A profile whose signature and claims were verified: `verified: true`, its registered claims and `kid`. */
export interface VerifiedProfile extends SessionProfile, RegisteredClaims {
  readonly verified: true;
  /** The protected header's key id, when it had one. */
  readonly kid?: string;
}

/**
 * A profile read without any check of signature or time (`decodeProfileToken`): `verified: false`, for
 * previews only. Never treat it as the attendee's identity.
 */
export interface UnverifiedProfile extends SessionProfile {
  readonly verified: false;
}

/** At most this many characters (Unicode code points, so an emoji counts once) in `displayName`. */
const maxDisplayNameLength = 256;
/** At most this many `[label, value]` entries in `userProfile`. */
const maxUserProfileEntries = 100;

/**
 * Validates claims that were verified elsewhere and returns the frozen profile they describe, or throws
 * a {@link ProfileTokenError} with code `claims`.
 *
 * - `displayName`: a string, non-empty after trimming, at most 256 code points.
 * - `email`: absent, `''` (read as `null`) or a string.
 * - `userProfile`: absent or an array of at most 100 entries, each exactly `[string, string]`.
 * - `avatarUrl`: kept only when it parses as an absolute `https:` URL; anything else becomes `null`
 *   (never an error), and the profile shows initials.
 * - Unknown claims are ignored; only own members are read, so `__proto__`, `constructor` and a polluted
 *   `Object.prototype` can never stand in for a field. Strings are returned exactly as given.
 */
export function parseProfile(claims: unknown): SessionProfile {
  return Object.freeze(readProfileFields(claims));
}

/** {@link parseProfile} without the final freeze, for callers that add fields first. */
export function readProfileFields(claims: unknown): SessionProfile {
  try {
    if (!isObject(claims)) {
      throw new ProfileTokenError('claims', `the claims are ${describeValue(claims)}, not an object`);
    }
    return {
      displayName: readDisplayName(ownMember(claims, 'displayName')),
      email: readEmail(ownMember(claims, 'email')),
      avatarUrl: readAvatarUrl(ownMember(claims, 'avatarUrl')),
      userProfile: readUserProfile(ownMember(claims, 'userProfile')),
    };
  } catch (error) {
    // Objects that did not come from JSON may have throwing getters or be revoked proxies.
    if (error instanceof ProfileTokenError) throw error;
    throw new ProfileTokenError('claims', 'the claims could not be read', { cause: error });
  }
}

function readDisplayName(value: unknown): string {
  if (typeof value !== 'string') {
    throw new ProfileTokenError('claims', `"displayName" must be a string, got ${describeValue(value)}`);
  }
  if (value.trim() === '') throw new ProfileTokenError('claims', '"displayName" is empty or only whitespace');
  if (exceedsCodePoints(value, maxDisplayNameLength)) {
    throw new ProfileTokenError('claims', `"displayName" is longer than ${maxDisplayNameLength} characters`);
  }
  return value;
}

function readEmail(value: unknown): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') {
    throw new ProfileTokenError('claims', `"email" must be a string, got ${describeValue(value)}`);
  }
  return value;
}

function readAvatarUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // No base URL: relative and protocol-relative ("//host/a.png") values fail to parse. The parser also
  // sees through case and padding (" JavaScript:", "java\tscript:") exactly as an <img> would.
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'https:' ? value : null;
}

function readUserProfile(value: unknown): ReadonlyArray<readonly [string, string]> {
  if (value === undefined) return Object.freeze([]);
  if (!Array.isArray(value)) {
    throw new ProfileTokenError(
      'claims',
      `"userProfile" must be an array of [label, value] pairs, got ${describeValue(value)}`,
    );
  }
  const source = value as unknown[];
  const length = source.length;
  if (length > maxUserProfileEntries) {
    throw new ProfileTokenError(
      'claims',
      `"userProfile" has ${length} entries; at most ${maxUserProfileEntries} are allowed`,
    );
  }
  const entries: (readonly [string, string])[] = [];
  for (let index = 0; index < length; index += 1) {
    const entry: unknown = source[index];
    if (!Array.isArray(entry) || entry.length !== 2) {
      throw new ProfileTokenError(
        'claims',
        `"userProfile[${index}]" must be a [label, value] pair, got ${describeValue(entry)}`,
      );
    }
    const [label, text] = entry as unknown[];
    if (typeof label !== 'string' || typeof text !== 'string') {
      throw new ProfileTokenError('claims', `"userProfile[${index}]" must hold two strings`);
    }
    entries.push(Object.freeze([label, text] as const));
  }
  return Object.freeze(entries);
}

/** Whether `value` has more than `max` code points, without building an array of them. */
function exceedsCodePoints(value: string, max: number): boolean {
  if (value.length <= max) return false;
  if (value.length > max * 2) return true;
  let count = 0;
  for (let index = 0; index < value.length; index += (value.codePointAt(index) ?? 0) > 0xffff ? 2 : 1) {
    count += 1;
    if (count > max) return true;
  }
  return false;
}
