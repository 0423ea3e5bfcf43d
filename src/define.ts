// Registers every element of the library (the convenience entry, `social-hour-profile/define`).
export * from './index.js';
