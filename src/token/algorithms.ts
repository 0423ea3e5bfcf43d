// Which signature algorithms a page may accept, and why only these.
import { ProfileTokenError } from './errors.js';

/**
 * The algorithms `options.algorithms` may list: asymmetric signatures only. HMAC (`HS*`) is left out
 * on purpose: its secret would have to ship to every page, and accepting it is how the classic key
 * confusion works (the public key, which everyone has, used as the HMAC secret). `none` is no signature.
 */
const acceptableAlgorithms = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

/** A signature algorithm a page may accept for profile tokens. */
export type ProfileAlgorithm = (typeof acceptableAlgorithms)[number];

// RS256 is what the hosts' documented set-up produces (an RSA key with jsonwebtoken's default).
const defaultAlgorithms: ReadonlySet<ProfileAlgorithm> = new Set(['RS256']);
const acceptable: ReadonlySet<string> = new Set(acceptableAlgorithms);

/** The set of algorithms `option` allows (RS256 when absent), or throws `algorithm` for a bad list. */
export function acceptedAlgorithms(option: unknown): ReadonlySet<ProfileAlgorithm> {
  if (option === undefined) return defaultAlgorithms;
  if (!Array.isArray(option) || option.length === 0) {
    throw new ProfileTokenError('algorithm', 'options.algorithms must be a non-empty array such as ["RS256"]');
  }
  for (const alg of option as unknown[]) {
    if (typeof alg !== 'string' || !acceptable.has(alg)) {
      throw new ProfileTokenError(
        'algorithm',
        `options.algorithms lists ${JSON.stringify(alg)}; only ${acceptableAlgorithms.join(', ')} may be accepted`,
      );
    }
  }
  return new Set(option as ProfileAlgorithm[]);
}

/** Whether `alg`, read from a token, is one of `algorithms`: an exact, case-sensitive match. */
export function isAccepted(alg: string, algorithms: ReadonlySet<ProfileAlgorithm>): alg is ProfileAlgorithm {
  return (algorithms as ReadonlySet<string>).has(alg);
}
