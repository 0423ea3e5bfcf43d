// Registers <sh-attendee-list>; guarded so a second copy of the library on the page does not throw.
import { ShAttendeeList } from './attendee-list.js';

if (!customElements.get('sh-attendee-list')) customElements.define('sh-attendee-list', ShAttendeeList);

declare global {
  interface HTMLElementTagNameMap {
    'sh-attendee-list': ShAttendeeList;
  }
}
