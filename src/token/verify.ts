// verifyProfileToken: a host-signed token to a verified profile (shape, algorithm, key, signature, time
// and claim rules, failing closed); decodeProfileToken: the same profile unverified, for previews.
import { compactVerify } from 'jose';
// The error classes alone, not jose's `errors` namespace, which would bundle every one of them.
import { JOSEAlgNotAllowed, JOSENotSupported, JWSInvalid, JWSSignatureVerificationFailed } from 'jose/errors';
import { acceptedAlgorithms, type ProfileAlgorithm } from './algorithms.js';
import { ProfileTokenError } from './errors.js';
import { decodeJsonObject } from './json-object.js';
import { verificationKey, type ProfileKey, type VerificationKey } from './keys.js';
import { readProfileFields, type UnverifiedProfile, type VerifiedProfile } from './profile.js';
import { readProtectedHeader } from './protected-header.js';
import { checkRegisteredClaims, readRegisteredClaims, type ClaimRules } from './registered-claims.js';
import { decodeSegment, defaultMaxTokenBytes, splitToken } from './token-shape.js';

/**
 * How {@link verifyProfileToken} checks a token. An invalid option value rejects with the code of the
 * check it configures (`algorithm` for `algorithms`, `too-large` for `maxTokenBytes`, `claims` for the
 * rest), with `detail` naming the option.
 */
export interface VerifyOptions {
  /** Algorithms to accept, RS256 by default; only asymmetric ones may be listed (see {@link ProfileAlgorithm}). */
  readonly algorithms?: readonly ProfileAlgorithm[];
  /** The time `exp`, `nbf` and `iat` are checked against; now by default. */
  readonly currentDate?: Date;
  /** Seconds of clock skew allowed for `exp`, `nbf`, `iat` and `maxTokenAge`; 60 by default. */
  readonly clockTolerance?: number;
  /** Refuses tokens issued more than this many seconds ago as `expired`; requires `iat` (`claims` without it). */
  readonly maxTokenAge?: number;
  /** Requires `iss` to be this value, or one of these. */
  readonly issuer?: string | readonly string[];
  /** Requires `aud` to be, or contain, this value or one of these. */
  readonly audience?: string | readonly string[];
  /** Refuses tokens without `exp` (`claims`); false by default, as the hosts' documented example has none. */
  readonly requireExpiry?: boolean;
  /** Refuses longer tokens unread (`too-large`); 16 KiB by default. */
  readonly maxTokenBytes?: number;
  /**
   * Aborts the verification. The promise then rejects with `signal.reason` exactly as given (a
   * `DOMException` named `AbortError` for a plain `abort()`), not with a {@link ProfileTokenError}, so an
   * abort is never mistaken for a bad token.
   */
  readonly signal?: AbortSignal;
}

/**
 * Verifies a host-signed profile token with the host's public key and returns the frozen profile.
 *
 * In order, every check failing closed: the shape (three canonical base64url segments, at most
 * `maxTokenBytes`), the header (`alg` one of `options.algorithms`, never chosen by the token; no `crit`,
 * no `b64: false`; `jwk`/`jku`/`x5u`/`x5c` never read, `kid` only picks among the keys given), the key,
 * the signature, then the payload (a UTF-8 JSON object), the registered claims (`exp` after now minus
 * `clockTolerance`, `nbf` and `iat` not after now plus it) and the profile rules of {@link parseProfile}.
 *
 * @param token The compact JWS, exactly as received (no `Bearer ` prefix, no whitespace).
 * @param key The host's public key; see {@link ProfileKey}. Imported once per key source and cached.
 * @returns The profile with `verified: true`, the registered claims present and the header `kid`.
 * @throws {ProfileTokenError} For every failure, including errors raised inside jose or WebCrypto; the
 *   only other rejection is `options.signal.reason` after an abort.
 */
export async function verifyProfileToken(
  token: string,
  key: ProfileKey,
  options: VerifyOptions = {},
): Promise<VerifiedProfile> {
  const settings = options ?? {};
  const signal = settings.signal;
  if (signal?.aborted) throw signal.reason;
  const verification = verify(token, key, settings);
  return signal === undefined ? verification : unlessAborted(verification, signal);
}

/**
 * Reads the profile in `token` without checking its signature, algorithm or time: for a preview while
 * {@link verifyProfileToken} runs, never for identity. The result says so with `verified: false`.
 *
 * @throws {ProfileTokenError} `malformed` or `too-large` for the token's shape, `claims` for its profile.
 */
export function decodeProfileToken(token: string): UnverifiedProfile {
  try {
    const segments = splitToken(token, defaultMaxTokenBytes);
    decodeSegment(segments.header, 'header');
    const claims = decodeSegment(segments.payload, 'payload');
    const profile: UnverifiedProfile = { verified: false, ...readProfileFields(claims) };
    return Object.freeze(profile);
  } catch (error) {
    throw unexpected(error);
  }
}

interface VerificationRules {
  readonly algorithms: ReadonlySet<ProfileAlgorithm>;
  readonly maxTokenBytes: number;
  readonly claims: ClaimRules;
}

async function verify(token: string, key: ProfileKey, options: VerifyOptions): Promise<VerifiedProfile> {
  try {
    const rules = verificationRules(options);
    const segments = splitToken(token, rules.maxTokenBytes);
    const header = readProtectedHeader(decodeSegment(segments.header, 'header'), rules.algorithms);
    const payload = await verifySignature(token, await verificationKey(key, header.alg), header.alg);
    const claims = decodeJsonObject(payload, 'payload');
    const registered = readRegisteredClaims(claims);
    checkRegisteredClaims(registered, rules.claims);
    const profile: VerifiedProfile = {
      verified: true,
      ...readProfileFields(claims),
      ...registered,
      ...(header.kid === undefined ? {} : { kid: header.kid }),
    };
    return Object.freeze(profile);
  } catch (error) {
    throw unexpected(error);
  }
}

async function verifySignature(token: string, key: VerificationKey, alg: ProfileAlgorithm): Promise<Uint8Array> {
  try {
    // The algorithm list is the one alg the header check already accepted; jose checks it again.
    const { payload } = await compactVerify(token, key, { algorithms: [alg] });
    return payload;
  } catch (error) {
    if (error instanceof ProfileTokenError) throw error;
    if (error instanceof JWSSignatureVerificationFailed) {
      throw new ProfileTokenError('signature', undefined, { cause: error });
    }
    if (error instanceof JOSEAlgNotAllowed || error instanceof JOSENotSupported) {
      throw new ProfileTokenError('algorithm', `${alg} is not supported by this runtime`, { cause: error });
    }
    if (error instanceof JWSInvalid) throw new ProfileTokenError('malformed', error.message, { cause: error });
    // What remains are jose's and WebCrypto's key checks (TypeError, DOMException): a key of the wrong
    // type, usage, hash or curve for this algorithm.
    throw new ProfileTokenError('key', `the key cannot verify ${alg} signatures`, { cause: error });
  }
}

function verificationRules(options: VerifyOptions): VerificationRules {
  const maxTokenBytes = options.maxTokenBytes ?? defaultMaxTokenBytes;
  if (!Number.isSafeInteger(maxTokenBytes) || maxTokenBytes <= 0) {
    throw new ProfileTokenError(
      'too-large',
      `options.maxTokenBytes must be a positive integer, got ${String(maxTokenBytes)}`,
    );
  }
  const currentDate: unknown = options.currentDate;
  const time = currentDate === undefined ? Date.now() : currentDate instanceof Date ? currentDate.getTime() : NaN;
  if (!Number.isFinite(time)) throw new ProfileTokenError('claims', 'options.currentDate must be a valid Date');
  return {
    algorithms: acceptedAlgorithms(options.algorithms),
    maxTokenBytes,
    claims: {
      now: time / 1000,
      clockTolerance: seconds(options.clockTolerance, 'clockTolerance') ?? 60,
      maxTokenAge: seconds(options.maxTokenAge, 'maxTokenAge'),
      issuer: stringList(options.issuer, 'issuer'),
      audience: stringList(options.audience, 'audience'),
      requireExpiry: options.requireExpiry === true,
    },
  };
}

function seconds(value: unknown, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ProfileTokenError('claims', `options.${option} must be a non-negative number of seconds`);
  }
  return value;
}

function stringList(value: unknown, option: string): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const list: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
  if (list.length === 0 || !list.every((entry) => typeof entry === 'string')) {
    throw new ProfileTokenError('claims', `options.${option} must be a string or a non-empty array of strings`);
  }
  return list;
}

// One abort listener per signal, however many verifications share it: a list aborting 10 000 stale
// verifications at once adds one listener, not 10 000 (which Node reports as a leak).
const abortsBySignal = new WeakMap<AbortSignal, Set<(reason: unknown) => void>>();

function unlessAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  let aborts = abortsBySignal.get(signal);
  if (aborts === undefined) {
    const pending = new Set<(reason: unknown) => void>();
    signal.addEventListener('abort', () => {
      for (const abort of pending) abort(signal.reason);
      pending.clear();
    }, { once: true });
    abortsBySignal.set(signal, pending);
    aborts = pending;
  }
  const waiting = aborts;
  return new Promise<T>((resolve, reject) => {
    waiting.add(reject);
    void work.then(resolve, reject).finally(() => waiting.delete(reject));
  });
}

/** Passes ProfileTokenErrors on; anything else is a bug here or in a dependency, still reported as a refusal. */
function unexpected(error: unknown): ProfileTokenError {
  if (error instanceof ProfileTokenError) return error;
  return new ProfileTokenError('malformed', 'the token could not be read', { cause: error });
}
