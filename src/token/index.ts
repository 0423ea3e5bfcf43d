// social-hour-profile/token: verify, decode, parse and sign attendee profile tokens. DOM-free, runs in
// browsers and Node 20+, and the only module of the library that imports jose.
export { verifyProfileToken, decodeProfileToken, type VerifyOptions } from './verify.js';
export { signProfileToken, type SignOptions } from './sign.js';
export {
  parseProfile,
  type SessionProfile,
  type SessionProfileInput,
  type UnverifiedProfile,
  type VerifiedProfile,
} from './profile.js';
export type { RegisteredClaims } from './registered-claims.js';
export type { ProfileKey, SigningKey } from './keys.js';
export type { ProfileAlgorithm } from './algorithms.js';
export { ProfileTokenError, profileTokenErrorCodes, type ProfileTokenErrorCode } from './errors.js';
