// exp, nbf, iat, maxTokenAge, iss, aud and the registered claims' types, at their exact boundaries
// (the clock is passed in as currentDate, never mocked).
import { expect } from 'chai';
import { verifyProfileToken, type VerifyOptions } from '../../src/token/index.js';
import { generateTestKeyPair, seedClaims, signTestToken, type TestKeyPair } from '../helpers/keys.js';
import { expectRefusal } from '../helpers/token-errors.js';

const now = 1_700_000_000;
/** The instant `seconds` after the epoch, plus `ms` milliseconds. */
const at = (seconds: number, ms = 0): Date => new Date(seconds * 1000 + ms);

describe('registered claims', () => {
  let host: TestKeyPair;
  before(async () => {
    host = await generateTestKeyPair('RS256');
  });

  const sign = (claims: object): Promise<string> => signTestToken({ ...seedClaims, ...claims }, { key: host.privateKey });
  const verify = async (claims: object, options: VerifyOptions): Promise<unknown> =>
    verifyProfileToken(await sign(claims), host.publicPem, options);
  const verifyText = async (payload: string, options?: VerifyOptions): Promise<unknown> =>
    verifyProfileToken(await signTestToken(payload, { key: host.privateKey }), host.publicPem, options);

  describe('exp', () => {
    it('is refused at exactly exp without tolerance', async () => {
      await expectRefusal(verify({ exp: now }, { currentDate: at(now), clockTolerance: 0 }), 'expired');
    });

    it('is accepted one millisecond before exp without tolerance', async () => {
      await verify({ exp: now }, { currentDate: at(now, -1), clockTolerance: 0 });
    });

    it('is accepted until just before exp plus the default 60 s tolerance', async () => {
      await verify({ exp: now }, { currentDate: at(now + 60, -1) });
      await expectRefusal(verify({ exp: now }, { currentDate: at(now + 60) }), 'expired');
    });

    it('follows a custom tolerance', async () => {
      await verify({ exp: now }, { currentDate: at(now + 5, -1), clockTolerance: 5 });
      await expectRefusal(verify({ exp: now }, { currentDate: at(now + 5), clockTolerance: 5 }), 'expired');
    });

    it('may be fractional', async () => {
      await verify({ exp: now + 0.5 }, { currentDate: at(now), clockTolerance: 0 });
      await expectRefusal(verify({ exp: now + 0.5 }, { currentDate: at(now, 500), clockTolerance: 0 }), 'expired');
    });

    it('is optional by default, as in the seed example', async () => {
      await verify({}, { currentDate: at(now) });
    });

    it('is required with requireExpiry, refused as claims when missing', async () => {
      const error = await expectRefusal(verify({}, { currentDate: at(now), requireExpiry: true }), 'claims');
      expect(error.detail).to.match(/requireExpiry/);
      await verify({ exp: now + 300 }, { currentDate: at(now), requireExpiry: true });
    });
  });

  describe('nbf', () => {
    it('is accepted at exactly nbf without tolerance', async () => {
      await verify({ nbf: now }, { currentDate: at(now), clockTolerance: 0 });
    });

    it('is refused one millisecond before nbf without tolerance', async () => {
      await expectRefusal(verify({ nbf: now }, { currentDate: at(now, -1), clockTolerance: 0 }), 'not-yet-valid');
    });

    it('is accepted from exactly nbf minus the default 60 s tolerance', async () => {
      await verify({ nbf: now }, { currentDate: at(now - 60) });
      await expectRefusal(verify({ nbf: now }, { currentDate: at(now - 60, -1) }), 'not-yet-valid');
    });
  });

  describe('iat', () => {
    it('may lie up to the tolerance in the future', async () => {
      await verify({ iat: now + 60 }, { currentDate: at(now) });
      await verify({ iat: now }, { currentDate: at(now), clockTolerance: 0 });
    });

    it('is refused further in the future, even without maxTokenAge', async () => {
      await expectRefusal(verify({ iat: now + 60 }, { currentDate: at(now, -1) }), 'not-yet-valid');
      await expectRefusal(verify({ iat: now + 1 }, { currentDate: at(now), clockTolerance: 0 }), 'not-yet-valid');
    });
  });

  describe('maxTokenAge', () => {
    it('accepts a token exactly maxTokenAge plus tolerance old and refuses it a millisecond later', async () => {
      await verify({ iat: now - 300 }, { currentDate: at(now), maxTokenAge: 240 });
      await expectRefusal(verify({ iat: now - 300 }, { currentDate: at(now, 1), maxTokenAge: 240 }), 'expired');
      await verify({ iat: now - 300 }, { currentDate: at(now), maxTokenAge: 300, clockTolerance: 0 });
      await expectRefusal(verify({ iat: now - 300 }, { currentDate: at(now, 1), maxTokenAge: 300, clockTolerance: 0 }), 'expired');
    });

    it('requires iat, refused as claims when missing', async () => {
      const error = await expectRefusal(verify({ exp: now + 300 }, { currentDate: at(now), maxTokenAge: 300 }), 'claims');
      expect(error.detail).to.match(/iat/);
    });
  });

  describe('time claims that are not finite numbers (refused as claims)', () => {
    const values: [string, unknown][] = [
      ['a date string', '2030-01-01T00:00:00Z'],
      ['a numeric string', String(now + 300)],
      ['null', null],
      ['true', true],
      ['an array', [now + 300]],
      ['an object', { seconds: now + 300 }],
    ];
    for (const claim of ['exp', 'nbf', 'iat']) {
      for (const [name, value] of values) {
        it(`refuses ${claim} as ${name}`, async () => {
          const error = await expectRefusal(verify({ [claim]: value }, { currentDate: at(now) }), 'claims');
          expect(error.detail).to.include(`"${claim}"`);
        });
      }

      it(`refuses ${claim} of 1e400, which JSON reads as Infinity`, async () => {
        await expectRefusal(verifyText(`{"displayName":"Larry","${claim}":1e400}`, { currentDate: at(now) }), 'claims');
      });
    }
  });

  describe('iss', () => {
    it('is checked against options.issuer', async () => {
      await verify({ iss: 'https://host.example' }, { issuer: 'https://host.example' });
      await verify({ iss: 'https://b.example' }, { issuer: ['https://a.example', 'https://b.example'] });
      await expectRefusal(verify({ iss: 'https://evil.example' }, { issuer: 'https://host.example' }), 'claims');
    });

    it('is required when options.issuer is set', async () => {
      await expectRefusal(verify({}, { issuer: 'https://host.example' }), 'claims');
    });

    it('is compared exactly', async () => {
      await expectRefusal(verify({ iss: 'https://host.example/' }, { issuer: 'https://host.example' }), 'claims');
      await expectRefusal(verify({ iss: 'HTTPS://HOST.EXAMPLE' }, { issuer: 'https://host.example' }), 'claims');
    });
  });

  describe('aud', () => {
    it('is checked against options.audience, as a string or an array', async () => {
      await verify({ aud: 'social-hour' }, { audience: 'social-hour' });
      await verify({ aud: ['other', 'social-hour'] }, { audience: 'social-hour' });
      await verify({ aud: 'social-hour' }, { audience: ['x', 'social-hour'] });
      await expectRefusal(verify({ aud: 'other' }, { audience: 'social-hour' }), 'claims');
      await expectRefusal(verify({ aud: [] }, { audience: 'social-hour' }), 'claims');
    });

    it('is required when options.audience is set', async () => {
      await expectRefusal(verify({}, { audience: 'social-hour' }), 'claims');
    });

    it('is returned frozen when an array', async () => {
      const profile = (await verify({ aud: ['a', 'b'] }, {})) as { aud: readonly string[] };
      expect(profile.aud).to.deep.equal(['a', 'b']);
      expect(Object.isFrozen(profile.aud)).to.be.true;
    });
  });

  describe('string claims of the wrong type (refused as claims)', () => {
    const cases: [string, unknown][] = [
      ['sub', 42],
      ['iss', { url: 'https://host.example' }],
      ['jti', ['t-1']],
      ['aud', 42],
      ['aud', ['social-hour', 42]],
      ['sub', null],
    ];
    for (const [claim, value] of cases) {
      it(`refuses ${claim}: ${JSON.stringify(value)}`, async () => {
        await expectRefusal(verify({ [claim]: value }, {}), 'claims');
      });
    }
  });

  describe('options of the wrong type (refused as claims, naming the option)', () => {
    const cases: [string, VerifyOptions][] = [
      ['clockTolerance -1', { clockTolerance: -1 }],
      ['clockTolerance NaN', { clockTolerance: Number.NaN }],
      ['clockTolerance "60"', { clockTolerance: '60' as unknown as number }],
      ['maxTokenAge -1', { maxTokenAge: -1 }],
      ['maxTokenAge Infinity', { maxTokenAge: Number.POSITIVE_INFINITY }],
      ['an invalid currentDate', { currentDate: new Date(Number.NaN) }],
      ['a currentDate number', { currentDate: now as unknown as Date }],
      ['an empty issuer list', { issuer: [] }],
      ['a numeric audience', { audience: 42 as unknown as string }],
    ];
    for (const [name, options] of cases) {
      it(`refuses ${name}`, async () => {
        const error = await expectRefusal(verify({ iat: now, exp: now + 300 }, options), 'claims');
        expect(error.detail).to.match(/^options\./);
      });
    }
  });
});
