// The compact-JWS shape check and the size limit, run before any key is used.
import { expect } from 'chai';
import { base64url, compactVerify, importSPKI } from 'jose';
import { decodeProfileToken, verifyProfileToken } from '../../src/token/index.js';
import {
  encodeSegment,
  generateTestKeyPair,
  replaceAt,
  seedClaims,
  signCraftedToken,
  signTestToken,
  type TestKeyPair,
} from '../helpers/keys.js';
import { expectRefusal, expectRefusalSync } from '../helpers/token-errors.js';

const header = { alg: 'RS256', typ: 'JWT' };

/** Signs a token whose payload segment is exactly `payloadLength` characters (`payloadLength % 4 !== 1`). */
async function tokenWithPayloadLength(key: CryptoKey, payloadLength: number): Promise<string> {
  const skeleton = encodeSegment({ ...seedClaims, filler: '' }).length;
  let fillerBytes = Math.floor(((payloadLength - skeleton) * 3) / 4);
  // Nudge the filler until the encoded payload lands on the exact length wanted.
  while (encodeSegment({ ...seedClaims, filler: 'x'.repeat(fillerBytes) }).length < payloadLength) fillerBytes += 1;
  while (encodeSegment({ ...seedClaims, filler: 'x'.repeat(fillerBytes) }).length > payloadLength) fillerBytes -= 1;
  const payload = { ...seedClaims, filler: 'x'.repeat(fillerBytes) };
  expect(encodeSegment(payload).length).to.equal(payloadLength);
  return signCraftedToken({ header, payload }, key);
}

/** UTF-8 `before`, then raw `bytes`, then UTF-8 `after`. */
function withBytes(before: string, bytes: number[], after: string): Uint8Array {
  const encoder = new TextEncoder();
  return Uint8Array.from([...encoder.encode(before), ...bytes, ...encoder.encode(after)]);
}

describe('token shape (checked before any key is used)', () => {
  let host: TestKeyPair;
  let token: string;

  before(async () => {
    host = await generateTestKeyPair('RS256');
    token = await signTestToken(seedClaims, { key: host.privateKey });
  });

  it('accepts the well-formed token the other cases are made from', async () => {
    expect((await verifyProfileToken(token, host.publicPem)).displayName).to.equal('Larry David');
  });

  describe('malformed', () => {
    const cases: [string, (token: string) => string][] = [
      ['an empty string', () => ''],
      ['a single segment', (t) => t.split('.')[0] ?? ''],
      ['two segments', (t) => t.split('.').slice(0, 2).join('.')],
      ['a fourth segment', (t) => `${t}.${t.split('.')[2] ?? ''}`],
      ['five segments, as a JWE has', (t) => `${t}.AAAA.AAAA`],
      ['a trailing dot', (t) => `${t}.`],
      ['a "Bearer " prefix', (t) => `Bearer ${t}`],
      ['a lower-case "bearer " prefix', (t) => `bearer ${t}`],
      ['a leading space', (t) => ` ${t}`],
      ['a trailing newline', (t) => `${t}\n`],
      ['a line break inside the payload', (t) => t.replace('.', '.\n')],
      ['a space inside the signature', (t) => replaceAt(t, -10, ' ')],
      ['base64 padding on the header', (t) => t.replace('.', '==.')],
      ['base64 padding on the signature', (t) => `${t}==`],
      ['the base64 "+" character', (t) => replaceAt(t, -5, '+')],
      ['the base64 "/" character', (t) => replaceAt(t, -5, '/')],
      ['a character outside base64url', (t) => replaceAt(t, -5, '*')],
      ['a non-ASCII letter', (t) => replaceAt(t, -5, 'é')],
      ['an emoji', (t) => replaceAt(t, -5, '😀')],
      ['an empty header segment', (t) => t.slice(t.indexOf('.'))],
      ['an empty payload segment', (t) => { const [h, , s] = t.split('.'); return `${h}..${s}`; }],
      ['a payload of impossible base64 length', (t) => {
        const [h, p = '', s] = t.split('.');
        return `${h}.${p}${'A'.repeat(((1 - (p.length % 4)) + 4) % 4 || 4)}.${s}`;
      }],
      ['two tokens joined', (t) => `${t}${t}`],
    ];
    for (const [name, mutate] of cases) {
      it(`refuses ${name}`, async () => {
        await expectRefusal(verifyProfileToken(mutate(token), host.publicPem), 'malformed');
      });
    }

    for (const value of [undefined, null, 42, { token: 'x' }, ['a.b.c']]) {
      it(`refuses the non-string ${JSON.stringify(value) ?? 'undefined'}`, async () => {
        await expectRefusal(verifyProfileToken(value as unknown as string, host.publicPem), 'malformed');
      });
    }

    it('refuses a signature whose unused trailing bits are set, though jose alone accepts it', async () => {
      const last = token.charAt(token.length - 1);
      // An RSA-2048 signature is 342 characters: the last one carries 4 unused bits.
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const twin = alphabet.charAt(alphabet.indexOf(last) | 0b0001);
      expect(twin).to.not.equal(last);
      const respelled = replaceAt(token, -1, twin);
      await compactVerify(respelled, await importSPKI(host.publicPem, 'RS256'));
      await expectRefusal(verifyProfileToken(respelled, host.publicPem), 'malformed');
    });

    it('refuses a header that is not JSON', async () => {
      const [, payload, signature] = token.split('.');
      await expectRefusal(verifyProfileToken(`${base64url.encode('not json')}.${payload}.${signature}`, host.publicPem), 'malformed');
    });

    for (const [name, value] of [['an array', '[]'], ['a string', '"RS256"'], ['null', 'null'], ['a number', '1']]) {
      it(`refuses a header that is ${name}`, async () => {
        const [, payload, signature] = token.split('.');
        await expectRefusal(verifyProfileToken(`${encodeSegment(value)}.${payload}.${signature}`, host.publicPem), 'malformed');
      });
    }

    it('refuses a header that is not valid UTF-8', async () => {
      const bytes = new TextEncoder().encode('{"alg":"RS256","x":"\u00ff"}');
      const broken = bytes.map((byte) => (byte === 0xc3 ? 0xff : byte));
      const forged = await signCraftedToken({ header: broken, payload: seedClaims }, host.privateKey);
      await expectRefusal(verifyProfileToken(forged, host.publicPem), 'malformed');
    });

    const payloads: [string, string | Uint8Array][] = [
      ['not JSON', 'displayName=Larry'],
      ['a JSON array', '[{"displayName":"Larry"}]'],
      ['a JSON string', '"Larry"'],
      ['JSON null', 'null'],
      ['a JSON number', '42'],
      ['JSON with trailing garbage', '{"displayName":"Larry"}x'],
      ['JSON behind a byte-order mark', '\ufeff{"displayName":"Larry"}'],
      ['invalid UTF-8 (a lone continuation byte)', withBytes('{"displayName":"Larry', [0x80], '"}')],
      ['invalid UTF-8 (an overlong encoding)', withBytes('{"displayName":"', [0xc0, 0xaf], '"}')],
      ['invalid UTF-8 (an encoded surrogate)', withBytes('{"displayName":"', [0xed, 0xa0, 0x80], '"}')],
    ];
    for (const [name, payload] of payloads) {
      it(`refuses a correctly signed payload that is ${name}`, async () => {
        const signed = await signCraftedToken({ header, payload }, host.privateKey);
        await expectRefusal(verifyProfileToken(signed, host.publicPem), 'malformed');
      });
    }
  });

  describe('size', () => {
    it('accepts a token of exactly 16 KiB by default', async () => {
      // 36 header + 342 signature + 2 dots: a 16 004-character payload makes 16 384.
      const exact = await tokenWithPayloadLength(host.privateKey, 16_004);
      expect(exact).to.have.length(16_384);
      expect((await verifyProfileToken(exact, host.publicPem)).displayName).to.equal('Larry David');
    });

    it('refuses a correctly signed token just over 16 KiB as too-large', async () => {
      const over = await tokenWithPayloadLength(host.privateKey, 16_006);
      expect(over).to.have.length(16_386);
      await expectRefusal(verifyProfileToken(over, host.publicPem), 'too-large');
    });

    it('accepts a token of exactly maxTokenBytes and refuses it one byte lower', async () => {
      await verifyProfileToken(token, host.publicPem, { maxTokenBytes: token.length });
      await expectRefusal(verifyProfileToken(token, host.publicPem, { maxTokenBytes: token.length - 1 }), 'too-large');
    });

    it('refuses a huge string as too-large before looking at its shape', async () => {
      const error = await expectRefusal(verifyProfileToken(`Bearer ${'x'.repeat(1_000_000)}`, host.publicPem), 'too-large');
      expect(error.detail).to.match(/1000007 bytes/);
    });

    it('counts UTF-8 bytes, not characters', async () => {
      // 5 000 two-byte characters are 10 000 bytes; 4 096 are exactly 8 KiB, within the limit (and malformed).
      await expectRefusal(verifyProfileToken('é'.repeat(5000), host.publicPem, { maxTokenBytes: 8192 }), 'too-large');
      await expectRefusal(verifyProfileToken('é'.repeat(4096), host.publicPem, { maxTokenBytes: 8192 }), 'malformed');
    });

    for (const value of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '16384']) {
      it(`refuses maxTokenBytes ${String(value)} as too-large, naming the option`, async () => {
        const error = await expectRefusal(verifyProfileToken(token, host.publicPem, { maxTokenBytes: value as number }), 'too-large');
        expect(error.detail).to.match(/options\.maxTokenBytes/);
      });
    }
  });

  describe('in decodeProfileToken', () => {
    for (const [name, mutate] of [
      ['a "Bearer " prefix', (t: string) => `Bearer ${t}`],
      ['a fourth segment', (t: string) => `${t}.AAAA`],
      ['padding', (t: string) => `${t}=`],
      ['a payload that is not JSON', (t: string) => t.replace(/\.[^.]*\./, `.${base64url.encode('nope')}.`)],
    ] as const) {
      it(`refuses ${name} as malformed`, () => {
        expectRefusalSync(() => decodeProfileToken(mutate(token)), 'malformed');
      });
    }

    it('refuses more than 16 KiB as too-large', async () => {
      const over = await tokenWithPayloadLength(host.privateKey, 16_006);
      expectRefusalSync(() => decodeProfileToken(over), 'too-large');
    });
  });
});
