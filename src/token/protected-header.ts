// The protected header rules, checked before any key is touched: the algorithm comes from our list,
// no JWS extensions, and header-supplied keys or URLs are never read.
import { isAccepted, type ProfileAlgorithm } from './algorithms.js';
import { ProfileTokenError } from './errors.js';
import { ownMember } from './json-object.js';
import type { JsonObject } from './json-object.js';

/** What verification takes from a protected header; nothing else in it is ever used. */
export interface ProtectedHeader {
  /** The signature algorithm, already known to be one the page accepts. */
  readonly alg: ProfileAlgorithm;
  /** Selects among the keys the page was given (a JWKS); never fetches or imports anything. */
  readonly kid?: string;
}

/**
 * Checks `header` against the page's `algorithms` and returns its `alg` and `kid`.
 *
 * `jwk`, `jku`, `x5u` and `x5c` are deliberately not read: a token that names its own key would let
 * anyone sign. `crit` is refused whatever it lists, since this verifier implements no JWS extension
 * (RFC 7515 §4.1.11), and `b64: false` (RFC 7797 unencoded payload) is refused because a JWT payload
 * is always base64url JSON.
 */
export function readProtectedHeader(header: JsonObject, algorithms: ReadonlySet<ProfileAlgorithm>): ProtectedHeader {
  const alg = ownMember(header, 'alg');
  if (typeof alg !== 'string') throw new ProfileTokenError('algorithm', 'the header has no "alg" string');
  // "none", "None", "rs256" and "HS256" are simply not in the set.
  if (!isAccepted(alg, algorithms)) {
    throw new ProfileTokenError(
      'algorithm',
      `the token says "alg": ${JSON.stringify(alg)}; accepted: ${[...algorithms].join(', ')}`,
    );
  }
  if (ownMember(header, 'crit') !== undefined) {
    throw new ProfileTokenError('malformed', 'the header lists "crit" extensions; none are supported');
  }
  const b64 = ownMember(header, 'b64');
  if (b64 !== undefined && b64 !== true) {
    throw new ProfileTokenError(
      'malformed',
      'the header sets "b64" (unencoded payload); JWT payloads are always base64url',
    );
  }
  const kid = ownMember(header, 'kid');
  if (kid === undefined) return { alg };
  if (typeof kid !== 'string') throw new ProfileTokenError('malformed', 'the header "kid" is not a string');
  return { alg, kid };
}
