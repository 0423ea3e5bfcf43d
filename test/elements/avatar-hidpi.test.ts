import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/avatar/sh-avatar.js';
import type { ShAvatar } from '../../src/elements/avatar/avatar.js';
import { avatarColor } from '../../src/initials/index.js';
import { countPixels, near, parseColor, pixelAt } from '../helpers/pixels.js';
import { saveScreenshot, setDeviceScaleFactor } from '../helpers/page-commands.js';

describe('<sh-avatar> on a HiDPI screen', () => {
  before(() => setDeviceScaleFactor(2));
  after(() => setDeviceScaleFactor(1));

  it('backs its 40 px box with an 80 px canvas, drawn crisp at the device pixel ratio', async () => {
    expect(devicePixelRatio).to.equal(2);
    const el = await fixture<ShAvatar>(html`<sh-avatar name="Ada Lovelace"></sh-avatar>`);
    const canvas = el.shadowRoot?.querySelector('canvas') as HTMLCanvasElement;
    expect(el.getBoundingClientRect().width).to.equal(40);
    expect(canvas.width).to.equal(80);
    expect(canvas.height).to.equal(80);
    const { background, foreground } = avatarColor('Ada Lovelace');
    expect(near(pixelAt(canvas, 3, 40), parseColor(background))).to.be.true;
    // Crisp: at 2x there are many more fully-coloured text pixels than a 40 px raster scaled up would have.
    expect(countPixels(canvas, parseColor(foreground), 10)).to.be.greaterThan(150);
    await saveScreenshot('avatar-hidpi', el);
  });
});
