// The ways the playground breaks a valid token on purpose, each with the error code the verifier must
// answer with. Breaks that re-sign use jose directly where signProfileToken would (rightly) refuse.
import { SignJWT, base64url, decodeJwt, importPKCS8 } from 'jose';
import { decodeProfileToken, signProfileToken, type ProfileTokenErrorCode } from '../src/token/index.js';
import { unrelatedPrivateKey } from './playground-keys.js';

export const tokenBreakIds = ['flip-signature', 'expire', 'other-key', 'alg-none', 'strip-display-name'] as const;
export type TokenBreakId = (typeof tokenBreakIds)[number];

export interface TokenBreak {
  readonly id: TokenBreakId;
  readonly label: string;
  /** What the break does, in one sentence. */
  readonly description: string;
  readonly expectedCode: ProfileTokenErrorCode;
  /** Whether it re-signs with the page's private key (so it needs one). */
  readonly needsPrivateKey: boolean;
}

export const tokenBreaks: readonly TokenBreak[] = [
  {
    id: 'flip-signature',
    label: 'Flip one signature character',
    description: 'Changes one character in the middle of the signature segment.',
    expectedCode: 'signature',
    needsPrivateKey: false,
  },
  {
    id: 'expire',
    label: 'Expire it',
    description: 'Signs the same claims as if issued long enough ago that "exp" is two minutes past.',
    expectedCode: 'expired',
    needsPrivateKey: true,
  },
  {
    id: 'other-key',
    label: 'Sign with another key',
    description: 'Signs the same claims with an unrelated RSA-2048 key made in this page.',
    expectedCode: 'signature',
    needsPrivateKey: false,
  },
  {
    id: 'alg-none',
    label: 'Change alg to none',
    description: 'Rewrites the header to {"alg": "none"} and drops the signature: the classic unsigned-token attack.',
    expectedCode: 'algorithm',
    needsPrivateKey: false,
  },
  {
    id: 'strip-display-name',
    label: 'Strip displayName',
    description: 'Signs the payload again, correctly, without its required "displayName".',
    expectedCode: 'claims',
    needsPrivateKey: true,
  },
];

export interface BreakInput {
  /** The valid token to break. */
  readonly token: string;
  /** The page's private key (PKCS #8 PEM), for the breaks that re-sign. */
  readonly privateKeyPem: string | null;
  readonly expiresIn: number;
}

const textEncoder = new TextEncoder();

/** The broken form of `input.token`. Rejects when the break needs a private key the page does not have. */
export async function breakToken(id: TokenBreakId, { token, privateKeyPem, expiresIn }: BreakInput): Promise<string> {
  const [header = '', payload = '', signature = ''] = token.split('.');
  switch (id) {
    case 'flip-signature': {
      // The middle, not the end: the last character may carry unused bits and its change be refused as malformed.
      const at = Math.floor(signature.length / 2);
      const flipped = signature[at] === 'A' ? 'B' : 'A';
      return `${header}.${payload}.${signature.slice(0, at)}${flipped}${signature.slice(at + 1)}`;
    }
    case 'alg-none':
      return `${base64url.encode(textEncoder.encode(JSON.stringify({ alg: 'none', typ: 'JWT' })))}.${payload}.`;
    case 'other-key':
      return signProfileToken(await unrelatedPrivateKey(), decodeProfileToken(token), { expiresIn });
    case 'expire': {
      const issued = new Date(Date.now() - (expiresIn + 120) * 1000);
      return signProfileToken(requirePrivateKey(privateKeyPem), decodeProfileToken(token), { expiresIn, currentDate: issued });
    }
    case 'strip-display-name': {
      const claims = { ...decodeJwt(token) };
      delete claims.displayName;
      const key = await importPKCS8(requirePrivateKey(privateKeyPem), 'RS256');
      return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).sign(key);
    }
  }
}

function requirePrivateKey(privateKeyPem: string | null): string {
  if (!privateKeyPem) throw new Error('This break signs again, so it needs the private key: paste one under Keys.');
  return privateKeyPem;
}
