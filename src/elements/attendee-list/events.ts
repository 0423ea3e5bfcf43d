// Events fired by <sh-attendee-list>.
import type { ProfileTokenErrorCode, SessionProfile } from '../../token/index.js';

/** A token the list could not show: its index in `tokens` (or `profiles`) and why. */
export interface AttendeeListError {
  readonly index: number;
  readonly code: ProfileTokenErrorCode;
}

/** Fired when the attendee presses Enter on a row or clicks it. */
export class ShAttendeeSelectEvent extends Event {
  static readonly eventName = 'sh-attendee-select';
  constructor(readonly profile: SessionProfile) {
    super(ShAttendeeSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when verification of the current tokens finished with some of them refused. */
export class ShListErrorsEvent extends Event {
  static readonly eventName = 'sh-list-errors';
  constructor(readonly errors: readonly AttendeeListError[]) {
    super(ShListErrorsEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-attendee-select': ShAttendeeSelectEvent;
    'sh-list-errors': ShListErrorsEvent;
  }
}
