// Registers <sh-avatar>; guarded so a second copy of the library on the page does not throw.
import { ShAvatar } from './avatar.js';

if (!customElements.get('sh-avatar')) customElements.define('sh-avatar', ShAvatar);

declare global {
  interface HTMLElementTagNameMap {
    'sh-avatar': ShAvatar;
  }
}
