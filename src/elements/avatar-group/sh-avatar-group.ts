// Registers <sh-avatar-group>; guarded so a second copy of the library on the page does not throw.
import { ShAvatarGroup } from './avatar-group.js';

if (!customElements.get('sh-avatar-group')) customElements.define('sh-avatar-group', ShAvatarGroup);

declare global {
  interface HTMLElementTagNameMap {
    'sh-avatar-group': ShAvatarGroup;
  }
}
