// Registers <sh-profile-card>; guarded so a second copy of the library on the page does not throw.
import { ShProfileCard } from './profile-card.js';

if (!customElements.get('sh-profile-card')) customElements.define('sh-profile-card', ShProfileCard);

declare global {
  interface HTMLElementTagNameMap {
    'sh-profile-card': ShProfileCard;
  }
}
