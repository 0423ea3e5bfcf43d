// Registers <sh-avatar>; guarded so a second copy of the library on the page does not throw.
// The element's package export (`social-hour-profile/avatar`): registers the tag and exports the class.
import { ShAvatar } from './avatar.js';

export { ShAvatar };

if (!customElements.get('sh-avatar')) customElements.define('sh-avatar', ShAvatar);

declare global {
  interface HTMLElementTagNameMap {
    'sh-avatar': ShAvatar;
  }
}
