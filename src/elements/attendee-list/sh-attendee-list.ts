// Registers <sh-attendee-list>; guarded so a second copy of the library on the page does not throw.
// The element's package export (`social-hour-profile/attendee-list`): registers the tag and exports the class.
import { ShAttendeeList } from './attendee-list.js';
// The <sh-avatar> it renders; registered here, so the class module stays free of side effects.
import '../avatar/sh-avatar.js';

export { ShAttendeeList };

if (!customElements.get('sh-attendee-list')) customElements.define('sh-attendee-list', ShAttendeeList);

declare global {
  interface HTMLElementTagNameMap {
    'sh-attendee-list': ShAttendeeList;
  }
}
