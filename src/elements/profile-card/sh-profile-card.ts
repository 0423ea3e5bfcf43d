// Registers <sh-profile-card>; guarded so a second copy of the library on the page does not throw.
// The element's package export (`social-hour-profile/profile-card`): registers the tag and exports the class.
import { ShProfileCard } from './profile-card.js';
// The <sh-avatar> it renders; registered here, so the class module stays free of side effects.
import '../avatar/sh-avatar.js';

export { ShProfileCard };

if (!customElements.get('sh-profile-card')) customElements.define('sh-profile-card', ShProfileCard);

declare global {
  interface HTMLElementTagNameMap {
    'sh-profile-card': ShProfileCard;
  }
}
