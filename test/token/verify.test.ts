// verifyProfileToken end to end (algorithm attacks, header-supplied keys, tampering, aborts, a property over
// any string) and decodeProfileToken.
import { expect } from 'chai';
import fc from 'fast-check';
import { base64url, importPKCS8 } from 'jose';
import {
  decodeProfileToken,
  ProfileTokenError,
  verifyProfileToken,
  type ProfileAlgorithm,
  type VerifiedProfile,
} from '../../src/token/index.js';
import { startJwksEndpoint, uniqueJwksId, type JwksEndpoint } from '../helpers/jwks-endpoint.js';
import {
  craftToken,
  encodeSegment,
  generateHostKeys,
  hmacKey,
  pemToDer,
  replaceAt,
  seedClaims,
  signCraftedToken,
  signTestToken,
  type HostKeys,
} from '../helpers/keys.js';
import { expectRefusal, expectRefusalSync, rejectionOf } from '../helpers/token-errors.js';

const now = 1_700_000_000;
const at = (seconds: number): Date => new Date(seconds * 1000);

describe('verifyProfileToken', () => {
  let keys: HostKeys;
  let token: string;
  let jwks: JwksEndpoint;

  before(async () => {
    [keys, jwks] = await Promise.all([generateHostKeys(), startJwksEndpoint()]);
    token = await signTestToken(
      { ...seedClaims, sub: 'user-42', iss: 'https://host.example', aud: 'social-hour', jti: 't-1', iat: now, nbf: now, exp: now + 300 },
      { key: keys.host.privateKey, header: { kid: 'host-1' } },
    );
  });

  after(() => jwks.close());

  describe('with a valid token', () => {
    let profile: VerifiedProfile;
    before(async () => {
      profile = await verifyProfileToken(token, keys.host.publicPem, { currentDate: at(now) });
    });

    it('returns the profile marked verified', () => {
      expect(profile.verified).to.be.true;
      expect(profile.displayName).to.equal('Larry David');
      expect(profile.email).to.be.null;
      expect(profile.avatarUrl).to.be.null;
      expect(profile.userProfile).to.deep.equal(seedClaims.userProfile);
    });

    it('adds the registered claims and the header kid', () => {
      expect(profile).to.deep.include({
        sub: 'user-42',
        iss: 'https://host.example',
        aud: 'social-hour',
        jti: 't-1',
        iat: now,
        nbf: now,
        exp: now + 300,
        kid: 'host-1',
      });
    });

    it('is frozen all the way down', () => {
      expect(Object.isFrozen(profile)).to.be.true;
      expect(Object.isFrozen(profile.userProfile)).to.be.true;
      expect(profile.userProfile.every((entry) => Object.isFrozen(entry))).to.be.true;
    });

    it('has no keys for claims the token did not carry', async () => {
      const bare = await verifyProfileToken(await signTestToken(seedClaims, { key: keys.host.privateKey }), keys.host.publicPem);
      expect(Object.keys(bare)).to.deep.equal(['verified', 'displayName', 'email', 'avatarUrl', 'userProfile']);
    });

    it('treats null options as none', async () => {
      const bare = await signTestToken(seedClaims, { key: keys.host.privateKey });
      expect((await verifyProfileToken(bare, keys.host.publicPem, null as unknown as undefined)).verified).to.be.true;
    });

    it('accepts the seed example as jsonwebtoken signs it: no exp, iat only', async () => {
      const seedToken = await signTestToken({ ...seedClaims, iat: now }, { key: keys.host.privateKey });
      expect((await verifyProfileToken(seedToken, keys.host.publicPem, { currentDate: at(now + 86_400) })).iat).to.equal(now);
    });
  });

  describe('algorithm attacks (all refused as algorithm)', () => {
    for (const alg of ['none', 'None', 'NONE', 'nOnE']) {
      it(`refuses alg "${alg}" without a signature`, async () => {
        const unsigned = craftToken({ header: { alg, typ: 'JWT' }, payload: seedClaims });
        await expectRefusal(verifyProfileToken(unsigned, keys.host.publicPem), 'algorithm');
      });

      it(`refuses alg "${alg}" with the host's genuine RS256 signature kept`, async () => {
        const signature = token.split('.')[2] ?? '';
        const forged = craftToken({ header: { alg, typ: 'JWT', kid: 'host-1' }, payload: seedClaims, signature });
        await expectRefusal(verifyProfileToken(forged, keys.host.publicPem), 'algorithm');
      });
    }

    const headers: [string, Record<string, unknown>][] = [
      ['a missing alg', { typ: 'JWT' }],
      ['alg null', { alg: null }],
      ['a numeric alg', { alg: 256 }],
      ['an array alg', { alg: ['RS256'] }],
      ['lower-case "rs256"', { alg: 'rs256' }],
      ['"RS256 " with a trailing space', { alg: 'RS256 ' }],
      ['an empty alg', { alg: '' }],
    ];
    for (const [name, header] of headers) {
      it(`refuses ${name}, even with a genuine signature over that header`, async () => {
        const signed = await signCraftedToken({ header, payload: seedClaims }, keys.host.privateKey);
        await expectRefusal(verifyProfileToken(signed, keys.host.publicPem), 'algorithm');
      });
    }

    it('refuses HS256 signed with the SPKI PEM text as the HMAC secret', async () => {
      for (const secret of [keys.host.publicPem, keys.host.publicPem.trim(), `${keys.host.publicPem.trim()}\n`]) {
        const forged = await signTestToken(seedClaims, { key: await hmacKey(secret), header: { alg: 'HS256' } });
        await expectRefusal(verifyProfileToken(forged, keys.host.publicPem), 'algorithm');
        await expectRefusal(verifyProfileToken(forged, keys.host.publicKey), 'algorithm');
        await expectRefusal(verifyProfileToken(forged, keys.host.publicJwk), 'algorithm');
      }
    });

    it('refuses HS256 signed with the DER bytes of the public key as the HMAC secret', async () => {
      const forged = await signTestToken(seedClaims, { key: await hmacKey(pemToDer(keys.host.publicPem)), header: { alg: 'HS256' } });
      await expectRefusal(verifyProfileToken(forged, keys.host.publicPem), 'algorithm');
    });

    it('refuses HS256 forgeries even if a page lists HS256, because the option itself is refused', async () => {
      const forged = await signTestToken(seedClaims, { key: await hmacKey(keys.host.publicPem), header: { alg: 'HS256' } });
      const options = { algorithms: ['HS256'] as unknown as ProfileAlgorithm[] };
      const error = await expectRefusal(verifyProfileToken(forged, keys.host.publicPem, options), 'algorithm');
      expect(error.detail).to.match(/options\.algorithms/);
    });

    it('refuses ES256 when only RS256 is allowed', async () => {
      const signed = await signTestToken(seedClaims, { key: keys.ec.privateKey, header: { alg: 'ES256' } });
      await expectRefusal(verifyProfileToken(signed, keys.ec.publicPem), 'algorithm');
    });

    it("refuses PS256 and RS512 when only RS256 is allowed, though signed with the host's own key", async () => {
      const pss = await importPKCS8(keys.host.privatePem, 'PS256');
      const ps256 = await signTestToken(seedClaims, { key: pss, header: { alg: 'PS256' } });
      await expectRefusal(verifyProfileToken(ps256, keys.host.publicPem), 'algorithm');
      const sha512 = await importPKCS8(keys.host.privatePem, 'RS512');
      const rs512 = await signTestToken(seedClaims, { key: sha512, header: { alg: 'RS512' } });
      await expectRefusal(verifyProfileToken(rs512, keys.host.publicPem), 'algorithm');
      // The same tokens verify once the page opts in: the refusal above is the policy, not the signature.
      expect((await verifyProfileToken(ps256, keys.host.publicPem, { algorithms: ['PS256'] })).verified).to.be.true;
      expect((await verifyProfileToken(rs512, keys.host.publicPem, { algorithms: ['RS256', 'RS512'] })).verified).to.be.true;
    });

    it('accepts ES256 with an EC key when the page lists it', async () => {
      const signed = await signTestToken(seedClaims, { key: keys.ec.privateKey, header: { alg: 'ES256' } });
      expect((await verifyProfileToken(signed, keys.ec.publicPem, { algorithms: ['ES256'] })).displayName).to.equal('Larry David');
    });

    it('refuses an RS256 token for an EC key, even with both algorithms allowed', async () => {
      const signed = await signTestToken(seedClaims, { key: keys.host.privateKey });
      await expectRefusal(verifyProfileToken(signed, keys.ec.publicKey, { algorithms: ['RS256', 'ES256'] }), 'key');
    });

    for (const [name, algorithms] of [
      ['["none"]', ['none']],
      ['["HS256"]', ['HS256']],
      ['["rs256"]', ['rs256']],
      ['an empty list', []],
      ['a bare string', 'RS256'],
      ['a list with a number', ['RS256', 256]],
    ] as const) {
      it(`refuses options.algorithms ${name}`, async () => {
        const options = { algorithms: algorithms as unknown as ProfileAlgorithm[] };
        await expectRefusal(verifyProfileToken(token, keys.host.publicPem, options), 'algorithm');
      });
    }
  });

  describe('header-supplied keys (never used)', () => {
    it("ignores an embedded jwk: an attacker's own key cannot vouch for the token", async () => {
      const forged = await signTestToken(seedClaims, { key: keys.other.privateKey, header: { jwk: keys.other.publicJwk } });
      await expectRefusal(verifyProfileToken(forged, keys.host.publicPem), 'signature');
    });

    it("ignores an embedded jwk naming the host's key on a token signed by someone else", async () => {
      const forged = await signTestToken(seedClaims, { key: keys.other.privateKey, header: { jwk: keys.host.publicJwk } });
      await expectRefusal(verifyProfileToken(forged, keys.host.publicPem), 'signature');
    });

    for (const parameter of ['jku', 'x5u']) {
      it(`never fetches a ${parameter} URL`, async () => {
        const id = uniqueJwksId(parameter);
        await jwks.publish(id, { keys: [{ ...keys.other.publicJwk, kid: 'attacker' }] });
        const forged = await signTestToken(seedClaims, {
          key: keys.other.privateKey,
          header: { [parameter]: jwks.url(id).href, kid: 'attacker' },
        });
        await expectRefusal(verifyProfileToken(forged, keys.host.publicPem), 'signature');
        await expectRefusal(verifyProfileToken(forged, { keys: [{ ...keys.host.publicJwk, kid: 'host-1' }] }), 'key');
        expect(await jwks.requests(id)).to.equal(0);
      });
    }

    it('ignores an x5c chain', async () => {
      const x5c = [base64url.encode(pemToDer(keys.other.publicPem)).replace(/-/g, '+').replace(/_/g, '/')];
      const forged = await signTestToken(seedClaims, { key: keys.other.privateKey, header: { x5c } });
      await expectRefusal(verifyProfileToken(forged, keys.host.publicPem), 'signature');
      const genuine = await signTestToken(seedClaims, { key: keys.host.privateKey, header: { x5c } });
      expect((await verifyProfileToken(genuine, keys.host.publicPem)).verified).to.be.true;
    });

    it('does not let a kid pick a key the page was not given', async () => {
      const forged = await signTestToken(seedClaims, { key: keys.other.privateKey, header: { kid: 'host-1' } });
      await expectRefusal(verifyProfileToken(forged, keys.host.publicPem), 'signature');
    });
  });

  describe('JWS extensions', () => {
    it('refuses a crit extension, whatever it names', async () => {
      for (const crit of [['exp'], ['http://example.com/ext'], [], 'exp']) {
        const signed = await signTestToken(seedClaims, { key: keys.host.privateKey, header: { crit, exp: now } });
        await expectRefusal(verifyProfileToken(signed, keys.host.publicPem), 'malformed');
      }
    });

    it('refuses an unencoded payload (b64: false with crit)', async () => {
      const header = { alg: 'RS256', b64: false, crit: ['b64'] };
      const payload = JSON.stringify(seedClaims);
      const signingInput = `${encodeSegment(header)}.${payload}`;
      const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', keys.host.privateKey, new TextEncoder().encode(signingInput));
      const forged = `${encodeSegment(header)}.${encodeSegment(payload)}.${base64url.encode(new Uint8Array(signature))}`;
      await expectRefusal(verifyProfileToken(forged, keys.host.publicPem), 'malformed');
    });

    it('refuses b64: false even without crit', async () => {
      const signed = await signTestToken(seedClaims, { key: keys.host.privateKey, header: { b64: false } });
      await expectRefusal(verifyProfileToken(signed, keys.host.publicPem), 'malformed');
    });

    it('accepts b64: true, the default', async () => {
      const signed = await signTestToken(seedClaims, { key: keys.host.privateKey, header: { b64: true } });
      expect((await verifyProfileToken(signed, keys.host.publicPem)).verified).to.be.true;
    });

    it('refuses a kid that is not a string', async () => {
      const signed = await signTestToken(seedClaims, { key: keys.host.privateKey, header: { kid: 1 } });
      await expectRefusal(verifyProfileToken(signed, keys.host.publicPem), 'malformed');
    });
  });

  describe('tampering (refused as signature)', () => {
    it('refuses a payload changed after signing', async () => {
      const [header, , signature] = token.split('.');
      const tampered = `${header}.${encodeSegment({ ...seedClaims, displayName: 'Mallory' })}.${signature}`;
      await expectRefusal(verifyProfileToken(tampered, keys.host.publicPem, { currentDate: at(now) }), 'signature');
    });

    it('refuses a header changed after signing', async () => {
      const [, payload, signature] = token.split('.');
      const tampered = `${encodeSegment({ alg: 'RS256', typ: 'JWT', kid: 'host-2' })}.${payload}.${signature}`;
      await expectRefusal(verifyProfileToken(tampered, keys.host.publicPem, { currentDate: at(now) }), 'signature');
    });

    it('refuses a signature spliced from another genuine token', async () => {
      const other = await signTestToken({ displayName: 'Elaine Benes' }, { key: keys.host.privateKey });
      const [header, payload] = token.split('.');
      const spliced = `${header}.${payload}.${other.split('.')[2] ?? ''}`;
      await expectRefusal(verifyProfileToken(spliced, keys.host.publicPem, { currentDate: at(now) }), 'signature');
    });

    it('refuses a truncated signature', async () => {
      // Whole base64url quanta (2, then 4 more each): the shorter signature stays canonical.
      for (const cut of [2, 6, 338]) {
        await expectRefusal(verifyProfileToken(token.slice(0, -cut), keys.host.publicPem, { currentDate: at(now) }), 'signature');
      }
    });

    it('refuses an empty signature', async () => {
      await expectRefusal(verifyProfileToken(token.replace(/[^.]*$/, ''), keys.host.publicPem, { currentDate: at(now) }), 'signature');
    });

    it('refuses a lengthened signature', async () => {
      await expectRefusal(verifyProfileToken(`${token}AAAA`, keys.host.publicPem, { currentDate: at(now) }), 'signature');
    });

    it('refuses a signature with one character changed', async () => {
      const index = token.lastIndexOf('.') + 10;
      const flipped = replaceAt(token, index, token.charAt(index) === 'A' ? 'B' : 'A');
      await expectRefusal(verifyProfileToken(flipped, keys.host.publicPem, { currentDate: at(now) }), 'signature');
    });

    it('refuses a token signed with an unrelated key', async () => {
      const forged = await signTestToken(seedClaims, { key: keys.other.privateKey });
      await expectRefusal(verifyProfileToken(forged, keys.host.publicPem), 'signature');
    });
  });

  describe('with an AbortSignal', () => {
    it('rejects with the reason of an already aborted signal, exactly as given', async () => {
      const reason = { why: 'superseded' };
      const controller = new AbortController();
      controller.abort(reason);
      expect(await rejectionOf(verifyProfileToken(token, keys.host.publicPem, { signal: controller.signal }))).to.equal(reason);
    });

    it('rejects with a DOMException named AbortError after a plain abort()', async () => {
      const controller = new AbortController();
      const verification = verifyProfileToken(token, keys.host.publicPem, { signal: controller.signal });
      controller.abort();
      const error = await rejectionOf(verification);
      expect(error).to.not.be.instanceOf(ProfileTokenError);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(error).to.equal(controller.signal.reason);
    });

    it('rejects promptly while a slow JWKS URL is still answering', async () => {
      const id = uniqueJwksId('slow');
      await jwks.publish(id, { keys: [{ ...keys.host.publicJwk, kid: 'host-1' }] });
      const controller = new AbortController();
      const started = Date.now();
      const verification = verifyProfileToken(token, jwks.url(id, { delayMs: 3000 }), {
        signal: controller.signal,
        currentDate: at(now),
      });
      setTimeout(() => controller.abort(), 50);
      expect(await rejectionOf(verification)).to.have.property('name', 'AbortError');
      expect(Date.now() - started).to.be.below(2000);
    });

    it('aborts many verifications sharing one signal through a single listener', async () => {
      const controller = new AbortController();
      const signal = controller.signal;
      const addEventListener = signal.addEventListener.bind(signal);
      let listeners = 0;
      signal.addEventListener = (...args: Parameters<AbortSignal['addEventListener']>) => {
        listeners += 1;
        addEventListener(...args);
      };
      const verifications = Array.from({ length: 100 }, () => rejectionOf(verifyProfileToken(token, keys.host.publicPem, { signal })));
      controller.abort('stale');
      expect(await Promise.all(verifications)).to.deep.equal(Array.from({ length: 100 }, () => 'stale'));
      expect(listeners).to.equal(1);
    });

    it('resolves as usual when the signal never aborts', async () => {
      const signal = new AbortController().signal;
      const profile = await verifyProfileToken(token, keys.host.publicPem, { signal, currentDate: at(now) });
      expect(profile.verified).to.be.true;
    });

    it('still reports a bad token as a ProfileTokenError', async () => {
      await expectRefusal(verifyProfileToken('nope', keys.host.publicPem, { signal: new AbortController().signal }), 'malformed');
    });
  });

  describe('properties', () => {
    /** Whether `profile` is what a successful verification must return. */
    function isVerifiedProfile(profile: VerifiedProfile): boolean {
      return (
        profile.verified &&
        Object.isFrozen(profile) &&
        typeof profile.displayName === 'string' &&
        profile.displayName.trim() !== '' &&
        Array.isArray(profile.userProfile)
      );
    }

    it('resolves to a valid profile or rejects with a ProfileTokenError, for any string', async () => {
      const validTokens = await Promise.all(
        [seedClaims, { displayName: 'Elaine', avatarUrl: 'https://cdn.example/e.png' }, { displayName: 'K', exp: 1 }].map((claims) =>
          signTestToken(claims, { key: keys.host.privateKey }),
        ),
      );
      const segment = fc.oneof(fc.base64String().map((text) => text.replace(/=+$/, '')), fc.string({ unit: 'binary-ascii' }));
      const json = fc.jsonValue().map((value) => encodeSegment(JSON.stringify(value)));
      const candidates = fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.constantFrom(...validTokens),
        fc.tuple(fc.constantFrom(...validTokens), fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(
          ([valid, index, text]) => replaceAt(valid, index % valid.length, text),
        ),
        fc.tuple(fc.constantFrom(...validTokens), fc.nat()).map(([valid, cut]) => valid.slice(0, cut % valid.length)),
        fc.tuple(fc.oneof(json, segment), fc.oneof(json, segment), segment).map((parts) => parts.join('.')),
        fc.tuple(fc.dictionary(fc.constantFrom('alg', 'kid', 'crit', 'b64', 'jwk', 'typ'), fc.jsonValue()), fc.jsonValue()).map(
          ([header, payload]) => craftToken({ header, payload: JSON.stringify(payload), signature: validTokens[0]?.split('.')[2] }),
        ),
      );
      let verified = 0;
      await fc.assert(
        fc.asyncProperty(candidates, async (candidate) => {
          try {
            const profile = await verifyProfileToken(candidate, keys.host.publicPem);
            verified += 1;
            return isVerifiedProfile(profile);
          } catch (error) {
            return error instanceof ProfileTokenError;
          }
        }),
        { numRuns: 500 },
      );
      // The valid tokens among the candidates did verify, so the property saw both outcomes.
      expect(verified).to.be.above(0);
    });
  });
});

describe('decodeProfileToken', () => {
  let keys: HostKeys;
  before(async () => {
    keys = await generateHostKeys();
  });

  it('returns the profile marked unverified, frozen', async () => {
    const profile = decodeProfileToken(await signTestToken(seedClaims, { key: keys.host.privateKey }));
    expect(profile).to.deep.equal({ verified: false, ...seedClaims, email: null, avatarUrl: null });
    expect(Object.isFrozen(profile)).to.be.true;
    expect(Object.isFrozen(profile.userProfile)).to.be.true;
  });

  it('checks neither signature, algorithm nor time', async () => {
    const forged = await signTestToken({ ...seedClaims, exp: 1 }, { key: keys.other.privateKey });
    expect(decodeProfileToken(forged).verified).to.be.false;
    expect(decodeProfileToken(craftToken({ header: { alg: 'none' }, payload: seedClaims })).displayName).to.equal('Larry David');
  });

  it('still applies the profile rules', () => {
    expectRefusalSync(() => decodeProfileToken(craftToken({ header: { alg: 'none' }, payload: { displayName: '' } })), 'claims');
  });

  it('refuses a header that is not a JSON object', () => {
    expectRefusalSync(() => decodeProfileToken(craftToken({ header: '[]', payload: seedClaims, signature: 'AAAA' })), 'malformed');
  });
});
