// Events fired by <sh-profile-card>.
import type { ProfileTokenErrorCode, SessionProfile } from '../../token/index.js';

/** Fired when the card shows a profile: verified, or decoded without a key under `unverified`. */
export class ShProfileVerifiedEvent extends Event {
  static readonly eventName = 'sh-profile-verified';
  constructor(readonly profile: SessionProfile) {
    super(ShProfileVerifiedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the card shows an error instead of a profile. */
export class ShProfileErrorEvent extends Event {
  static readonly eventName = 'sh-profile-error';
  constructor(
    readonly code: ProfileTokenErrorCode,
    readonly message: string,
  ) {
    super(ShProfileErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-profile-verified': ShProfileVerifiedEvent;
    'sh-profile-error': ShProfileErrorEvent;
  }
}
