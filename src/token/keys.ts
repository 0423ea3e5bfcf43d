// Turns the key a page or host gives us into a CryptoKey (or a key-set resolver) for jose, importing each
// key source once: lists verify thousands of tokens with one key.
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  importJWK,
  importPKCS8,
  importSPKI,
  type CompactVerifyGetKey,
  type JSONWebKeySet,
  type JWK,
  type LocalJWKSet,
  type RemoteJWKSet,
} from 'jose';
import { JOSENotSupported, JWKSMultipleMatchingKeys, JWKSNoMatchingKey, JWKSTimeout } from 'jose/errors';
import { ProfileTokenError } from './errors.js';
import { describeValue, isObject, ownMember } from './json-object.js';

/**
 * The host's public key, in any of the forms hosts have it:
 * - an SPKI PEM string (`-----BEGIN PUBLIC KEY-----`, as `openssl rsa -pubout` writes it; surrounding
 *   whitespace is fine), imported once per string;
 * - a public `CryptoKey`;
 * - a public JWK, imported once per object (treat it as immutable);
 * - a JWKS `{ keys: [...] }`, the key picked by the token's `kid`; read once per object, so rotate by
 *   passing a new object;
 * - a JWKS `URL` (`https:`, or `http:` on localhost only), fetched and cached by jose: a cache of 10
 *   minutes, and an unknown `kid` refetches at most every 30 seconds.
 *
 * RSA keys must have at least 2048 bits.
 */
export type ProfileKey = string | CryptoKey | JWK | JSONWebKeySet | URL;

/**
 * The host's RSA private key (2048 bits or more) for {@link signProfileToken}: a PKCS #8 PEM string
 * (`-----BEGIN PRIVATE KEY-----`; convert the PKCS #1 file `ssh-keygen -m PEM` writes with
 * `openssl pkcs8 -topk8 -nocrypt -in socialhour.key`), a private `CryptoKey`, or a private JWK.
 */
export type SigningKey = string | CryptoKey | JWK;

/** What jose verifies with: a key, or a resolver that picks one from a key set by `kid`. */
export type VerificationKey = CryptoKey | CompactVerifyGetKey<CryptoKey>;

type Usage = 'verify' | 'sign';
/** Imports of one key source, by usage and algorithm: a PEM is bound to one algorithm when imported. */
type Imports = Map<string, Promise<CryptoKey>>;

// Promises are cached, not keys, so a thousand verifications started at once share one import; a
// failed import stays cached too, so a bad key fails once rather than once per token.
const importsByPem = new Map<string, Imports>();
const importsByJwk = new WeakMap<object, Imports>();
const localKeySets = new WeakMap<object, CompactVerifyGetKey<CryptoKey>>();
const remoteKeySets = new Map<string, CompactVerifyGetKey<CryptoKey>>();
// Strings cannot be held weakly; a page has a handful of keys, so the oldest of more than this are dropped.
const maxCachedStrings = 32;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Resolves `key` for a token signed with `alg`; throws `key`, or `algorithm` for a JWK bound to another algorithm. */
export function verificationKey(key: ProfileKey, alg: string): Promise<VerificationKey> | VerificationKey {
  if (typeof key === 'string') return importOnce(pemImports(key), 'verify', alg, () => importPem(key, alg, 'verify'));
  if (key instanceof URL) return remoteKeySet(key);
  if (isCryptoKey(key)) return checkKey(key, 'verify');
  if (isObject(key) && ownMember(key, 'keys') !== undefined) return localKeySet(key);
  if (isObject(key) && typeof ownMember(key, 'kty') === 'string') {
    return importOnce(jwkImports(key), 'verify', alg, () => importJwk(key, alg, 'verify'));
  }
  throw new ProfileTokenError(
    'key',
    `the key is ${describeValue(key)}; expected an SPKI PEM string, CryptoKey, JWK, JWKS or JWKS URL`,
  );
}

/** Resolves `key` for signing with `alg`, or throws `key`. */
export function signingKey(key: SigningKey, alg: string): Promise<CryptoKey> | CryptoKey {
  if (typeof key === 'string') return importOnce(pemImports(key), 'sign', alg, () => importPem(key, alg, 'sign'));
  if (isCryptoKey(key)) return checkKey(key, 'sign');
  if (isObject(key) && typeof ownMember(key, 'kty') === 'string') {
    return importOnce(jwkImports(key), 'sign', alg, () => importJwk(key, alg, 'sign'));
  }
  throw new ProfileTokenError(
    'key',
    `the signing key is ${describeValue(key)}; expected a PKCS #8 PEM string, CryptoKey or JWK`,
  );
}

function pemImports(pem: string): Imports {
  let imports = importsByPem.get(pem);
  if (imports === undefined) {
    imports = new Map();
    rememberString(importsByPem, pem, imports);
  }
  return imports;
}

function jwkImports(jwk: object): Imports {
  let imports = importsByJwk.get(jwk);
  if (imports === undefined) {
    imports = new Map();
    importsByJwk.set(jwk, imports);
  }
  return imports;
}

function importOnce(imports: Imports, usage: Usage, alg: string, load: () => Promise<CryptoKey>): Promise<CryptoKey> {
  const slot = `${usage} ${alg}`;
  let imported = imports.get(slot);
  if (imported === undefined) {
    imported = load();
    imports.set(slot, imported);
  }
  return imported;
}

function rememberString<Value>(cache: Map<string, Value>, source: string, value: Value): void {
  if (cache.size >= maxCachedStrings) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(source, value);
}

async function importPem(pem: string, alg: string, usage: Usage): Promise<CryptoKey> {
  const text = pem.trim();
  const label = /^-----BEGIN ([A-Z0-9 #]+)-----/.exec(text)?.[1];
  const expected = usage === 'verify' ? 'PUBLIC KEY' : 'PRIVATE KEY';
  if (label !== expected) throw new ProfileTokenError('key', pemProblem(label, usage));
  let key: CryptoKey;
  try {
    key = await (usage === 'verify' ? importSPKI(text, alg) : importPKCS8(text, alg));
  } catch (cause) {
    throw new ProfileTokenError(
      'key',
      `the ${expected} PEM could not be imported for ${alg} (wrong key type, or damaged)`,
      { cause },
    );
  }
  return checkKey(key, usage);
}

function pemProblem(label: string | undefined, usage: Usage): string {
  if (label === undefined) return 'the string is not a PEM key (no "-----BEGIN ...-----" line)';
  if (usage === 'verify' && label.includes('PRIVATE')) {
    return 'this is a private key: pass the public key, and never ship the private key to a page';
  }
  if (label === 'RSA PUBLIC KEY') {
    return 'a PKCS #1 public key; convert it with `openssl rsa -RSAPublicKey_in -pubout` to "BEGIN PUBLIC KEY"';
  }
  if (label === 'RSA PRIVATE KEY') {
    return 'a PKCS #1 private key; convert it with `openssl pkcs8 -topk8 -nocrypt` to "BEGIN PRIVATE KEY"';
  }
  return `a "${label}" PEM; expected "${usage === 'verify' ? 'PUBLIC KEY' : 'PRIVATE KEY'}"`;
}

async function importJwk(jwk: JWK, alg: string, usage: Usage): Promise<CryptoKey> {
  // A symmetric key could only verify HMAC, whose secret would then be in every page.
  if (jwk.kty === 'oct') {
    throw new ProfileTokenError('key', 'a symmetric ("oct") JWK; only public keys verify profile tokens');
  }
  const isPrivate = ownMember(jwk, 'd') !== undefined || ownMember(jwk, 'priv') !== undefined;
  if (usage === 'verify' && isPrivate) {
    throw new ProfileTokenError(
      'key',
      'this JWK holds a private key: pass only its public members, and never ship the private key to a page',
    );
  }
  if (usage === 'sign' && !isPrivate) {
    throw new ProfileTokenError('key', 'this JWK is a public key; signing needs the private key');
  }
  const use = ownMember(jwk, 'use');
  if (use !== undefined && use !== 'sig') {
    throw new ProfileTokenError('key', `the JWK's "use" is ${describeValue(use)}, not "sig"`);
  }
  const jwkAlg = ownMember(jwk, 'alg');
  if (jwkAlg !== undefined && jwkAlg !== alg) {
    throw new ProfileTokenError('algorithm', `the JWK is for ${describeValue(jwkAlg)}, the token uses ${alg}`);
  }
  let key: CryptoKey | Uint8Array;
  try {
    key = await importJWK(jwk, alg);
  } catch (cause) {
    throw new ProfileTokenError('key', `the JWK could not be imported for ${alg}`, { cause });
  }
  if (!isCryptoKey(key)) throw new ProfileTokenError('key', 'the JWK is not an asymmetric key');
  return checkKey(key, usage);
}

function localKeySet(jwks: object): CompactVerifyGetKey<CryptoKey> {
  let resolver = localKeySets.get(jwks);
  if (resolver === undefined) {
    let keySet;
    try {
      keySet = createLocalJWKSet(jwks as JSONWebKeySet);
    } catch (cause) {
      throw new ProfileTokenError('key', 'the JWKS is not a {"keys": [...]} set of JWK objects', { cause });
    }
    resolver = keySetResolver(keySet);
    localKeySets.set(jwks, resolver);
  }
  return resolver;
}

function remoteKeySet(url: URL): CompactVerifyGetKey<CryptoKey> {
  const href = url.href;
  let resolver = remoteKeySets.get(href);
  if (resolver === undefined) {
    // Keys fetched over plain http could be swapped by anyone on the network path.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopbackHosts.has(url.hostname))) {
      throw new ProfileTokenError(
        'key',
        `the JWKS URL uses ${url.protocol}; it must be https: (http: only on localhost)`,
      );
    }
    resolver = keySetResolver(createRemoteJWKSet(new URL(href)));
    rememberString(remoteKeySets, href, resolver);
  }
  return resolver;
}

/** Wraps a jose key set so its failures become `key` errors and the key it picks is checked like any other. */
function keySetResolver(keySet: LocalJWKSet | RemoteJWKSet): CompactVerifyGetKey<CryptoKey> {
  return async (header, token) => {
    let key: CryptoKey;
    try {
      key = await keySet(header, token);
    } catch (cause) {
      throw new ProfileTokenError('key', keySetProblem(cause, header.kid), { cause });
    }
    return checkKey(key, 'verify');
  };
}

function keySetProblem(cause: unknown, kid: string | undefined): string {
  const forToken = kid === undefined ? 'the token (which has no "kid")' : `"kid" ${JSON.stringify(kid)}`;
  if (cause instanceof JWKSNoMatchingKey) return `no key in the JWKS matches ${forToken} and its "alg"`;
  if (cause instanceof JWKSMultipleMatchingKeys) {
    return `several keys in the JWKS match ${forToken}; give each key a "kid"`;
  }
  if (cause instanceof JWKSTimeout) return 'the JWKS URL did not answer in time';
  if (cause instanceof JOSENotSupported) return 'the JWKS has no key type for the token\'s "alg"';
  return 'the JWKS could not be fetched or read';
}

/** Refuses keys of the wrong kind, and RSA keys under 2048 bits, which can be factored for forgery. */
function checkKey(key: CryptoKey, usage: Usage): CryptoKey {
  const expected = usage === 'verify' ? 'public' : 'private';
  if (key.type !== expected) {
    throw new ProfileTokenError(
      'key',
      usage === 'verify' && key.type === 'private'
        ? 'a private CryptoKey: pass the public key, and never ship the private key to a page'
        : `a ${key.type} CryptoKey; ${usage === 'verify' ? 'verifying' : 'signing'} needs a ${expected} key`,
    );
  }
  const { modulusLength } = key.algorithm as Partial<RsaHashedKeyAlgorithm>;
  if (modulusLength !== undefined && modulusLength < 2048) {
    throw new ProfileTokenError('key', `an RSA key of ${modulusLength} bits; at least 2048 are required`);
  }
  return key;
}

function isCryptoKey(value: unknown): value is CryptoKey {
  // The tag, not instanceof, so keys from another realm (an iframe, a worker's structured clone) count.
  return Object.prototype.toString.call(value) === '[object CryptoKey]';
}
