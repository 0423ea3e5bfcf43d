// Keys and tokens for the tests, made with jose and WebCrypto: the host's RSA-2048 pair, an unrelated RSA
// pair, a weak RSA-1024 pair and an EC P-256 pair, plus signers for ordinary and hand-built tokens.
import { base64url, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, type JWK } from 'jose';

/** A key pair in every form the token module accepts. */
export interface TestKeyPair {
  readonly publicKey: CryptoKey;
  readonly privateKey: CryptoKey;
  /** SPKI PEM (`-----BEGIN PUBLIC KEY-----`), as `openssl rsa -pubout` writes it. */
  readonly publicPem: string;
  /** PKCS #8 PEM (`-----BEGIN PRIVATE KEY-----`). */
  readonly privatePem: string;
  readonly publicJwk: JWK;
  readonly privateJwk: JWK;
}

/** The pairs most suites need. */
export interface HostKeys {
  /** The host's RSA-2048 pair: tokens it signs must verify. */
  readonly host: TestKeyPair;
  /** An unrelated RSA-2048 pair: an attacker's, or another host's. */
  readonly other: TestKeyPair;
  /** RSA-1024: must be refused as too weak. */
  readonly weak: TestKeyPair;
  /** EC P-256 (ES256). */
  readonly ec: TestKeyPair;
}

/** The seed documentation's example claims (jsonwebtoken's `jwt.sign` input). */
export const seedClaims = {
  displayName: 'Larry David',
  email: '',
  userProfile: [
    ['organization', 'Seinfield'],
    ['title', 'Producer'],
    ['interests', 'comedy'],
  ],
} as const;

/** Generates the host, other, weak and EC pairs (slowish: call once per file, in `before`). */
export async function generateHostKeys(): Promise<HostKeys> {
  const [host, other, weak, ec] = await Promise.all([
    generateTestKeyPair('RS256'),
    generateTestKeyPair('RS256'),
    generateTestKeyPair('RS256-1024'),
    generateTestKeyPair('ES256'),
  ]);
  return { host, other, weak, ec };
}

/** One extractable pair; `RS256-1024` is an RSA-1024 pair for RS256. */
export async function generateTestKeyPair(kind: 'RS256' | 'PS256' | 'ES256' | 'RS256-1024'): Promise<TestKeyPair> {
  const { publicKey, privateKey } =
    kind === 'RS256-1024'
      ? // jose refuses to generate RSA keys under 2048 bits, so the weak pair comes from WebCrypto directly.
        await crypto.subtle.generateKey(
          { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: Uint8Array.of(1, 0, 1), hash: 'SHA-256' },
          true,
          ['sign', 'verify'],
        )
      : await generateKeyPair(kind, { extractable: true });
  const [publicPem, privatePem, publicJwk, privateJwk] = await Promise.all([
    exportSPKI(publicKey),
    exportPKCS8(privateKey),
    exportJWK(publicKey),
    exportJWK(privateKey),
  ]);
  return { publicKey, privateKey, publicPem, privatePem, publicJwk, privateJwk };
}

/** A token segment: an object or array is JSON-encoded, a string is taken as JSON text, bytes are used as they are. */
export type SegmentInput = object | string | Uint8Array;

/** The base64url segment for `value` (see {@link SegmentInput}). */
export function encodeSegment(value: SegmentInput): string {
  if (value instanceof Uint8Array) return base64url.encode(value);
  return base64url.encode(typeof value === 'string' ? value : JSON.stringify(value));
}

/** Assembles a token from parts without signing; `signature` is a ready base64url segment ('' by default). */
export function craftToken(parts: { header: SegmentInput; payload: SegmentInput; signature?: string }): string {
  return `${encodeSegment(parts.header)}.${encodeSegment(parts.payload)}.${parts.signature ?? ''}`;
}

/**
 * Signs exactly the given header and payload with `key`, whatever they say: the signature follows the
 * key's own algorithm (RSASSA-PKCS1-v1_5, RSA-PSS, ECDSA or HMAC), not the header, so tests can forge
 * any combination. Returns the whole token.
 */
export async function signCraftedToken(parts: { header: SegmentInput; payload: SegmentInput }, key: CryptoKey): Promise<string> {
  const signingInput = `${encodeSegment(parts.header)}.${encodeSegment(parts.payload)}`;
  const signature = await crypto.subtle.sign(signatureParameters(key), key, new TextEncoder().encode(signingInput));
  return `${signingInput}.${base64url.encode(new Uint8Array(signature))}`;
}

/** Signs `claims` as a JWT with `options.key`; `options.header` adds to or overrides `{alg: 'RS256', typ: 'JWT'}`. */
export async function signTestToken(
  claims: SegmentInput,
  options: { key: CryptoKey; header?: Record<string, unknown> },
): Promise<string> {
  return signCraftedToken({ header: { alg: 'RS256', typ: 'JWT', ...options.header }, payload: claims }, options.key);
}

/** The DER bytes inside a PEM. */
export function pemToDer(pem: string): Uint8Array<ArrayBuffer> {
  const body = pem.replace(/-----(?:BEGIN|END) [A-Z ]+-----|\s/g, '');
  return Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
}

/** An HMAC-SHA-256 key with `secret` as its bytes: how a key-confusion attacker signs with a public key. */
export function hmacKey(secret: string | Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** Replaces the character at `index` of `token` with `char`. */
export function replaceAt(token: string, index: number, char: string): string {
  const at = index < 0 ? token.length + index : index;
  return token.slice(0, at) + char + token.slice(at + 1);
}

/**
 * Runs `work` while counting WebCrypto key imports (`crypto.subtle.importKey`, which every jose import
 * ends in), then restores the real function. The wrapper only counts and passes calls through.
 */
export async function countKeyImports<T>(work: () => Promise<T>): Promise<{ result: T; imports: number }> {
  const subtle = crypto.subtle;
  const importKey = subtle.importKey.bind(subtle) as (...args: unknown[]) => Promise<CryptoKey>;
  let imports = 0;
  Object.defineProperty(subtle, 'importKey', {
    configurable: true,
    writable: true,
    value: (...args: unknown[]) => {
      imports += 1;
      return importKey(...args);
    },
  });
  try {
    const result = await work();
    return { result, imports };
  } finally {
    delete (subtle as Partial<SubtleCrypto>).importKey;
  }
}

const curveHashes: Record<string, string> = { 'P-256': 'SHA-256', 'P-384': 'SHA-384', 'P-521': 'SHA-512' };

function signatureParameters(key: CryptoKey): AlgorithmIdentifier | RsaPssParams | EcdsaParams {
  const algorithm = key.algorithm as KeyAlgorithm & { hash?: { name: string }; namedCurve?: string };
  switch (algorithm.name) {
    case 'RSA-PSS':
      return { name: 'RSA-PSS', saltLength: Number(algorithm.hash?.name.slice(4) ?? 256) / 8 };
    case 'ECDSA':
      return { name: 'ECDSA', hash: curveHashes[algorithm.namedCurve ?? 'P-256'] ?? 'SHA-256' };
    default:
      return { name: algorithm.name };
  }
}
