// signProfileToken: mints the short-lived RS256 token a host puts in the event link, held to the
// verifier's own rules so a host cannot mint a token the verifier refuses.
import { CompactSign, type JWTPayload } from 'jose';
import { ProfileTokenError } from './errors.js';
import { isObject, ownMember } from './json-object.js';
import { signingKey, type SigningKey } from './keys.js';
import { readProfileFields, type SessionProfileInput } from './profile.js';
import { defaultMaxTokenBytes } from './token-shape.js';

const utf8 = new TextEncoder();

/** What {@link signProfileToken} writes besides the profile. Invalid values throw `claims` (`kid`: `key`). */
export interface SignOptions {
  /** Seconds from `iat` to `exp`; 300 by default, the hosts' best practice of a link minted on click. */
  readonly expiresIn?: number;
  /** The time written as `iat`; now by default. */
  readonly currentDate?: Date;
  /** The key id written to the header, so a JWKS can pick the key. */
  readonly kid?: string;
  /** Written as `iss`. */
  readonly issuer?: string;
  /** Written as `sub`: the host's id for the attendee. */
  readonly subject?: string;
  /** Written as `aud`. */
  readonly audience?: string | readonly string[];
}

/**
 * Signs `profile` as an RS256 JWT (`typ: "JWT"`, `iat`, `exp` 300 s later by default) with the host's
 * private key. The profile passes the same rules {@link parseProfile} applies, and what is signed is
 * what the verifier will read: `email: ''`/`null` and an avatarUrl that is not an absolute `https:` URL
 * are left out, so the attendee sees initials either way.
 *
 * @throws {ProfileTokenError} `claims` for an invalid profile or option, `key` for an unusable key,
 *   `too-large` when the token would exceed the verifier's default 16 KiB.
 */
export async function signProfileToken(
  privateKey: SigningKey,
  profile: SessionProfileInput,
  options: SignOptions = {},
): Promise<string> {
  try {
    return await sign(privateKey, profile, options ?? {});
  } catch (error) {
    // Only a host object with throwing getters gets here; everything else is already a ProfileTokenError.
    if (error instanceof ProfileTokenError) throw error;
    throw new ProfileTokenError('claims', 'the profile or options could not be read', { cause: error });
  }
}

async function sign(privateKey: SigningKey, profile: SessionProfileInput, options: SignOptions): Promise<string> {
  const { displayName, email, avatarUrl, userProfile } = readProfileFields(tokenClaims(profile));
  const iat = Math.floor(issuedAt(options.currentDate) / 1000);
  const payload: JWTPayload = {
    displayName,
    ...(email === null ? {} : { email }),
    ...(avatarUrl === null ? {} : { avatarUrl }),
    ...(userProfile.length === 0 ? {} : { userProfile: userProfile.map(([label, text]) => [label, text]) }),
    ...registeredClaims(options),
    iat,
    exp: iat + expiresIn(options.expiresIn),
  };
  const kid: unknown = options.kid;
  if (kid !== undefined && (typeof kid !== 'string' || kid === '')) {
    throw new ProfileTokenError('key', 'options.kid must be a non-empty string');
  }

  const key = await signingKey(privateKey, 'RS256');
  let token: string;
  try {
    const header = { alg: 'RS256', typ: 'JWT', ...(kid === undefined ? {} : { kid }) };
    // The compact JWS of the claims as JSON: the bytes jose's SignJWT would sign, without its claims builder.
    token = await new CompactSign(utf8.encode(JSON.stringify(payload))).setProtectedHeader(header).sign(key);
  } catch (cause) {
    throw new ProfileTokenError('key', 'the key cannot sign RS256 tokens', { cause });
  }
  if (token.length > defaultMaxTokenBytes) {
    throw new ProfileTokenError(
      'too-large',
      `the signed token has ${token.length} bytes; verifiers accept ${defaultMaxTokenBytes} by default`,
    );
  }
  return token;
}

/** The claims `profile` stands for: `null` means "none" in an input, and in a token a field is then left out. */
function tokenClaims(profile: unknown): unknown {
  if (!isObject(profile)) return profile;
  return {
    displayName: ownMember(profile, 'displayName'),
    email: ownMember(profile, 'email') ?? undefined,
    avatarUrl: ownMember(profile, 'avatarUrl') ?? undefined,
    userProfile: ownMember(profile, 'userProfile'),
  };
}

function issuedAt(currentDate: unknown): number {
  if (currentDate === undefined) return Date.now();
  const time = currentDate instanceof Date ? currentDate.getTime() : NaN;
  if (!Number.isFinite(time)) throw new ProfileTokenError('claims', 'options.currentDate must be a valid Date');
  return time;
}

function expiresIn(value: unknown): number {
  if (value === undefined) return 300;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ProfileTokenError('claims', 'options.expiresIn must be a positive number of seconds');
  }
  return value;
}

function registeredClaims(options: SignOptions): JWTPayload {
  const claims: JWTPayload = {};
  for (const [option, claim] of [['issuer', 'iss'], ['subject', 'sub']] as const) {
    const value: unknown = options[option];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new ProfileTokenError('claims', `options.${option} must be a string`);
    claims[claim] = value;
  }
  const audience: unknown = options.audience;
  if (typeof audience === 'string') claims.aud = audience;
  else if (Array.isArray(audience) && audience.length > 0 && audience.every((entry) => typeof entry === 'string')) {
    claims.aud = [...audience];
  }
  else if (audience !== undefined) {
    throw new ProfileTokenError('claims', 'options.audience must be a string or a non-empty array of strings');
  }
  return claims;
}
