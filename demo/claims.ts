// The claims the playground signs: the seed's example attendee, and the two-way mapping between the
// claims editor's fields and the raw JSON beside it.
import { formatJson } from './json-text.js';

/** What the editor's form holds; empty optional fields are left out of the JSON and the token. */
export interface ClaimsFields {
  readonly displayName: string;
  readonly email: string;
  readonly avatarUrl: string;
  readonly userProfile: ReadonlyArray<readonly [string, string]>;
}

/** The claims as JSON: whatever the author wrote, checked only when signed (so every rule can be tried). */
export type Claims = Readonly<Record<string, unknown>>;

/** The attendee of the Social hour host documentation. */
export const seedClaims: Claims = {
  displayName: 'Larry David',
  email: 'larry@example.com',
  userProfile: [
    ['organization', 'Seinfield'],
    ['title', 'Producer'],
    ['interests', 'comedy'],
  ],
};

export function claimsFromFields(fields: ClaimsFields): Claims {
  return {
    displayName: fields.displayName,
    ...(fields.email ? { email: fields.email } : {}),
    ...(fields.avatarUrl ? { avatarUrl: fields.avatarUrl } : {}),
    ...(fields.userProfile.length ? { userProfile: fields.userProfile.map(([label, value]) => [label, value]) } : {}),
  };
}

/**
 * The form's view of `claims`. A claim of a type the form cannot show (a number as `displayName`, a
 * triple in `userProfile`) shows as empty and is named in `notShown`, so the JSON stays the truth.
 */
export function fieldsFromClaims(claims: Claims): { fields: ClaimsFields; notShown: string[] } {
  const notShown: string[] = [];
  const text = (name: string): string => {
    const value = claims[name];
    if (typeof value === 'string') return value;
    if (value !== undefined && value !== null) notShown.push(name);
    return '';
  };
  const pairs = claims.userProfile;
  let userProfile: [string, string][] = [];
  if (Array.isArray(pairs)) {
    const entries = pairs as unknown[];
    if (entries.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'))) {
      userProfile = entries as [string, string][];
    } else notShown.push('userProfile');
  } else if (pairs !== undefined) notShown.push('userProfile');
  return {
    fields: { displayName: text('displayName'), email: text('email'), avatarUrl: text('avatarUrl'), userProfile },
    notShown,
  };
}

export function claimsJson(claims: Claims): string {
  return formatJson(claims);
}

/** Parses the raw JSON: the claims, or a sentence on why they cannot be read. */
export function readClaimsJson(text: string): { claims: Claims } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'The claims must be a JSON object, such as {"displayName": "Larry David"}.' };
  }
  return { claims: value as Claims };
}
