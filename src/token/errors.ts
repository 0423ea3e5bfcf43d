// ProfileTokenError: the one error type the token module rejects with, and its stable codes.

/** Every reason a profile token can be refused, in the order verification checks them. */
export const profileTokenErrorCodes = [
  'malformed',
  'too-large',
  'algorithm',
  'key',
  'signature',
  'expired',
  'not-yet-valid',
  'claims',
] as const;

/** Why a profile token was refused; stable across releases, so code can branch on it. */
export type ProfileTokenErrorCode = (typeof profileTokenErrorCodes)[number];

const messages: Record<ProfileTokenErrorCode, string> = {
  malformed:
    'The profile token is not a well-formed JWT: it must be three base64url segments (header.payload.signature) ' +
    'holding a JSON header and a JSON object payload, with no padding, whitespace or "Bearer " prefix.',
  'too-large': 'The profile token is larger than the verifier accepts (maxTokenBytes, 16 KiB by default).',
  algorithm:
    'The profile token is signed with an algorithm this page does not accept (options.algorithms, RS256 by default); ' +
    'the algorithm is chosen by the page, never by the token.',
  key:
    "The verification key cannot be used: pass the host's RSA public key (2048 bits or more) as an SPKI PEM, " +
    'a CryptoKey, a public JWK, a JWKS or a JWKS URL.',
  signature:
    "The profile token's signature does not match the verification key: the token was altered, " +
    'or it was signed with a different private key.',
  expired:
    'The profile token has expired; the host must issue a fresh one (tokens are meant to live about 300 seconds).',
  'not-yet-valid':
    'The profile token is not valid yet (its "nbf" or "iat" lies in the future); ' +
    'check the clock of the host that signed it.',
  claims:
    'The profile token\'s claims are invalid: "displayName" must be a non-empty string, and "email", "userProfile" ' +
    'and the standard claims must have the documented types.',
};

/**
 * The error every token function rejects or throws with. Branch on `code`; `detail` names the exact
 * check that failed (for logs, not for display to attendees), and `cause` holds the underlying error
 * from jose or WebCrypto when there was one.
 */
export class ProfileTokenError extends Error {
  /** Why the token was refused. */
  readonly code: ProfileTokenErrorCode;
  /** The check that failed, e.g. `"exp" is 1700000000, before now minus 60 s tolerance`. */
  readonly detail?: string;

  constructor(code: ProfileTokenErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail === undefined ? messages[code] : `${messages[code]} (${detail})`, options);
    this.name = 'ProfileTokenError';
    this.code = code;
    if (detail !== undefined) this.detail = detail;
  }
}
