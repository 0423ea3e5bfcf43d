// Every ProfileKey source (PEM, CryptoKey, JWK, JWKS, JWKS URL), the import cache, weak and wrong keys.
import { expect } from 'chai';
import type { JWK } from 'jose';
import { ProfileTokenError, verifyProfileToken, type ProfileKey } from '../../src/token/index.js';
import { startJwksEndpoint, uniqueJwksId, type JwksEndpoint } from '../helpers/jwks-endpoint.js';
import {
  countKeyImports,
  generateHostKeys,
  generateTestKeyPair,
  hmacKey,
  seedClaims,
  signTestToken,
  type HostKeys,
  type TestKeyPair,
} from '../helpers/keys.js';
import { expectRefusal } from '../helpers/token-errors.js';

describe('key sources', () => {
  let keys: HostKeys;
  let rotated: TestKeyPair;
  let jwks: JwksEndpoint;
  /** Signed by the host, kid "host-1". */
  let hostToken: string;
  /** Signed by the other pair, kid "other-1". */
  let otherToken: string;
  /** Signed by the host, no kid. */
  let bareToken: string;
  /** Signed by the rotated-in pair, kid "host-2". */
  let rotatedToken: string;
  /** Signed by the RSA-1024 pair. */
  let weakToken: string;

  before(async () => {
    [keys, rotated, jwks] = await Promise.all([generateHostKeys(), generateTestKeyPair('RS256'), startJwksEndpoint()]);
    [hostToken, otherToken, bareToken, rotatedToken, weakToken] = await Promise.all([
      signTestToken(seedClaims, { key: keys.host.privateKey, header: { kid: 'host-1' } }),
      signTestToken(seedClaims, { key: keys.other.privateKey, header: { kid: 'other-1' } }),
      signTestToken(seedClaims, { key: keys.host.privateKey }),
      signTestToken(seedClaims, { key: rotated.privateKey, header: { kid: 'host-2' } }),
      signTestToken(seedClaims, { key: keys.weak.privateKey, header: { kid: 'weak-1' } }),
    ]);
  });

  after(() => jwks.close());

  const withKid = (jwk: JWK, kid: string): JWK => ({ ...jwk, kid });
  const verifies = async (token: string, key: ProfileKey): Promise<void> => {
    expect((await verifyProfileToken(token, key)).verified).to.be.true;
  };

  describe('an SPKI PEM string', () => {
    it('verifies', async () => {
      await verifies(hostToken, keys.host.publicPem);
    });

    it('tolerates surrounding whitespace and CRLF line endings', async () => {
      await verifies(hostToken, `\n\n   ${keys.host.publicPem}  \n\t`);
      await verifies(hostToken, keys.host.publicPem.replace(/\n/g, '\r\n'));
    });

    it('is imported once for a thousand verifications started at once', async () => {
      // A spelling no earlier test used, so the cache starts empty for it.
      const pem = `${keys.host.publicPem}\n\n\n\n`;
      const { result, imports } = await countKeyImports(() =>
        Promise.all(Array.from({ length: 1000 }, () => verifyProfileToken(hostToken, pem))),
      );
      expect(result).to.have.length(1000);
      expect(imports).to.equal(1);
      const again = await countKeyImports(async () => {
        for (let round = 0; round < 100; round += 1) await verifyProfileToken(hostToken, pem);
      });
      expect(again.imports).to.equal(0);
    });

    it('fails a damaged PEM once, not once per token', async () => {
      const damaged = keys.host.publicPem.replace(/\n[A-Za-z0-9+/]{10}/, '\nAAAAAAAAAA');
      const { result, imports } = await countKeyImports(() =>
        Promise.all(
          Array.from({ length: 100 }, () => verifyProfileToken(hostToken, damaged).then(() => 'verified', (error: unknown) => error)),
        ),
      );
      expect(imports).to.be.at.most(1);
      expect(new Set(result).size, 'every verification got the one cached failure').to.equal(1);
      await expectRefusal(verifyProfileToken(hostToken, damaged), 'key');
    });

    it("keeps WebCrypto's own error as cause when an import fails", async () => {
      const error = await expectRefusal(verifyProfileToken(hostToken, keys.ec.publicPem), 'key');
      expect(error.cause).to.be.instanceOf(Error);
      expect(error.cause).to.not.be.instanceOf(ProfileTokenError);
    });

    const refusals: [string, () => string, RegExp][] = [
      ['a private key PEM', () => keys.host.privatePem, /private key/],
      ['a PKCS #1 "RSA PUBLIC KEY" PEM', () => keys.host.publicPem.replace(/PUBLIC KEY/g, 'RSA PUBLIC KEY'), /PKCS #1/],
      ['a certificate PEM', () => keys.host.publicPem.replace(/PUBLIC KEY/g, 'CERTIFICATE'), /CERTIFICATE/],
      ['text that is not PEM', () => 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ larry@host', /not a PEM/],
      ['an empty string', () => '', /not a PEM/],
      ['an EC public key, for an RS256 token', () => keys.ec.publicPem, /could not be imported for RS256/],
      ['an RSA-1024 public key', () => keys.weak.publicPem, /1024 bits/],
    ];
    for (const [name, pem, detail] of refusals) {
      it(`refuses ${name} as key`, async () => {
        const error = await expectRefusal(verifyProfileToken(name.includes('1024') ? weakToken : hostToken, pem()), 'key');
        expect(error.detail).to.match(detail);
      });
    }
  });

  describe('a CryptoKey', () => {
    it('verifies with the public key', async () => {
      await verifies(hostToken, keys.host.publicKey);
    });

    it('refuses the private key, telling the developer not to ship it', async () => {
      const error = await expectRefusal(verifyProfileToken(hostToken, keys.host.privateKey), 'key');
      expect(error.detail).to.match(/never ship the private key/);
    });

    it('refuses an HMAC secret key', async () => {
      await expectRefusal(verifyProfileToken(hostToken, await hmacKey(keys.host.publicPem)), 'key');
    });

    it('refuses an RSA-1024 key', async () => {
      const error = await expectRefusal(verifyProfileToken(weakToken, keys.weak.publicKey), 'key');
      expect(error.detail).to.match(/1024 bits; at least 2048/);
    });
  });

  describe('a public JWK', () => {
    it('verifies, whatever kid either side carries', async () => {
      await verifies(hostToken, keys.host.publicJwk);
      await verifies(hostToken, withKid(keys.host.publicJwk, 'another-name'));
      await verifies(bareToken, withKid(keys.host.publicJwk, 'host-1'));
    });

    it('is imported once per object', async () => {
      const jwk = { ...keys.host.publicJwk };
      const { imports } = await countKeyImports(() =>
        Promise.all(Array.from({ length: 200 }, () => verifyProfileToken(hostToken, jwk))),
      );
      expect(imports).to.equal(1);
    });

    it('does not freeze or change the JWK it was given', async () => {
      const jwk = { ...keys.host.publicJwk };
      await verifies(hostToken, jwk);
      expect(Object.isFrozen(jwk)).to.be.false;
      expect(jwk).to.deep.equal(keys.host.publicJwk);
    });

    const refusals: [string, () => JWK, 'key' | 'algorithm'][] = [
      ['a private JWK', () => keys.host.privateJwk, 'key'],
      ['a symmetric "oct" JWK', () => ({ kty: 'oct', k: 'c2VjcmV0' }), 'key'],
      ['a JWK for encryption ("use": "enc")', () => ({ ...keys.host.publicJwk, use: 'enc' }), 'key'],
      ['a JWK bound to RS512', () => ({ ...keys.host.publicJwk, alg: 'RS512' }), 'algorithm'],
      ['an EC JWK', () => keys.ec.publicJwk, 'key'],
      ['a JWK with a damaged modulus', () => ({ ...keys.host.publicJwk, n: 'AAAA' }), 'key'],
      ['an RSA-1024 JWK', () => keys.weak.publicJwk, 'key'],
    ];
    for (const [name, jwk, code] of refusals) {
      it(`refuses ${name} as ${code}`, async () => {
        await expectRefusal(verifyProfileToken(name.includes('1024') ? weakToken : hostToken, jwk()), code);
      });
    }
  });

  describe('a JWKS object', () => {
    it('picks the key named by the token kid', async () => {
      const set = { keys: [withKid(keys.other.publicJwk, 'other-1'), withKid(keys.host.publicJwk, 'host-1')] };
      await verifies(hostToken, set);
      await verifies(otherToken, set);
      expect((await verifyProfileToken(hostToken, set)).kid).to.equal('host-1');
    });

    it('refuses a kid that names no key in the set', async () => {
      const error = await expectRefusal(verifyProfileToken(rotatedToken, { keys: [withKid(keys.host.publicJwk, 'host-1')] }), 'key');
      expect(error.detail).to.match(/"host-2"/);
    });

    it('accepts a token without kid when exactly one key fits, and refuses it when several do', async () => {
      await verifies(bareToken, { keys: [withKid(keys.host.publicJwk, 'host-1'), keys.ec.publicJwk] });
      const error = await expectRefusal(
        verifyProfileToken(bareToken, { keys: [withKid(keys.host.publicJwk, 'host-1'), withKid(keys.other.publicJwk, 'other-1')] }),
        'key',
      );
      expect(error.detail).to.match(/several keys/);
    });

    it('rotates keys when the page passes a new set', async () => {
      const before = { keys: [withKid(keys.host.publicJwk, 'host-1')] };
      const during = { keys: [withKid(keys.host.publicJwk, 'host-1'), withKid(rotated.publicJwk, 'host-2')] };
      const after = { keys: [withKid(rotated.publicJwk, 'host-2')] };
      await expectRefusal(verifyProfileToken(rotatedToken, before), 'key');
      await verifies(hostToken, during);
      await verifies(rotatedToken, during);
      await verifies(rotatedToken, after);
      await expectRefusal(verifyProfileToken(hostToken, after), 'key');
    });

    it('reads a set once: keys added to the same object later are not seen', async () => {
      const set = { keys: [withKid(keys.host.publicJwk, 'host-1')] };
      await verifies(hostToken, set);
      set.keys.push(withKid(rotated.publicJwk, 'host-2'));
      await expectRefusal(verifyProfileToken(rotatedToken, set), 'key');
    });

    it('imports each key once for many tokens', async () => {
      const set = { keys: [withKid(keys.host.publicJwk, 'host-1'), withKid(keys.other.publicJwk, 'other-1')] };
      const { imports } = await countKeyImports(() =>
        Promise.all(Array.from({ length: 200 }, (_, index) => verifyProfileToken(index % 2 ? hostToken : otherToken, set))),
      );
      expect(imports).to.equal(2);
    });

    it('refuses a set holding a private key', async () => {
      await expectRefusal(verifyProfileToken(hostToken, { keys: [withKid(keys.host.privateJwk, 'host-1')] }), 'key');
    });

    it('refuses an RSA-1024 key picked from a set', async () => {
      const error = await expectRefusal(verifyProfileToken(weakToken, { keys: [withKid(keys.weak.publicJwk, 'weak-1')] }), 'key');
      expect(error.detail).to.match(/1024 bits/);
    });

    for (const [name, set] of [
      ['keys that is not an array', { keys: 'host-1' }],
      ['keys holding a number', { keys: [1] }],
      ['keys holding null', { keys: [null] }],
    ] as const) {
      it(`refuses a set with ${name}`, async () => {
        await expectRefusal(verifyProfileToken(hostToken, set as unknown as ProfileKey), 'key');
      });
    }
  });

  describe('a JWKS URL', () => {
    const publishHostSet = async (label: string): Promise<string> => {
      const id = uniqueJwksId(label);
      await jwks.publish(id, { keys: [withKid(keys.host.publicJwk, 'host-1'), withKid(keys.other.publicJwk, 'other-1')] });
      return id;
    };

    it('verifies by kid, fetching the set once for many tokens', async () => {
      const id = await publishHostSet('many');
      const url = jwks.url(id);
      await Promise.all(Array.from({ length: 50 }, (_, index) => verifies(index % 2 ? hostToken : otherToken, url)));
      for (let round = 0; round < 20; round += 1) await verifies(hostToken, url);
      expect(await jwks.requests(id)).to.equal(1);
    });

    it('shares one fetch between URL objects with the same href', async () => {
      const id = await publishHostSet('href');
      await verifies(hostToken, jwks.url(id));
      await verifies(otherToken, new URL(jwks.url(id).href));
      expect(await jwks.requests(id)).to.equal(1);
    });

    it('refuses an unknown kid without refetching during the cooldown', async () => {
      const id = await publishHostSet('cooldown');
      const url = jwks.url(id);
      await verifies(hostToken, url);
      await expectRefusal(verifyProfileToken(rotatedToken, url), 'key');
      await expectRefusal(verifyProfileToken(rotatedToken, url), 'key');
      expect(await jwks.requests(id)).to.equal(1);
    });

    it('refuses a URL that answers 404', async () => {
      await expectRefusal(verifyProfileToken(hostToken, jwks.url(uniqueJwksId('missing'))), 'key');
    });

    it('refuses a URL that answers something other than a JWKS', async () => {
      const id = uniqueJwksId('garbage');
      await jwks.publish(id, 'not json');
      await expectRefusal(verifyProfileToken(hostToken, jwks.url(id)), 'key');
      const empty = uniqueJwksId('no-keys');
      await jwks.publish(empty, { keys: 'none' });
      await expectRefusal(verifyProfileToken(hostToken, jwks.url(empty)), 'key');
    });

    it('refuses an RSA-1024 key fetched from a URL', async () => {
      const id = uniqueJwksId('weak');
      await jwks.publish(id, { keys: [withKid(keys.weak.publicJwk, 'weak-1')] });
      await expectRefusal(verifyProfileToken(weakToken, jwks.url(id)), 'key');
    });

    const offLocalhost = ['http://jwks.example/keys.json', 'ftp://jwks.example/keys.json', 'file:///etc/keys.json', 'data:,{}'];
    for (const href of offLocalhost) {
      it(`refuses ${href.slice(0, href.indexOf(':') + 1)} off localhost before fetching anything`, async () => {
        const error = await expectRefusal(verifyProfileToken(hostToken, new URL(href)), 'key');
        expect(error.detail).to.match(/must be https:/);
      });
    }
  });

  describe('anything else', () => {
    for (const [name, key] of [
      ['a number', 42],
      ['null', null],
      ['undefined', undefined],
      ['an empty object', {}],
      ['an array', []],
      ['raw secret bytes', new Uint8Array(32)],
      ['a URL string mistaken for a URL', 'https://host.example/.well-known/jwks.json'],
    ] as const) {
      it(`refuses ${name} as key`, async () => {
        await expectRefusal(verifyProfileToken(hostToken, key as unknown as ProfileKey), 'key');
      });
    }
  });
});
