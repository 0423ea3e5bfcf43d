// The words <sh-profile-card> shows attendees, in English; replace any of them through `strings`.
import type { ProfileTokenErrorCode } from '../../token/index.js';

export interface ProfileCardStrings {
  /** Shown before any token or profile arrives. */
  readonly empty: string;
  /** Accessible name of the skeleton while the token is checked. */
  readonly verifying: string;
  /** The badge on a profile decoded without a key. */
  readonly unverified: string;
  /** Before the error code, for the host's support. */
  readonly errorCode: string;
  /** One message per error code, in words an attendee understands. */
  readonly errors: Readonly<Record<ProfileTokenErrorCode, string>>;
}

export const englishProfileCardStrings: ProfileCardStrings = {
  empty: 'No attendee profile to show yet.',
  verifying: 'Checking your sign-in link…',
  unverified: 'Unverified',
  errorCode: 'Error code',
  errors: {
    malformed: 'This sign-in link is damaged. Go back to the event page and open it again.',
    'too-large': 'This sign-in link is damaged. Go back to the event page and open it again.',
    algorithm: 'This sign-in link could not be verified. Go back to the event page and open it again.',
    key: 'Sign-in for this event is not set up correctly. Please tell the event host.',
    signature: 'This sign-in link could not be verified. Go back to the event page and open it again.',
    expired: 'This sign-in link has expired. Go back to the event page and open it again.',
    'not-yet-valid': "This sign-in link is not valid yet. Check your device's clock, then open the link again.",
    claims: 'This sign-in link is missing your profile details. Please tell the event host.',
  },
};

/** `strings` over the English defaults, error messages merged one by one. */
export function profileCardStrings(strings: Partial<ProfileCardStrings> | null | undefined): ProfileCardStrings {
  if (!strings) return englishProfileCardStrings;
  return {
    ...englishProfileCardStrings,
    ...strings,
    errors: { ...englishProfileCardStrings.errors, ...strings.errors },
  };
}
