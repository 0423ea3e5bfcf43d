// avatarColor() and avatarColorKey(): a stable, well-spread palette choice whose text meets WCAG AA.
import { expect } from 'chai';
import fc from 'fast-check';
import { avatarColor, avatarColorKey, avatarPalette } from '../../src/initials/index.js';

/** WCAG 2.x relative luminance of a '#rrggbb' colour. */
function relativeLuminance(hex: string): number {
  const [red, green, blue] = linearChannels(hex);
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG 2.x contrast ratio of two '#rrggbb' colours. */
function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

/** The linear-light sRGB channels of a '#rrggbb' colour. */
function linearChannels(hex: string): [number, number, number] {
  const [red = 0, green = 0, blue = 0] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return [red, green, blue];
}

/** The OKLCH hue, in degrees, of a '#rrggbb' colour (Björn Ottosson's OKLab matrices): hues spaced evenly here
 * look evenly spaced. */
function perceptualHue(hex: string): number {
  const [red, green, blue] = linearChannels(hex);
  const long = Math.cbrt(0.4122214708 * red + 0.5363325363 * green + 0.0514459929 * blue);
  const medium = Math.cbrt(0.2119034982 * red + 0.6806995451 * green + 0.1073969566 * blue);
  const short = Math.cbrt(0.0883024619 * red + 0.2817188376 * green + 0.6299787005 * blue);
  const a = 1.9779984951 * long - 2.428592205 * medium + 0.4505937099 * short;
  const b = 0.0259040371 * long + 0.7827717662 * medium - 0.808675766 * short;
  return ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
}

/** chai's `equal`, as the synchronous assertion it is: once any test file imports @open-wc/testing, its
 * semantic-dom-diff types declare every `equal` a Promise, which no-floating-promises would flag. */
function expectEqual<T>(actual: T, expected: T, message?: string): void {
  void expect(actual, message).to.equal(expected);
}

function expectDeepEqual<T>(actual: T, expected: T, message?: string): void {
  void expect(actual, message).to.deep.equal(expected);
}

describe('avatarColor', () => {
  describe('its palette', () => {
    it('has at least 16 distinct hues', () => {
      expect(avatarPalette.length).to.be.at.least(16);
      const hues = avatarPalette.map(({ background }) => perceptualHue(background)).sort((a, b) => a - b);
      const gaps = hues.map((value, index) => ((hues[(index + 1) % hues.length] ?? 0) - value + 360) % 360);
      expect(Math.min(...gaps), `hues ${hues.map(Math.round).join(', ')}`).to.be.at.least(15);
    });

    it('gives every pair a WCAG AA contrast of at least 4.5:1', () => {
      for (const { background, foreground } of avatarPalette) {
        expect(contrastRatio(background, foreground), `${foreground} on ${background}`).to.be.at.least(4.5);
      }
    });

    it('holds #rrggbb CSS colours', () => {
      for (const { background, foreground } of avatarPalette) {
        expect(background).to.match(/^#[0-9a-f]{6}$/);
        expect(foreground).to.match(/^#[0-9a-f]{6}$/);
      }
    });

    it('cannot be changed by a caller', () => {
      expect(Object.isFrozen(avatarPalette)).to.be.true;
      for (const colour of avatarPalette) expect(Object.isFrozen(colour)).to.be.true;
    });
  });

  describe('for a key', () => {
    it('gives the same key the same colour, in any order', () => {
      const keys = Array.from({ length: 200 }, (_, index) => `attendee${index}@example.com`);
      const forwards = keys.map(avatarColor);
      const backwards = [...keys].reverse().map(avatarColor).reverse();
      expectDeepEqual(backwards, forwards);
      expectEqual(avatarColor('ada@example.com'), avatarColor('ada@example.com'));
    });

    it('spreads 10,000 keys over every colour within 20% of an even share', () => {
      const counts = new Map<object, number>();
      const total = 10_000;
      for (let index = 0; index < total; index += 1) {
        const colour = avatarColor(`attendee${index}@example.com`);
        counts.set(colour, (counts.get(colour) ?? 0) + 1);
      }
      const share = total / avatarPalette.length;
      expectEqual(counts.size, avatarPalette.length);
      for (const count of counts.values()) expect(count).to.be.within(share * 0.8, share * 1.2);
    });

    it('spreads keys that differ in one character', () => {
      let changed = 0;
      for (let index = 0; index < 1000; index += 1) {
        if (avatarColor(`user${index}a`) !== avatarColor(`user${index}b`)) changed += 1;
      }
      // Independent colours differ 15 times in 16 (94%).
      expect(changed).to.be.above(880);
    });

    it('hashes names in any script, long keys and lone surrogates', () => {
      for (const key of ['', 'خسرو رحیمی', '李小龙', '👨‍👩‍👧‍👦', '\uD800', 'x'.repeat(100_000)]) {
        expect(avatarPalette).to.include(avatarColor(key));
      }
    });

    it('always returns a palette member', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (key) => {
          expect(avatarPalette).to.include(avatarColor(key));
        }),
        { numRuns: 1000 },
      );
    });
  });
});

describe('avatarColorKey', () => {
  it('uses the e-mail address, trimmed and in lower case', () => {
    expectEqual(
      avatarColorKey({ email: '  Ada.Lovelace@Example.COM ', displayName: 'Ada Lovelace' }),
      'ada.lovelace@example.com',
    );
  });

  it('keeps the colour when the display name changes', () => {
    const before = avatarColorKey({ email: 'ada@example.com', displayName: 'Ada Lovelace' });
    const after = avatarColorKey({ email: 'ada@example.com', displayName: 'Countess of Lovelace' });
    expectEqual(avatarColor(after), avatarColor(before));
  });

  it('falls back to the display name without an e-mail address', () => {
    expectEqual(avatarColorKey({ displayName: 'Ada Lovelace' }), 'Ada Lovelace');
    expectEqual(avatarColorKey({ email: null, displayName: 'Ada Lovelace' }), 'Ada Lovelace');
    expectEqual(avatarColorKey({ email: '   ', displayName: 'Ada Lovelace' }), 'Ada Lovelace');
  });

  it('normalises the display name so equal names get equal colours', () => {
    expectEqual(avatarColorKey({ displayName: ' E\u0301mile   Zola ' }), '\u00C9mile Zola');
  });
});
