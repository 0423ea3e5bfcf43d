// signProfileToken: what it writes, the verifier rules it holds its input to, its options and keys.
import { expect } from 'chai';
import fc from 'fast-check';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import {
  signProfileToken,
  verifyProfileToken,
  type SessionProfileInput,
  type SignOptions,
  type SigningKey,
} from '../../src/token/index.js';
import { generateHostKeys, seedClaims, type HostKeys } from '../helpers/keys.js';
import { expectRefusal } from '../helpers/token-errors.js';

const now = 1_700_000_000;
const at = (seconds: number): Date => new Date(seconds * 1000);

describe('signProfileToken', () => {
  let keys: HostKeys;
  before(async () => {
    keys = await generateHostKeys();
  });

  describe('the token it writes', () => {
    it('is RS256 with typ JWT, iat now and exp 300 s later', async () => {
      const token = await signProfileToken(keys.host.privateKey, seedClaims, { currentDate: at(now) });
      expect(decodeProtectedHeader(token)).to.deep.equal({ alg: 'RS256', typ: 'JWT' });
      expect(decodeJwt(token)).to.include({ iat: now, exp: now + 300 });
    });

    it('uses the current time when no currentDate is given', async () => {
      const before = Math.floor(Date.now() / 1000);
      const { iat, exp } = decodeJwt(await signProfileToken(keys.host.privateKey, seedClaims));
      expect(iat).to.be.within(before, before + 5);
      expect(exp).to.equal((iat ?? 0) + 300);
    });

    it('verifies and expires exactly 300 s after issue', async () => {
      const token = await signProfileToken(keys.host.privateKey, seedClaims, { currentDate: at(now) });
      await verifyProfileToken(token, keys.host.publicPem, { currentDate: at(now + 299), clockTolerance: 0 });
      await expectRefusal(verifyProfileToken(token, keys.host.publicPem, { currentDate: at(now + 300), clockTolerance: 0 }), 'expired');
    });

    it('writes expiresIn, kid, issuer, subject and audience', async () => {
      const token = await signProfileToken(keys.host.privateKey, seedClaims, {
        currentDate: at(now),
        expiresIn: 60,
        kid: 'host-1',
        issuer: 'https://host.example',
        subject: 'user-42',
        audience: ['social-hour'],
      });
      expect(decodeProtectedHeader(token)).to.deep.equal({ alg: 'RS256', typ: 'JWT', kid: 'host-1' });
      const profile = await verifyProfileToken(token, keys.host.publicPem, {
        currentDate: at(now),
        issuer: 'https://host.example',
        audience: 'social-hour',
      });
      expect(profile).to.deep.include({ exp: now + 60, kid: 'host-1', sub: 'user-42', iss: 'https://host.example' });
      expect(profile.aud).to.deep.equal(['social-hour']);
    });

    it('round-trips every field exactly', async () => {
      const input: SessionProfileInput = {
        displayName: '  <b>Larry</b> & "David" 😀 e\u0301 ',
        email: 'larry@example.com',
        avatarUrl: 'https://cdn.example/larry.png?size=64',
        userProfile: [
          ['organization', 'Seinfield'],
          ['__proto__', 'constructor'],
        ],
      };
      const profile = await verifyProfileToken(await signProfileToken(keys.host.privateKey, input), keys.host.publicPem);
      expect(profile).to.deep.include(input);
    });

    it('leaves out what the verifier would read as absent', async () => {
      const token = await signProfileToken(keys.host.privateKey, {
        displayName: 'Larry',
        email: '',
        avatarUrl: 'http://cdn.example/larry.png',
        userProfile: [],
      });
      expect(Object.keys(decodeJwt(token))).to.deep.equal(['displayName', 'iat', 'exp']);
      const nulls = await signProfileToken(keys.host.privateKey, { displayName: 'Larry', email: null, avatarUrl: null });
      expect(Object.keys(decodeJwt(nulls))).to.deep.equal(['displayName', 'iat', 'exp']);
    });

    it('ignores fields that are not part of a profile', async () => {
      const input = { ...seedClaims, exp: 1, isHost: true } as unknown as SessionProfileInput;
      const claims = decodeJwt(await signProfileToken(keys.host.privateKey, input, { currentDate: at(now) }));
      expect(claims.exp).to.equal(now + 300);
      expect(claims).to.not.have.property('isHost');
    });
  });

  describe('its input (the verifier rules, refused as claims)', () => {
    const invalid: [string, unknown][] = [
      ['a missing displayName', { email: 'larry@example.com' }],
      ['an empty displayName', { displayName: '' }],
      ['a whitespace displayName', { displayName: ' \n ' }],
      ['a displayName of 257 characters', { displayName: 'a'.repeat(257) }],
      ['a numeric email', { displayName: 'Larry', email: 42 }],
      ['a triple in userProfile', { displayName: 'Larry', userProfile: [['a', 'b', 'c']] }],
      ['a number in userProfile', { displayName: 'Larry', userProfile: [['age', 42]] }],
      ['101 userProfile entries', { displayName: 'Larry', userProfile: Array.from({ length: 101 }, () => ['a', 'b']) }],
      ['no profile at all', null],
      ['a string instead of a profile', 'Larry David'],
    ];
    for (const [name, input] of invalid) {
      it(`refuses ${name}`, async () => {
        await expectRefusal(signProfileToken(keys.host.privateKey, input as SessionProfileInput), 'claims');
      });
    }

    it('refuses a profile whose getter throws, as claims rather than the raw error', async () => {
      const input = {
        get displayName(): string {
          throw new RangeError('boom');
        },
      };
      const error = await expectRefusal(signProfileToken(keys.host.privateKey, input), 'claims');
      expect(error.cause).to.be.instanceOf(RangeError);
    });

    it('refuses a profile whose token would exceed the verifier’s 16 KiB', async () => {
      const userProfile = Array.from({ length: 100 }, (_, index): [string, string] => [`label ${index}`, 'x'.repeat(150)]);
      await expectRefusal(signProfileToken(keys.host.privateKey, { displayName: 'Larry', userProfile }), 'too-large');
    });
  });

  describe('its options', () => {
    for (const [name, options, code] of [
      ['expiresIn 0', { expiresIn: 0 }, 'claims'],
      ['expiresIn -300', { expiresIn: -300 }, 'claims'],
      ['expiresIn NaN', { expiresIn: Number.NaN }, 'claims'],
      ['an invalid currentDate', { currentDate: new Date(Number.NaN) }, 'claims'],
      ['a numeric issuer', { issuer: 42 }, 'claims'],
      ['an empty audience list', { audience: [] }, 'claims'],
      ['an empty kid', { kid: '' }, 'key'],
    ] as const) {
      it(`refuses ${name} as ${code}`, async () => {
        await expectRefusal(signProfileToken(keys.host.privateKey, seedClaims, options as SignOptions), code);
      });
    }
  });

  describe('its key', () => {
    it('accepts a PKCS #8 PEM with surrounding whitespace', async () => {
      const token = await signProfileToken(`\n ${keys.host.privatePem}\n\n`, seedClaims);
      expect((await verifyProfileToken(token, keys.host.publicPem)).verified).to.be.true;
    });

    it('accepts a private JWK', async () => {
      const token = await signProfileToken(keys.host.privateJwk, seedClaims);
      expect((await verifyProfileToken(token, keys.host.publicPem)).verified).to.be.true;
    });

    const refusals: [string, () => SigningKey, RegExp][] = [
      ['the public CryptoKey', () => keys.host.publicKey, /private key/],
      ['the public PEM', () => keys.host.publicPem, /PRIVATE KEY/],
      ['the public JWK', () => keys.host.publicJwk, /public key/],
      [
        'a PKCS #1 private key PEM, with how to convert it',
        () => keys.host.privatePem.replace(/PRIVATE KEY/g, 'RSA PRIVATE KEY'),
        /openssl pkcs8/,
      ],
      ['an RSA-1024 private key', () => keys.weak.privateKey, /1024 bits/],
      ['an EC private key', () => keys.ec.privateKey, /RS256/],
      ['an EC private PEM', () => keys.ec.privatePem, /RS256/],
      ['a number', () => 42 as unknown as SigningKey, /signing key/],
    ];
    for (const [name, key, detail] of refusals) {
      it(`refuses ${name} as key`, async () => {
        const error = await expectRefusal(signProfileToken(key(), seedClaims), 'key');
        expect(error.detail).to.match(detail);
      });
    }
  });

  describe('properties', () => {
    it('signs any valid profile into a token that verifies to the same profile', async () => {
      const profiles = fc.record({
        displayName: fc.string({ minLength: 1, maxLength: 256, unit: 'binary' }).filter((name) => name.trim() !== ''),
        email: fc.option(fc.string({ minLength: 1 }), { nil: null }),
        avatarUrl: fc.option(fc.webUrl({ validSchemes: ['https'] }), { nil: null }),
        userProfile: fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 20 }),
      });
      await fc.assert(
        fc.asyncProperty(profiles, async (input) => {
          const profile = await verifyProfileToken(await signProfileToken(keys.host.privateKey, input), keys.host.publicPem);
          expect(profile).to.deep.include(input);
        }),
        { numRuns: 40 },
      );
    });
  });
});
