// Events fired by <sh-avatar>.

/** Why an avatar shows initials instead of its image. */
export type AvatarImageFailure = 'refused-url' | 'error' | 'timeout' | 'failed-before';

/** Fired when the image loaded and replaced the initials. */
export class ShAvatarLoadEvent extends Event {
  static readonly eventName = 'sh-avatar-load';
  constructor(readonly src: string) {
    super(ShAvatarLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the image was refused, failed, or timed out; the avatar keeps showing initials. */
export class ShAvatarErrorEvent extends Event {
  static readonly eventName = 'sh-avatar-error';
  constructor(
    readonly src: string,
    readonly reason: AvatarImageFailure,
  ) {
    super(ShAvatarErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-avatar-load': ShAvatarLoadEvent;
    'sh-avatar-error': ShAvatarErrorEvent;
  }
}
