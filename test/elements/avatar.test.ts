import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/avatar/sh-avatar.js';
import type { ShAvatar } from '../../src/elements/avatar/avatar.js';
import { avatarColor, avatarColorKey } from '../../src/initials/index.js';
import { cachedRasterCount } from '../../src/raster/initials-raster.js';
import { countPixels, near, parseColor, pixelAt, pixelSignature } from '../helpers/pixels.js';
import { requestCount, uniquePath } from '../helpers/requests.js';
import { nextEvent } from '../helpers/events.js';
import { emulateMediaFeatures } from '../helpers/page-commands.js';
import { expectAccessible } from '../helpers/accessibility.js';

function canvasOf(el: ShAvatar): HTMLCanvasElement {
  const canvas = el.shadowRoot?.querySelector<HTMLCanvasElement>('[part~="initials"]');
  if (!canvas) throw new Error('no initials canvas');
  return canvas;
}

function imageOf(el: ShAvatar): HTMLImageElement | null {
  return el.shadowRoot?.querySelector<HTMLImageElement>('[part~="image"]') ?? null;
}

function resourceRequested(fragment: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(fragment));
}

describe('<sh-avatar>', () => {
  describe('with a name and no image', () => {
    it('paints the colour of the name behind initials in its text colour', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar name="Ada Lovelace"></sh-avatar>`);
      const canvas = canvasOf(el);
      const { background, foreground } = avatarColor('Ada Lovelace');
      expect(canvas.width).to.equal(40 * devicePixelRatio);
      expect(near(pixelAt(canvas, 2, 20), parseColor(background))).to.be.true;
      expect(countPixels(canvas, parseColor(foreground), 60)).to.be.greaterThan(40);
    });

    it('colours a name as the card and list do, through avatarColorKey', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar name="  Ada   Lovelace "></sh-avatar>`);
      const expected = avatarColor(avatarColorKey({ displayName: '  Ada   Lovelace ' })).background;
      expect(expected).to.equal(avatarColor('Ada Lovelace').background);
      expect(near(pixelAt(canvasOf(el), 2, 20), parseColor(expected))).to.be.true;
    });

    it('draws the initials, not the name: the same initials give the same pixels', async () => {
      const a = await fixture<ShAvatar>(html`<sh-avatar name="Ada Lovelace" color-key="k"></sh-avatar>`);
      const b = await fixture<ShAvatar>(html`<sh-avatar name="Alan Lamport" color-key="k"></sh-avatar>`);
      const c = await fixture<ShAvatar>(html`<sh-avatar name="Grace Hopper" color-key="k"></sh-avatar>`);
      expect(pixelSignature(canvasOf(a))).to.equal(pixelSignature(canvasOf(b)));
      expect(pixelSignature(canvasOf(a))).not.to.equal(pixelSignature(canvasOf(c)));
    });

    it('centres the initials by their ink', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar name="Ink" size="80" color-key="centre"></sh-avatar>`);
      const canvas = canvasOf(el);
      const context = canvas.getContext('2d');
      const data = context?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      const background = parseColor(avatarColor('centre').background);
      let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
      for (let y = 0; y < canvas.height; y += 1) {
        for (let x = 0; x < canvas.width; x += 1) {
          const i = (y * canvas.width + x) * 4;
          if (near([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, 255], background, 30)) continue;
          minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        }
      }
      const centre = canvas.width / 2;
      expect(Math.abs((minX + maxX + 1) / 2 - centre)).to.be.lessThan(2.5);
      expect(Math.abs((minY + maxY + 1) / 2 - centre)).to.be.lessThan(2.5);
    });

    it('repaints when renamed', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar name="Ada Lovelace" color-key="rename"></sh-avatar>`);
      const before = pixelSignature(canvasOf(el));
      el.name = 'Zoë Zhang';
      await el.updateComplete;
      expect(pixelSignature(canvasOf(el))).not.to.equal(before);
    });

    it('rasterises each distinct look once for the whole page', async () => {
      const before = cachedRasterCount();
      const name = `Shared ${crypto.randomUUID().slice(0, 4)}`;
      const el = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 30 }, () => html`<sh-avatar name=${name}></sh-avatar>`)}
      </div>`);
      await Promise.all([...el.querySelectorAll('sh-avatar')].map((avatar) => avatar.updateComplete));
      expect(cachedRasterCount() - before).to.equal(1);
    });

    it('takes its colours from --sh-avatar-background and --sh-avatar-color', async () => {
      const el = await fixture<ShAvatar>(
        html`<sh-avatar name="Ada" style="--sh-avatar-background: rgb(200, 0, 0); --sh-avatar-color: rgb(0, 0, 255)"></sh-avatar>`,
      );
      expect(near(pixelAt(canvasOf(el), 1, 20), [200, 0, 0, 255])).to.be.true;
      expect(countPixels(canvasOf(el), [0, 0, 255, 255], 60)).to.be.greaterThan(20);
    });

    it('repaints in the theme colours when the colour scheme switches while shown', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          @media (prefers-color-scheme: dark) {
            .themed { --sh-avatar-background: rgb(10, 20, 30); }
          }
        </style>
        <sh-avatar class="themed" name="Theme Switch"></sh-avatar>
      </div>`);
      const el = wrapper.querySelector('sh-avatar') as ShAvatar;
      await el.updateComplete;
      expect(near(pixelAt(canvasOf(el), 1, 20), parseColor(avatarColor('Theme Switch').background))).to.be.true;
      try {
        await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(near(pixelAt(canvasOf(el), 1, 20), [10, 20, 30, 255])).to.be.true;
      } finally {
        await emulateMediaFeatures([]);
      }
    });

    it('draws in system colours with an outline in forced-colors mode', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar name="Forced Colours"></sh-avatar>`);
      try {
        await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
        await new Promise((resolve) => setTimeout(resolve, 100));
        const base = el.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
        const style = getComputedStyle(base);
        expect(style.outlineStyle).to.equal('solid');
        const canvas = canvasOf(el);
        expect(near(pixelAt(canvas, 1, 20), parseColor(style.backgroundColor))).to.be.true;
        expect(countPixels(canvas, parseColor(style.color), 60)).to.be.greaterThan(40);
      } finally {
        await emulateMediaFeatures([]);
      }
    });

    it('follows the size attribute and --sh-avatar-size', async () => {
      const sized = await fixture<ShAvatar>(html`<sh-avatar name="Ada" size="64"></sh-avatar>`);
      expect(sized.getBoundingClientRect().width).to.equal(64);
      expect(canvasOf(sized).width).to.equal(64 * devicePixelRatio);
      const themed = await fixture<ShAvatar>(html`<sh-avatar name="Ada" style="--sh-avatar-size: 24px"></sh-avatar>`);
      expect(themed.getBoundingClientRect().width).to.equal(24);
      expect(canvasOf(themed).width).to.equal(24 * devicePixelRatio);
    });

    it('has role img with the name as its accessible name', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar name="Ada Lovelace"></sh-avatar>`);
      expect(el.getAttribute('role')).to.equal('img');
      expect(el.getAttribute('aria-label')).to.equal('Ada Lovelace');
      await expectAccessible(el);
    });

    it('uses label over name, and decorative hides it from assistive technology', async () => {
      const labelled = await fixture<ShAvatar>(html`<sh-avatar name="Ada" label="Ada, host"></sh-avatar>`);
      expect(labelled.getAttribute('aria-label')).to.equal('Ada, host');
      await expectAccessible(labelled);
      const decorative = await fixture<ShAvatar>(html`<sh-avatar name="Ada" decorative></sh-avatar>`);
      expect(decorative.getAttribute('aria-hidden')).to.equal('true');
      expect(decorative.hasAttribute('role')).to.be.false;
      await expectAccessible(decorative);
    });

    it('falls back to circle for an unknown shape and clips square and rounded', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar name="Ada" shape="hexagon"></sh-avatar>`);
      expect(el.shape).to.equal('circle');
      el.shape = 'square';
      await el.updateComplete;
      const base = el.shadowRoot?.querySelector('[part~="base"]');
      expect(base && getComputedStyle(base).borderRadius).to.equal('0px');
    });
  });

  describe('with a name that has no letters', () => {
    it('draws a person glyph in the same colours', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar name="+1 555 0100"></sh-avatar>`);
      const canvas = canvasOf(el);
      const { background, foreground } = avatarColor('+1 555 0100');
      expect(near(pixelAt(canvas, 20, 12), parseColor(foreground), 40)).to.be.true;
      expect(near(pixelAt(canvas, 2, 2), parseColor(background))).to.be.true;
      await expectAccessible(el);
    });

    it('still has an accessible name when the name is empty', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar></sh-avatar>`);
      expect(el.getAttribute('aria-label')).to.equal('Avatar');
      await expectAccessible(el);
    });
  });

  describe('with hostile names', () => {
    const names = [
      '<img src=x onerror="window.__pwned=1">',
      '\u0000\u0007\u001b[31m',
      '\ud800 lone \udfff',
      'x'.repeat(100_000),
      '\u202e\u200b\ufeff',
    ];
    for (const name of names) {
      it(`renders ${JSON.stringify(name.slice(0, 24))} as pixels only`, async () => {
        const el = await fixture<ShAvatar>(html`<sh-avatar .name=${name}></sh-avatar>`);
        expect(el.shadowRoot?.querySelectorAll('img').length).to.equal(0);
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        expect(canvasOf(el).width).to.equal(40 * devicePixelRatio);
        await expectAccessible(el);
      });
    }
  });

  describe('with an image that loads', () => {
    it('shows the image, fires sh-avatar-load and hides the initials', async () => {
      const src = `/test-server/image/00c000.png?${crypto.randomUUID()}`;
      const el = await fixture<ShAvatar>(html`<sh-avatar name="Ada" loading="eager"></sh-avatar>`);
      const loaded = nextEvent(el, 'sh-avatar-load');
      el.src = src;
      const event = await loaded;
      await el.updateComplete;
      expect(event.src).to.equal(src);
      const image = imageOf(el);
      expect(image?.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(image?.getAttribute('decoding')).to.equal('async');
      expect(image?.getAttribute('loading')).to.equal('eager');
      expect(canvasOf(el).hidden).to.be.true;
      expect(getComputedStyle(image as HTMLImageElement).opacity).to.equal('1');
      await expectAccessible(el);
    });

    it('shows the initials until the image has loaded', async () => {
      const el = await fixture<ShAvatar>(
        html`<sh-avatar name="Ada" loading="eager" src="/test-server/slow/${crypto.randomUUID()}.png?delay=600"></sh-avatar>`,
      );
      expect(canvasOf(el).hidden).to.be.false;
      expect(getComputedStyle(imageOf(el) as HTMLImageElement).opacity).to.equal('0');
      expect(countPixels(canvasOf(el), parseColor(avatarColor('Ada').background), 3)).to.be.greaterThan(100);
      await nextEvent(el, 'sh-avatar-load');
    });
  });

  describe('with an image that fails', () => {
    for (const [kind, path] of [
      ['a 404', '/test-server/missing/'],
      ['a non-image response', '/test-server/html/'],
    ] as const) {
      it(`stays on initials after ${kind} and fires sh-avatar-error`, async () => {
        const el = await fixture<ShAvatar>(html`<sh-avatar name="Ada Lovelace" loading="eager"></sh-avatar>`);
        const failed = nextEvent(el, 'sh-avatar-error');
        el.src = uniquePath(path);
        const event = await failed;
        await el.updateComplete;
        expect(event.reason).to.equal('error');
        expect(imageOf(el)).to.equal(null);
        expect(canvasOf(el).hidden).to.be.false;
        expect(near(pixelAt(canvasOf(el), 2, 20), parseColor(avatarColor('Ada Lovelace').background))).to.be.true;
        await expectAccessible(el);
      });
    }

    it('gives up after image-timeout and fires sh-avatar-error with reason timeout', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar name="Ada" loading="eager" image-timeout="150"></sh-avatar>`);
      const failed = nextEvent(el, 'sh-avatar-error');
      el.src = `/test-server/slow/${crypto.randomUUID()}.png?delay=3000`;
      expect((await failed).reason).to.equal('timeout');
      await el.updateComplete;
      expect(imageOf(el)).to.equal(null);
    });

    it('requests a dead URL once when a whole list asks for it at the same time', async () => {
      const path = uniquePath('/test-server/missing/');
      const list = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 50 }, (_, i) => html`<sh-avatar name="Guest ${i}" loading="eager" src=${path}></sh-avatar>`)}
      </div>`);
      const avatars = [...list.querySelectorAll('sh-avatar')];
      await Promise.all(
        avatars.map((avatar) => (avatar.shadowRoot?.querySelector('img') ? nextEvent(avatar, 'sh-avatar-error') : Promise.resolve(null))),
      );
      expect(await requestCount(path)).to.equal(1);
    });

    it('requests a dead URL once for a whole list of avatars', async () => {
      const path = uniquePath('/test-server/missing/');
      const first = await fixture<ShAvatar>(html`<sh-avatar name="First" loading="eager" src=${path}></sh-avatar>`);
      if (imageOf(first)) await nextEvent(first, 'sh-avatar-error');
      const list = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 50 }, (_, i) => html`<sh-avatar name="Guest ${i}" loading="eager" src=${path}></sh-avatar>`)}
      </div>`);
      const avatars = [...list.querySelectorAll('sh-avatar')];
      await Promise.all(avatars.map((avatar) => avatar.updateComplete));
      expect(avatars.every((avatar) => !avatar.shadowRoot?.querySelector('img'))).to.be.true;
      expect(await requestCount(path)).to.equal(1);
    });

    it('starts over when src changes', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar name="Ada" loading="eager"></sh-avatar>`);
      const failed = nextEvent(el, 'sh-avatar-error');
      el.src = uniquePath('/test-server/missing/');
      await failed;
      const loaded = nextEvent(el, 'sh-avatar-load');
      el.src = `/test-server/image/0000c0.png?${crypto.randomUUID()}`;
      await loaded;
      expect(imageOf(el)).not.to.equal(null);
    });
  });

  describe('with a refused src', () => {
    const refused = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:image/png;base64,iVBORw0KGgo=',
      'http://203.0.113.9/avatar.png',
      'blob:null/1234',
      'ftp://example.test/a.png',
    ];
    for (const src of refused) {
      it(`makes no request for ${src} and shows initials`, async () => {
        const el = await fixture<ShAvatar>(html`<sh-avatar name="Ada"></sh-avatar>`);
        const failed = nextEvent(el, 'sh-avatar-error');
        el.src = src;
        expect((await failed).reason).to.equal('refused-url');
        await el.updateComplete;
        expect(imageOf(el)).to.equal(null);
        expect(resourceRequested(src.trim().slice(0, 20))).to.be.false;
        expect(countPixels(canvasOf(el), parseColor(avatarColor('Ada').background), 3)).to.be.greaterThan(100);
        await expectAccessible(el);
      });
    }
  });

  describe('far below the viewport', () => {
    it('paints its canvas only when it comes near', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><div style="height: 5000px"></div><sh-avatar name="Far Away"></sh-avatar></div>`,
      );
      const el = wrapper.querySelector('sh-avatar') as ShAvatar;
      await el.updateComplete;
      // An unpainted canvas keeps its default 300×150 backing store.
      expect(canvasOf(el).width).to.equal(300);
      el.scrollIntoView();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(canvasOf(el).width).to.equal(40 * devicePixelRatio);
      expect(near(pixelAt(canvasOf(el), 2, 20), parseColor(avatarColor('Far Away').background))).to.be.true;
      window.scrollTo(0, 0);
    });
  });

  describe('resized by the page', () => {
    it('repaints at the new size in the frame it is laid out, with no update of its own', async () => {
      const el = await fixture<ShAvatar>(html`<sh-avatar name="Grace Hopper"></sh-avatar>`);
      expect(canvasOf(el).width).to.equal(40 * devicePixelRatio);
      el.style.setProperty('--sh-avatar-size', '96px');
      const widthAtFrame = await new Promise<number>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(canvasOf(el).width))),
      );
      expect(widthAtFrame).to.equal(96 * devicePixelRatio);
      expect(near(pixelAt(canvasOf(el), 4, 48), parseColor(avatarColor('Grace Hopper').background))).to.be.true;
    });
  });
});
