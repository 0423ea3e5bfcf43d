// JSON objects from token segments: strict UTF-8 decoding, and reading members without trusting prototypes.
import { ProfileTokenError } from './errors.js';

/** A parsed JSON object whose members are read through {@link ownMember} only. */
export type JsonObject = Readonly<Record<string, unknown>>;

// fatal: invalid UTF-8 rejects instead of becoming U+FFFD, so the string we return is the string signed.
// ignoreBOM: a byte-order mark stays in the text and JSON.parse refuses it (RFC 8259 forbids one here).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes `bytes` as a UTF-8 JSON object, or throws `malformed` naming `part` (`header`, `payload`). */
export function decodeJsonObject(bytes: Uint8Array, part: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch (cause) {
    throw new ProfileTokenError('malformed', `the ${part} is not valid UTF-8 JSON`, { cause });
  }
  if (!isObject(value)) throw new ProfileTokenError('malformed', `the ${part} is JSON but not an object`);
  return value;
}

/** Whether `value` is a non-array object, the only shape claims and headers may have. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The member `name` of `object` when it is the object's own, else `undefined`.
 *
 * JSON.parse turns a `"__proto__"` member into an own property (it never sets the prototype), and an
 * inherited member could come from a polluted `Object.prototype`; reading own members only means
 * neither can stand in for a claim.
 */
export function ownMember(object: object, name: string): unknown {
  return Object.hasOwn(object, name) ? (object as Record<string, unknown>)[name] : undefined;
}

/** A short rendering of an untrusted value for an error's `detail`: never its full text or code. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'missing';
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}
