// Registers <sh-avatar-group>; guarded so a second copy of the library on the page does not throw.
// The element's package export (`social-hour-profile/avatar-group`): registers the tag and exports the class.
import { ShAvatarGroup } from './avatar-group.js';
// The <sh-avatar> it renders; registered here, so the class module stays free of side effects.
import '../avatar/sh-avatar.js';

export { ShAvatarGroup };

if (!customElements.get('sh-avatar-group')) customElements.define('sh-avatar-group', ShAvatarGroup);

declare global {
  interface HTMLElementTagNameMap {
    'sh-avatar-group': ShAvatarGroup;
  }
}
