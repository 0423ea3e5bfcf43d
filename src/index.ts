// The package's main entry: element classes, events and types. Registers nothing; import
// `social-hour-profile/define` for that.
export * from './token/index.js';
export * from './initials/index.js';
