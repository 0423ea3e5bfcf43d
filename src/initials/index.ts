// The DOM-free initials module (`social-hour-profile/initials`): initials and avatar colours for a name.
export { initials, type InitialsOptions } from './initials.js';
export {
  avatarColor,
  avatarColorKey,
  avatarPalette,
  type AvatarColor,
  type AvatarColorProfile,
} from './avatar-color.js';
