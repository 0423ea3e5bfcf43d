// The package's main entry: element classes, events and types, plus the token and initials modules.
// Registers nothing; import `social-hour-profile/define` for that.
export * from './token/index.js';
export * from './initials/index.js';
export { ShAvatar, avatarShapes, avatarLoadingModes, type AvatarShape, type AvatarLoading } from './elements/avatar/avatar.js';
export { ShAvatarLoadEvent, ShAvatarErrorEvent, type AvatarImageFailure } from './elements/avatar/events.js';
export { ShProfileCard, profileCardLayouts, type ProfileCardLayout } from './elements/profile-card/profile-card.js';
export { ShProfileVerifiedEvent, ShProfileErrorEvent } from './elements/profile-card/events.js';
export {
  englishProfileCardStrings,
  type ProfileCardStrings,
} from './elements/profile-card/profile-card-strings.js';
export { ShAttendeeList } from './elements/attendee-list/attendee-list.js';
export { ShAttendeeSelectEvent, ShListErrorsEvent, type AttendeeListError } from './elements/attendee-list/events.js';
export { englishAttendeeListStrings, type AttendeeListStrings } from './elements/attendee-list/attendee-list-strings.js';
export { ShAvatarGroup } from './elements/avatar-group/avatar-group.js';
export { englishAvatarGroupStrings, type AvatarGroupStrings } from './elements/avatar-group/avatar-group-strings.js';
export type { AvatarGroupEntry, AvatarGroupItem, AvatarGroupProfile } from './elements/avatar-group/avatar-group-people.js';
