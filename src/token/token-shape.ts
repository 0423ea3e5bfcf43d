// Our compact-JWS shape check, run before jose sees a token: jose alone tolerates padding, whitespace
// and non-canonical base64url, so the strict form is enforced here.
import { base64url } from 'jose';
import { ProfileTokenError } from './errors.js';
import { decodeJsonObject, type JsonObject } from './json-object.js';

/** Tokens above this many bytes are refused unread (`too-large`); a profile token is well under 2 KiB. */
export const defaultMaxTokenBytes = 16 * 1024;

/** The three base64url segments of a compact JWS. */
export interface TokenSegments {
  readonly header: string;
  readonly payload: string;
  readonly signature: string;
}

// The signature may be empty here so that an unsigned `alg: "none"` token is refused for its
// algorithm (the attack it is), not for its shape; a real signature check then fails it anyway.
const compactJws = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/;
const utf8 = new TextEncoder();
const base64urlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Splits `token` into its segments, or throws `too-large` / `malformed`. Besides the alphabet and the
 * count of segments, each segment must be canonical base64url (no impossible length, unused trailing
 * bits zero), so one signature has exactly one spelling.
 */
export function splitToken(token: unknown, maxTokenBytes: number): TokenSegments {
  if (typeof token !== 'string') {
    throw new ProfileTokenError('malformed', `the token is a ${typeof token}, not a string`);
  }
  // A UTF-16 length never exceeds the UTF-8 byte length, so this bound is safe before reading further;
  // once the ASCII-only shape passes, length and byte count are equal.
  if (token.length > maxTokenBytes) throw tooLarge(token.length, maxTokenBytes);
  const match = compactJws.exec(token);
  if (!match) {
    const bytes = utf8.encode(token).byteLength;
    if (bytes > maxTokenBytes) throw tooLarge(bytes, maxTokenBytes);
    throw new ProfileTokenError('malformed', shapeProblem(token));
  }
  const [, header = '', payload = '', signature = ''] = match;
  for (const [name, segment] of [['header', header], ['payload', payload], ['signature', signature]] as const) {
    if (!isCanonicalBase64url(segment)) {
      throw new ProfileTokenError('malformed', `the ${name} segment is not canonical base64url`);
    }
  }
  return { header, payload, signature };
}

/** Decodes a segment that {@link splitToken} accepted into the JSON object it holds. */
export function decodeSegment(segment: string, part: string): JsonObject {
  return decodeJsonObject(base64url.decode(segment), part);
}

function tooLarge(bytes: number, maxTokenBytes: number): ProfileTokenError {
  return new ProfileTokenError(
    'too-large',
    `the token has at least ${bytes} bytes; at most ${maxTokenBytes} are accepted`,
  );
}

function isCanonicalBase64url(segment: string): boolean {
  const tail = segment.length % 4;
  if (tail === 0) return true;
  if (tail === 1) return false;
  const last = base64urlAlphabet.indexOf(segment.charAt(segment.length - 1));
  return (last & (tail === 2 ? 0b1111 : 0b11)) === 0;
}

/** Names the first shape rule `token` breaks, for `detail`. */
function shapeProblem(token: string): string {
  if (token === '') return 'the token is empty';
  if (/^bearer\s/i.test(token)) return 'the token starts with "Bearer "; pass the token alone';
  if (/\s/.test(token)) return 'the token contains whitespace';
  if (token.includes('=')) return 'the token contains base64 padding ("=")';
  const segments = token.split('.').length;
  if (segments !== 3) return `the token has ${segments} segments; a compact JWS has exactly 3`;
  if (/[+/]/.test(token)) return 'the token uses the base64 alphabet ("+", "/") instead of base64url';
  if (/^\.|\.\./.test(token)) return 'the header or payload segment is empty';
  return 'the token contains characters outside the base64url alphabet';
}
