// The registered JWT claims (RFC 7519 §4.1) a profile token may carry: their types, and the time,
// issuer and audience rules verification applies to them.
import { ProfileTokenError } from './errors.js';
import { describeValue, ownMember, type JsonObject } from './json-object.js';

/** The registered claims a verified token carried; each is present only when the token had it. */
export interface RegisteredClaims {
  /** Expiration time, seconds since the epoch. */
  readonly exp?: number;
  /** Issued-at time, seconds since the epoch. */
  readonly iat?: number;
  /** Not-before time, seconds since the epoch. */
  readonly nbf?: number;
  /** Subject: the host's id for the attendee. */
  readonly sub?: string;
  /** Issuer: who signed the token. */
  readonly iss?: string;
  /** Audience: who the token is meant for. */
  readonly aud?: string | readonly string[];
  /** Token id. */
  readonly jti?: string;
}

/** The checks {@link checkRegisteredClaims} applies, already validated. */
export interface ClaimRules {
  /** Now, in seconds since the epoch (fractional). */
  readonly now: number;
  readonly clockTolerance: number;
  readonly maxTokenAge: number | undefined;
  readonly issuer: readonly string[] | undefined;
  readonly audience: readonly string[] | undefined;
  readonly requireExpiry: boolean;
}

const timeClaims = ['exp', 'iat', 'nbf'] as const;
const stringClaims = ['sub', 'iss', 'jti'] as const;

/**
 * Reads the registered claims of `claims`, or throws `claims` for one of the wrong type. A time claim
 * that is not a finite number is refused as `claims` (not `expired`): the token is wrong, not old, and
 * a value like `"2030-01-01"` or `1e400` (Infinity) must not be read as "never expires".
 */
export function readRegisteredClaims(claims: JsonObject): RegisteredClaims {
  const registered: { -readonly [K in keyof RegisteredClaims]: RegisteredClaims[K] } = {};
  for (const name of timeClaims) {
    const value = ownMember(claims, name);
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ProfileTokenError(
        'claims',
        `"${name}" must be a number of seconds since the epoch, got ${describeValue(value)}`,
      );
    }
    registered[name] = value;
  }
  for (const name of stringClaims) {
    const value = ownMember(claims, name);
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      throw new ProfileTokenError('claims', `"${name}" must be a string, got ${describeValue(value)}`);
    }
    registered[name] = value;
  }
  const aud = ownMember(claims, 'aud');
  if (typeof aud === 'string') registered.aud = aud;
  else if (Array.isArray(aud) && aud.every((entry) => typeof entry === 'string')) {
    registered.aud = Object.freeze([...aud]);
  }
  else if (aud !== undefined) {
    throw new ProfileTokenError('claims', `"aud" must be a string or an array of strings, got ${describeValue(aud)}`);
  }
  return registered;
}

/** Applies the time, issuer and audience rules to `claims`, throwing `expired`, `not-yet-valid` or `claims`. */
export function checkRegisteredClaims(claims: RegisteredClaims, rules: ClaimRules): void {
  const { now, clockTolerance } = rules;
  const { exp, nbf, iat } = claims;
  if (exp === undefined && rules.requireExpiry) {
    throw new ProfileTokenError('claims', '"exp" is missing and options.requireExpiry is set');
  }
  if (exp !== undefined && exp <= now - clockTolerance) {
    throw new ProfileTokenError(
      'expired',
      `"exp" is ${exp}, not after now (${now}) minus ${clockTolerance} s tolerance`,
    );
  }
  if (nbf !== undefined && nbf > now + clockTolerance) {
    throw new ProfileTokenError(
      'not-yet-valid',
      `"nbf" is ${nbf}, after now (${now}) plus ${clockTolerance} s tolerance`,
    );
  }
  if (iat !== undefined && iat > now + clockTolerance) {
    throw new ProfileTokenError(
      'not-yet-valid',
      `"iat" is ${iat}, after now (${now}) plus ${clockTolerance} s tolerance`,
    );
  }
  if (rules.maxTokenAge !== undefined) {
    if (iat === undefined) throw new ProfileTokenError('claims', '"iat" is missing and options.maxTokenAge is set');
    if (now - iat - clockTolerance > rules.maxTokenAge) {
      throw new ProfileTokenError(
        'expired',
        `the token was issued ${now - iat} s ago; options.maxTokenAge is ${rules.maxTokenAge} s`,
      );
    }
  }
  if (rules.issuer !== undefined) {
    if (claims.iss === undefined || !rules.issuer.includes(claims.iss)) {
      throw new ProfileTokenError(
        'claims',
        `"iss" is ${describeValue(claims.iss)}; expected ${rules.issuer.join(' or ')}`,
      );
    }
  }
  if (rules.audience !== undefined) {
    const audience = rules.audience;
    const aud = claims.aud;
    const audiences: readonly string[] = aud === undefined ? [] : typeof aud === 'string' ? [aud] : aud;
    if (!audiences.some((entry) => audience.includes(entry))) {
      throw new ProfileTokenError('claims', `"aud" is ${describeValue(aud)}; expected ${audience.join(' or ')}`);
    }
  }
}
