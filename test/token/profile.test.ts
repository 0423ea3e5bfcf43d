// parseProfile: every claim rule with its boundary, prototype pollution, and properties over random claims.
import { expect } from 'chai';
import fc from 'fast-check';
import { parseProfile, ProfileTokenError, verifyProfileToken, type SessionProfile } from '../../src/token/index.js';
import { generateTestKeyPair, seedClaims, signTestToken, type TestKeyPair } from '../helpers/keys.js';
import { expectRefusal, expectRefusalSync } from '../helpers/token-errors.js';

const base = { displayName: 'Larry David' };

function refuses(claims: unknown): ProfileTokenError {
  return expectRefusalSync(() => parseProfile(claims), 'claims');
}

/** Whether `profile` has the SessionProfile shape, frozen all the way down. */
function isValidProfile(profile: SessionProfile): boolean {
  return (
    Object.isFrozen(profile) &&
    Object.isFrozen(profile.userProfile) &&
    typeof profile.displayName === 'string' &&
    profile.displayName.trim() !== '' &&
    (profile.email === null || (typeof profile.email === 'string' && profile.email !== '')) &&
    (profile.avatarUrl === null || new URL(profile.avatarUrl).protocol === 'https:') &&
    profile.userProfile.every(
      (entry) => Object.isFrozen(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string',
    )
  );
}

/** Own keys Object.prototype has, to prove nothing was added to it. */
function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

describe('parseProfile', () => {
  describe('with the seed example', () => {
    it('reads displayName, email "" as null and userProfile in order', () => {
      expect(parseProfile(seedClaims)).to.deep.equal({
        displayName: 'Larry David',
        email: null,
        avatarUrl: null,
        userProfile: [
          ['organization', 'Seinfield'],
          ['title', 'Producer'],
          ['interests', 'comedy'],
        ],
      });
    });

    it('returns a profile frozen all the way down', () => {
      const profile = parseProfile(seedClaims);
      expect(Object.isFrozen(profile)).to.be.true;
      expect(Object.isFrozen(profile.userProfile)).to.be.true;
      for (const entry of profile.userProfile) expect(Object.isFrozen(entry)).to.be.true;
    });

    it('copies userProfile rather than sharing the input arrays', () => {
      const userProfile = [['title', 'Producer']];
      const profile = parseProfile({ ...base, userProfile });
      userProfile[0]?.splice(1, 1, 'Writer');
      expect(profile.userProfile).to.deep.equal([['title', 'Producer']]);
    });

    it('ignores unknown claims', () => {
      const profile = parseProfile({ ...seedClaims, role: 'admin', isHost: true, exp: 1 });
      expect(Object.keys(profile)).to.deep.equal(['displayName', 'email', 'avatarUrl', 'userProfile']);
    });
  });

  describe('claims that are not an object', () => {
    for (const claims of [null, undefined, 'Larry', 42, true, [], [['displayName', 'Larry']]]) {
      it(`refuses ${JSON.stringify(claims) ?? 'undefined'}`, () => {
        refuses(claims);
      });
    }

    it('refuses an object whose getter throws, as claims rather than the raw error', () => {
      const claims = {
        get displayName(): string {
          throw new RangeError('boom');
        },
      };
      expect(refuses(claims).cause).to.be.instanceOf(RangeError);
    });
  });

  describe('displayName', () => {
    it('is required', () => {
      expect(refuses({ email: 'larry@example.com' }).detail).to.match(/displayName/);
    });

    for (const value of [null, 42, true, ['Larry'], { first: 'Larry' }]) {
      it(`refuses the non-string ${JSON.stringify(value)}`, () => {
        refuses({ displayName: value });
      });
    }

    for (const value of ['', ' ', '\t\n\r', '\u00a0\u2003', '\ufeff']) {
      it(`refuses ${JSON.stringify(value)}, empty after trimming`, () => {
        refuses({ displayName: value });
      });
    }

    it('returns the name untrimmed, exactly as signed', () => {
      expect(parseProfile({ displayName: '  Larry  ' }).displayName).to.equal('  Larry  ');
    });

    it('accepts 256 characters and refuses 257', () => {
      expect(parseProfile({ displayName: 'a'.repeat(256) }).displayName).to.have.length(256);
      refuses({ displayName: 'a'.repeat(257) });
    });

    it('counts code points, so 256 emoji (512 UTF-16 units) pass and 257 do not', () => {
      expect(parseProfile({ displayName: '😀'.repeat(256) }).displayName).to.have.length(512);
      refuses({ displayName: '😀'.repeat(257) });
    });

    it('counts a lone surrogate as one character', () => {
      expect(parseProfile({ displayName: `${'a'.repeat(255)}\ud800` }).displayName).to.have.length(256);
      refuses({ displayName: `${'a'.repeat(256)}\ud800` });
    });
  });

  describe('email', () => {
    it('is null when absent', () => {
      expect(parseProfile(base).email).to.be.null;
    });

    it('is null when empty, as in the seed example', () => {
      expect(parseProfile({ ...base, email: '' }).email).to.be.null;
    });

    it('is returned exactly when a string, without format checks', () => {
      expect(parseProfile({ ...base, email: ' Larry <larry@example.com> ' }).email).to.equal(' Larry <larry@example.com> ');
    });

    for (const value of [null, 42, false, ['larry@example.com'], { address: 'larry@example.com' }]) {
      it(`refuses ${JSON.stringify(value)}`, () => {
        expect(refuses({ ...base, email: value }).detail).to.match(/email/);
      });
    }
  });

  describe('userProfile', () => {
    it('is empty when absent', () => {
      expect(parseProfile(base).userProfile).to.deep.equal([]);
    });

    it('accepts 100 entries and refuses 101', () => {
      const entries = Array.from({ length: 101 }, (_, index) => [`label ${index}`, `value ${index}`]);
      expect(parseProfile({ ...base, userProfile: entries.slice(0, 100) }).userProfile).to.have.length(100);
      refuses({ ...base, userProfile: entries });
    });

    const badEntries: [string, unknown][] = [
      ['a single string', ['title']],
      ['a triple', ['title', 'Producer', 'extra']],
      ['an empty entry', []],
      ['a number label', [1, 'Producer']],
      ['a number value', ['title', 2]],
      ['a nested object value', ['title', { text: 'Producer' }]],
      ['a nested array value', ['title', ['Producer']]],
      ['a null value', ['title', null]],
      ['an object entry', { title: 'Producer' }],
      ['an array-like object entry', { 0: 'title', 1: 'Producer', length: 2 }],
      ['a string entry', 'title: Producer'],
      ['a null entry', null],
    ];
    for (const [name, entry] of badEntries) {
      it(`refuses ${name} among valid entries`, () => {
        expect(refuses({ ...base, userProfile: [['organization', 'Seinfield'], entry] }).detail).to.match(/userProfile\[1\]/);
      });
    }

    for (const value of [null, 'title', 42, { title: 'Producer' }]) {
      it(`refuses the non-array ${JSON.stringify(value)}`, () => {
        refuses({ ...base, userProfile: value });
      });
    }
  });

  describe('avatarUrl', () => {
    for (const url of ['https://cdn.example/larry.png', 'HTTPS://CDN.EXAMPLE/larry.png', 'https://cdn.example/a.png?size=64#x']) {
      it(`keeps ${url} exactly as signed`, () => {
        expect(parseProfile({ ...base, avatarUrl: url }).avatarUrl).to.equal(url);
      });
    }

    const dropped: [string, unknown][] = [
      ['javascript:', 'javascript:alert(1)'],
      ['JavaScript: in mixed case', 'JaVaScRiPt:alert(1)'],
      ['javascript: padded with spaces', '  javascript:alert(1)'],
      ['javascript: with a tab inside', 'java\tscript:alert(1)'],
      ['javascript: after a newline', '\njavascript:alert(1)'],
      ['data:', 'data:image/png;base64,iVBORw0KGgo='],
      ['a relative path', 'avatars/larry.png'],
      ['a root-relative path', '/avatars/larry.png'],
      ['a protocol-relative URL', '//evil.example/larry.png'],
      ['http:', 'http://cdn.example/larry.png'],
      ['blob:', 'blob:https://cdn.example/1234'],
      ['file:', 'file:///etc/passwd'],
      ['an empty string', ''],
      ['a number', 42],
      ['an object', { href: 'https://cdn.example/larry.png' }],
      ['an array', ['https://cdn.example/larry.png']],
      ['null', null],
    ];
    for (const [name, value] of dropped) {
      it(`drops ${name} to null without refusing the profile`, () => {
        const profile = parseProfile({ ...base, avatarUrl: value });
        expect(profile.avatarUrl).to.be.null;
        expect(profile.displayName).to.equal('Larry David');
      });
    }
  });

  describe('strings', () => {
    for (const value of ['<img src=x onerror=alert(1)>', '&amp; &lt;', 'e\u0301', '\u202eevil', '👨‍👩‍👧', '\u0000']) {
      it(`returns ${JSON.stringify(value)} without escaping or normalizing it`, () => {
        const profile = parseProfile({ displayName: `x${value}`, email: value, userProfile: [[value, value]] });
        expect(profile.displayName).to.equal(`x${value}`);
        expect(profile.email).to.equal(value);
        expect(profile.userProfile).to.deep.equal([[value, value]]);
      });
    }
  });

  describe('prototype pollution', () => {
    it('never reads a field from a JSON "__proto__" member', () => {
      refuses(JSON.parse('{"__proto__": {"displayName": "Mallory"}}'));
    });

    it('leaves every prototype untouched by "__proto__" and "constructor" members anywhere', () => {
      const before = prototypeKeys();
      const claims: unknown = JSON.parse(
        '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "displayName": "Larry",' +
          ' "userProfile": [["__proto__", "constructor"], ["constructor", "prototype"]], "email": "larry@example.com"}',
      );
      const profile = parseProfile(claims);
      expect(profile.userProfile).to.deep.equal([
        ['__proto__', 'constructor'],
        ['constructor', 'prototype'],
      ]);
      expect(Object.getPrototypeOf(profile)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(profile.userProfile)).to.equal(Array.prototype);
      expect(prototypeKeys()).to.deep.equal(before);
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    });

    it('ignores a displayName inherited through the prototype chain', () => {
      refuses(Object.create({ displayName: 'Mallory' }) as object);
    });

    it('ignores fields added to a polluted Object.prototype', () => {
      const polluted = Object.prototype as Record<string, unknown>;
      polluted.displayName = 'Mallory';
      polluted.avatarUrl = 'https://evil.example/a.png';
      try {
        refuses({});
        expect(parseProfile(base).avatarUrl).to.be.null;
      } finally {
        delete polluted.displayName;
        delete polluted.avatarUrl;
      }
    });
  });

  describe('properties', () => {
    const fieldNames = ['displayName', 'email', 'avatarUrl', 'userProfile', '__proto__', 'constructor', 'exp', 'other'];
    const anyClaims = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...fieldNames), fc.anything()),
      // Through JSON text, so "__proto__" becomes an own member exactly as in a token payload.
      fc.dictionary(fc.constantFrom(...fieldNames), fc.jsonValue()).map((claims) => JSON.parse(JSON.stringify(claims)) as unknown),
      fc.record(
        {
          displayName: fc.oneof(fc.string(), fc.anything()),
          email: fc.oneof(fc.string(), fc.anything()),
          avatarUrl: fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
          userProfile: fc.oneof(fc.array(fc.tuple(fc.string(), fc.string())), fc.array(fc.array(fc.anything())), fc.anything()),
        },
        { requiredKeys: [] },
      ),
    );

    it('returns a valid frozen profile or throws ProfileTokenError "claims" for any claims', () => {
      const before = prototypeKeys();
      fc.assert(
        fc.property(anyClaims, (claims) => {
          let profile: SessionProfile;
          try {
            profile = parseProfile(claims);
          } catch (error) {
            return error instanceof ProfileTokenError && error.code === 'claims';
          }
          return isValidProfile(profile);
        }),
        { numRuns: 1000 },
      );
      expect(prototypeKeys()).to.deep.equal(before);
    });

    it('returns every valid field exactly as given', () => {
      const validClaims = fc.record({
        displayName: fc.string({ minLength: 1, maxLength: 256, unit: 'binary' }).filter((name) => name.trim() !== ''),
        email: fc.string({ minLength: 1 }),
        avatarUrl: fc.webUrl({ validSchemes: ['https'] }),
        userProfile: fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 100 }),
      });
      fc.assert(
        fc.property(validClaims, (claims) => {
          expect(parseProfile(claims)).to.deep.equal(claims);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('through verifyProfileToken', () => {
    let host: TestKeyPair;
    before(async () => {
      host = await generateTestKeyPair('RS256');
    });

    it('applies the same rules to a signed payload', async () => {
      const token = await signTestToken({ displayName: '   ' }, { key: host.privateKey });
      await expectRefusal(verifyProfileToken(token, host.publicPem), 'claims');
    });

    it('reads own members of a payload with "__proto__" and "constructor" and pollutes nothing', async () => {
      const before = prototypeKeys();
      const payload =
        '{"__proto__": {"displayName": "Mallory", "polluted": true}, "constructor": {"prototype": {"polluted": true}},' +
        ' "displayName": "Larry David", "userProfile": [["__proto__", "x"]]}';
      const token = await signTestToken(payload, { key: host.privateKey });
      const profile = await verifyProfileToken(token, host.publicPem);
      expect(profile.displayName).to.equal('Larry David');
      expect(profile.userProfile).to.deep.equal([['__proto__', 'x']]);
      expect(Object.getPrototypeOf(profile)).to.equal(Object.prototype);
      expect(prototypeKeys()).to.deep.equal(before);
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    });

    it('drops a javascript: avatarUrl and still verifies the token', async () => {
      const token = await signTestToken({ ...seedClaims, avatarUrl: 'javascript:alert(document.cookie)' }, { key: host.privateKey });
      const profile = await verifyProfileToken(token, host.publicPem);
      expect(profile.avatarUrl).to.be.null;
      expect(profile.verified).to.be.true;
    });
  });
});
