// The playground's key pair: generated in the page with WebCrypto (through jose) or pasted by a host,
// checked, and kept in this tab's sessionStorage only, so a reload keeps it and closing the tab forgets it.
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI } from 'jose';
import { ProfileTokenError, signProfileToken, verifyProfileToken } from '../src/token/index.js';

/** Where the keys came from, for the status line. */
export type KeySource = 'generated' | 'pasted';

export interface PlaygroundKeys {
  /** SPKI PEM, what a host pastes into the Social hour event settings. */
  readonly publicKeyPem: string;
  /** PKCS #8 PEM, to sign test tokens in the page; `null` when a host pasted only its public key. */
  readonly privateKeyPem: string | null;
  readonly source: KeySource;
}

const storageKey = 'social-hour-profile/playground/keys';

/** A fresh RSA-2048 pair for RS256, exported as PEM. */
export async function generatePlaygroundKeys(): Promise<PlaygroundKeys> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  return { publicKeyPem: await exportSPKI(publicKey), privateKeyPem: await exportPKCS8(privateKey), source: 'generated' };
}

/** An unrelated RSA-2048 private key, for the "sign with another key" break; made once per page. */
let otherPrivateKey: Promise<CryptoKey> | undefined;
export function unrelatedPrivateKey(): Promise<CryptoKey> {
  otherPrivateKey ??= generateKeyPair('RS256', { modulusLength: 2048 }).then(({ privateKey }) => privateKey);
  return otherPrivateKey;
}

export function loadStoredKeys(): PlaygroundKeys | null {
  let stored: unknown;
  try {
    stored = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const { publicKeyPem, privateKeyPem, source } = stored as Record<string, unknown>;
  if (typeof publicKeyPem !== 'string') return null;
  return {
    publicKeyPem,
    privateKeyPem: typeof privateKeyPem === 'string' ? privateKeyPem : null,
    source: source === 'pasted' ? 'pasted' : 'generated',
  };
}

export function storeKeys(keys: PlaygroundKeys): void {
  sessionStorage.setItem(storageKey, JSON.stringify(keys));
}

/**
 * Checks keys a host pasted: the public key must import as an RSA SPKI PEM of 2048 bits or more, the
 * private key (optional) as PKCS #8, and the two must belong together (a test token signed with one
 * verifies with the other). Resolves to the keys, or rejects with a sentence saying what is wrong.
 */
export async function checkPastedKeys(publicKeyPem: string, privateKeyPem: string): Promise<PlaygroundKeys> {
  const publicPem = publicKeyPem.trim();
  const privatePem = privateKeyPem.trim();
  if (!publicPem) throw new Error('Paste a public key ("-----BEGIN PUBLIC KEY-----") first.');
  if (publicPem.includes('PRIVATE KEY')) {
    throw new Error('That is a private key. The public key field takes the "BEGIN PUBLIC KEY" file; the private key goes below.');
  }
  let publicKey: CryptoKey;
  try {
    publicKey = await importSPKI(publicPem, 'RS256');
  } catch {
    throw new Error(
      'The public key is not an RSA SPKI PEM ("BEGIN PUBLIC KEY"). For a "BEGIN RSA PUBLIC KEY" file, convert it with ' +
        '`openssl rsa -RSAPublicKey_in -in key.pub -pubout`.',
    );
  }
  const { modulusLength } = publicKey.algorithm as RsaHashedKeyAlgorithm;
  if (modulusLength < 2048) throw new Error(`The public key has ${modulusLength} bits; the verifier requires at least 2048.`);
  if (privatePem) {
    try {
      await importPKCS8(privatePem, 'RS256');
    } catch {
      throw new Error(
        'The private key is not an RSA PKCS #8 PEM ("BEGIN PRIVATE KEY"). For the "BEGIN RSA PRIVATE KEY" file ssh-keygen ' +
          'writes, convert it with `openssl pkcs8 -topk8 -nocrypt -in socialhour.key`.',
      );
    }
  }
  const keys: PlaygroundKeys = { publicKeyPem: publicPem, privateKeyPem: privatePem || null, source: 'pasted' };
  if (keys.privateKeyPem) await checkKeysMatch(keys.publicKeyPem, keys.privateKeyPem);
  return keys;
}

async function checkKeysMatch(publicKeyPem: string, privateKeyPem: string): Promise<void> {
  try {
    const token = await signProfileToken(privateKeyPem, { displayName: 'Key check' });
    await verifyProfileToken(token, publicKeyPem);
  } catch (error) {
    if (error instanceof ProfileTokenError && error.code === 'signature') {
      throw new Error('The private key does not belong to the public key: a token signed with it does not verify.');
    }
    throw new Error(error instanceof ProfileTokenError ? error.message : String(error));
  }
}

