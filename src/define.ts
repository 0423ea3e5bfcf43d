// Registers every element of the library (`social-hour-profile/define`) and re-exports the main entry.
import './elements/avatar/sh-avatar.js';
import './elements/profile-card/sh-profile-card.js';
import './elements/attendee-list/sh-attendee-list.js';
import './elements/avatar-group/sh-avatar-group.js';

export * from './index.js';
