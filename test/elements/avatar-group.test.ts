import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/avatar-group/sh-avatar-group.js';
import type { ShAvatarGroup } from '../../src/elements/avatar-group/avatar-group.js';
import type { ShAvatar } from '../../src/elements/avatar/avatar.js';
import type { AvatarGroupItem } from '../../src/elements/avatar-group/avatar-group-people.js';
import { avatarColor, avatarColorKey } from '../../src/initials/index.js';
import { expectAccessible } from '../helpers/accessibility.js';
import { nextEvent } from '../helpers/events.js';
import { saveScreenshot } from '../helpers/page-commands.js';
import { near, parseColor, pixelAt } from '../helpers/pixels.js';

const names = ['Ana Álvarez', 'Bo Berg', 'Cy Chen', 'Dee Dunn', 'Eli Ek', 'Fay Fox', 'Gus Gil', 'Hal Ho'];

function people(count: number): AvatarGroupItem[] {
  return Array.from({ length: count }, (_, i) => ({ name: names[i] ?? `Guest ${i + 1}` }));
}

function avatarsOf(el: ShAvatarGroup): ShAvatar[] {
  return [...(el.shadowRoot?.querySelectorAll<ShAvatar>('[part~="avatar"]') ?? [])];
}

function chipOf(el: ShAvatarGroup): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('[part~="overflow"]') ?? null;
}

function baseOf(el: ShAvatarGroup): HTMLElement {
  const base = el.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  if (!base) throw new Error('no base');
  return base;
}

function tooltipOf(slot: Element): HTMLElement {
  const tooltip = slot.parentElement?.querySelector<HTMLElement>('[part~="tooltip"]');
  if (!tooltip) throw new Error('no tooltip');
  return tooltip;
}

function canvasOf(avatar: ShAvatar): HTMLCanvasElement {
  const canvas = avatar.shadowRoot?.querySelector<HTMLCanvasElement>('[part~="initials"]');
  if (!canvas) throw new Error('no initials canvas');
  return canvas;
}

function visibleTooltips(el: ShAvatarGroup): string[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="tooltip"]') ?? [])]
    .filter((tooltip) => getComputedStyle(tooltip).visibility === 'visible')
    .map((tooltip) => tooltip.textContent ?? '');
}

function centreOf(element: Element): [number, number] {
  const { x, y, width, height } = element.getBoundingClientRect();
  return [Math.round(x + width / 2), Math.round(y + height / 2)];
}

async function group(items: unknown, attributes: Partial<ShAvatarGroup> = {}): Promise<ShAvatarGroup> {
  const wrapper = await fixture<HTMLElement>(html`<div style="padding: 40px 16px 8px"><sh-avatar-group></sh-avatar-group></div>`);
  const el = wrapper.querySelector('sh-avatar-group');
  if (!el) throw new Error('no group');
  Object.assign(el, attributes, { items });
  await el.updateComplete;
  return el;
}

describe('<sh-avatar-group>', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  describe('with fewer people than max', () => {
    it('shows everyone as an avatar, without a chip', async () => {
      const el = await group(people(3));
      expect(avatarsOf(el).map((avatar) => avatar.name)).to.deep.equal(['Ana Álvarez', 'Bo Berg', 'Cy Chen']);
      expect(chipOf(el)).to.equal(null);
      await expectAccessible(el);
    });

    it('gives each avatar the name, image and colour key of its item', async () => {
      const src = `/test-server/image/00aa55.png?group=${crypto.randomUUID()}`;
      const el = await group([{ name: 'Ana Álvarez', colorKey: 'ana@example.com' }, { name: 'Bo Berg', src }, { name: ' Cy  Chen ' }]);
      const [ana, bo, cy] = avatarsOf(el);
      if (!ana || !bo || !cy) throw new Error('three avatars expected');
      expect([ana.name, ana.colorKey, ana.src, ana.getAttribute('aria-label')]).to.deep.equal([
        'Ana Álvarez',
        'ana@example.com',
        null,
        'Ana Álvarez',
      ]);
      expect(bo.src).to.equal(src);
      // Without a colour key, the name keyed the way the profile card keys it.
      expect(cy.colorKey).to.equal(avatarColorKey({ displayName: ' Cy  Chen ' }));
      const canvas = canvasOf(ana);
      expect(canvas.width).to.equal(32 * devicePixelRatio);
      expect(near(pixelAt(canvas, 2, canvas.height / 2), parseColor(avatarColor('ana@example.com').background))).to.be.true;
      if (!bo.shadowRoot?.querySelector('img.loaded')) await nextEvent(bo, 'sh-avatar-load');
      await expectAccessible(el);
    });

    it('maps SessionProfile-shaped entries: displayName, avatarUrl and the e-mail as colour key', async () => {
      const profile = { displayName: 'Grace Hopper', email: ' Grace@Example.com ', avatarUrl: 'https://example.invalid/g.png', userProfile: [] };
      const el = await group([profile, { displayName: 'No Mail', email: null, avatarUrl: null }]);
      const [grace, noMail] = avatarsOf(el);
      expect([grace?.name, grace?.src, grace?.colorKey]).to.deep.equal([
        'Grace Hopper',
        'https://example.invalid/g.png',
        avatarColorKey(profile),
      ]);
      expect(grace?.colorKey).to.equal('grace@example.com');
      expect(noMail?.colorKey).to.equal('No Mail');
    });

    it('is a group named "Attendees" unless given a label', async () => {
      const el = await group(people(2));
      expect(baseOf(el).getAttribute('role')).to.equal('group');
      expect(baseOf(el).getAttribute('aria-label')).to.equal('Attendees');
      el.label = 'Speakers';
      await el.updateComplete;
      expect(baseOf(el).getAttribute('aria-label')).to.equal('Speakers');
      await expectAccessible(el);
    });

    it('shows everyone when they fill max exactly', async () => {
      const el = await group(people(5));
      expect(avatarsOf(el)).to.have.length(5);
      expect(chipOf(el)).to.equal(null);
    });
  });

  describe('with more people than max', () => {
    it('fills max slots: max - 1 avatars and a +N chip', async () => {
      const el = await group(people(8));
      expect(avatarsOf(el).map((avatar) => avatar.name)).to.deep.equal(names.slice(0, 4));
      expect(chipOf(el)?.textContent).to.equal('+4');
      el.max = 3;
      await el.updateComplete;
      expect(avatarsOf(el)).to.have.length(2);
      expect(chipOf(el)?.textContent).to.equal('+6');
      el.max = 1;
      await el.updateComplete;
      expect(avatarsOf(el)).to.have.length(0);
      expect(chipOf(el)?.textContent).to.equal('+8');
      await expectAccessible(el);
    });

    it("lists the hidden names in the chip's accessible name and tooltip", async () => {
      const el = await group(people(8));
      const chip = chipOf(el);
      expect(chip?.getAttribute('role')).to.equal('img');
      expect(chip?.getAttribute('aria-label')).to.equal('Also here: Eli Ek, Fay Fox, Gus Gil, and Hal Ho');
      expect(chip && tooltipOf(chip).textContent).to.equal('Also here: Eli Ek, Fay Fox, Gus Gil, and Hal Ho');
    });

    it('counts the hidden people instead when there are more than ten', async () => {
      const el = await group(people(15));
      expect(chipOf(el)?.textContent).to.equal('+11');
      expect(chipOf(el)?.getAttribute('aria-label')).to.equal('11 more attendees');
      await expectAccessible(el);
    });

    it('reads 99+ above 99 hidden, with the exact count in its name', async () => {
      const el = await group(people(104));
      expect(chipOf(el)?.textContent).to.equal('99+');
      expect(chipOf(el)?.getAttribute('aria-label')).to.equal('100 more attendees');
      el.items = people(103);
      await el.updateComplete;
      expect(chipOf(el)?.textContent).to.equal('+99');
      await expectAccessible(el);
    });

    it('spells larger counts out under a raised overflow-limit', async () => {
      const el = await group(people(204));
      el.setAttribute('overflow-limit', '999');
      await el.updateComplete;
      expect(chipOf(el)?.textContent).to.equal('+200');
    });

    it('re-renders for a new items array and keeps one tab stop', async () => {
      const el = await group(people(8));
      el.items = people(2);
      await el.updateComplete;
      expect(avatarsOf(el).map((avatar) => avatar.name)).to.deep.equal(names.slice(0, 2));
      expect(chipOf(el)).to.equal(null);
      expect(avatarsOf(el).filter((avatar) => avatar.tabIndex === 0)).to.have.length(1);
    });
  });

  describe('with a total beyond the items', () => {
    it('shows +1,204 for people it was not given, listing the ones it was', async () => {
      const el = await group(people(6), { total: 1208, overflowLimit: 9999 });
      expect(avatarsOf(el)).to.have.length(4);
      expect(chipOf(el)?.textContent).to.equal('+1,204');
      expect(chipOf(el)?.getAttribute('aria-label')).to.equal('Also here: Eli Ek, Fay Fox, and 1,202 more');
      await expectAccessible(el);
    });

    it('reads 99+ by default, with the exact count in its name', async () => {
      const el = await group(people(3), { total: 1207 });
      expect(avatarsOf(el)).to.have.length(3);
      expect(chipOf(el)?.textContent).to.equal('99+');
      expect(chipOf(el)?.getAttribute('aria-label')).to.equal('1,204 more attendees');
      await expectAccessible(el);
    });

    it('takes the total from the attribute, and a chip even when the known ones fit', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><sh-avatar-group total="4"></sh-avatar-group></div>`);
      const el = wrapper.querySelector('sh-avatar-group');
      if (!el) throw new Error('no group');
      el.items = people(3);
      await el.updateComplete;
      expect(avatarsOf(el)).to.have.length(3);
      expect(chipOf(el)?.textContent).to.equal('+1');
      expect(chipOf(el)?.getAttribute('aria-label')).to.equal('1 more attendee');
    });

    it('ignores a total below the number of items', async () => {
      const el = await group(people(3), { total: 1 });
      expect(avatarsOf(el)).to.have.length(3);
      expect(chipOf(el)).to.equal(null);
    });

    it("formats numbers and lists in the element's or an ancestor's language", async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="de"><sh-avatar-group total="1208" overflow-limit="9999"></sh-avatar-group></div>`);
      const el = wrapper.querySelector('sh-avatar-group');
      if (!el) throw new Error('no group');
      el.items = people(6);
      el.strings = { alsoHere: (list) => `Auch hier: ${list}`, more: (_count, formatted) => `${formatted} weitere` };
      await el.updateComplete;
      expect(chipOf(el)?.textContent).to.equal('+1.204');
      expect(chipOf(el)?.getAttribute('aria-label')).to.equal('Auch hier: Eli Ek, Fay Fox und 1.202 weitere');
      el.lang = 'en';
      el.requestUpdate();
      await el.updateComplete;
      expect(chipOf(el)?.textContent).to.equal('+1,204');
    });
  });

  describe('tooltips and focus', () => {
    it('shows the name of the avatar under the pointer', async () => {
      const el = await group(people(8));
      expect(visibleTooltips(el)).to.deep.equal([]);
      const [, bo] = avatarsOf(el);
      if (!bo) throw new Error('no second avatar');
      await sendMouse({ type: 'move', position: centreOf(bo) });
      expect(visibleTooltips(el)).to.deep.equal(['Bo Berg']);
      const tooltip = tooltipOf(bo).getBoundingClientRect();
      expect(tooltip.bottom).to.be.at.most(bo.getBoundingClientRect().top + 1);
      await sendMouse({ type: 'move', position: centreOf(chipOf(el) ?? el) });
      expect(visibleTooltips(el)).to.deep.equal(['Also here: Eli Ek, Fay Fox, Gus Gil, and Hal Ho']);
    });

    it('is one tab stop; arrow keys, Home and End move focus, and the focused name shows', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="padding-top: 40px">
        <button>before</button><sh-avatar-group></sh-avatar-group><button>after</button>
      </div>`);
      const el = wrapper.querySelector('sh-avatar-group');
      const [before, after] = wrapper.querySelectorAll('button');
      if (!el || !before || !after) throw new Error('fixture incomplete');
      el.items = people(8);
      await el.updateComplete;
      const [ana, bo] = avatarsOf(el);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot?.activeElement).to.equal(ana);
      expect(visibleTooltips(el)).to.deep.equal(['Ana Álvarez']);
      await sendKeys({ press: 'ArrowRight' });
      expect(el.shadowRoot?.activeElement).to.equal(bo);
      expect(visibleTooltips(el)).to.deep.equal(['Bo Berg']);
      await el.updateComplete;
      expect(avatarsOf(el).map((avatar) => avatar.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
      await sendKeys({ press: 'End' });
      expect(el.shadowRoot?.activeElement).to.equal(chipOf(el));
      await sendKeys({ press: 'ArrowRight' });
      expect(el.shadowRoot?.activeElement).to.equal(chipOf(el));
      await sendKeys({ press: 'Home' });
      expect(el.shadowRoot?.activeElement).to.equal(ana);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot?.activeElement).to.equal(ana);
      await expectAccessible(el);
    });

    it('hides the tooltip on Escape until focus moves again', async () => {
      const el = await group(people(3));
      const [ana, bo] = avatarsOf(el);
      ana?.focus();
      await el.updateComplete;
      expect(visibleTooltips(el)).to.deep.equal(['Ana Álvarez']);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(visibleTooltips(el)).to.deep.equal([]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot?.activeElement).to.equal(bo);
      expect(visibleTooltips(el)).to.deep.equal(['Bo Berg']);
    });

    it('hides a hover tooltip on Escape while focus is elsewhere', async () => {
      const el = await group(people(3));
      const [ana] = avatarsOf(el);
      if (!ana) throw new Error('no avatar');
      await sendMouse({ type: 'move', position: centreOf(ana) });
      expect(visibleTooltips(el)).to.deep.equal(['Ana Álvarez']);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(visibleTooltips(el)).to.deep.equal([]);
    });
  });

  describe('in RTL', () => {
    it('stacks from the right under an ancestor dir=rtl, and swaps the arrow keys', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" style="padding-top: 40px"><sh-avatar-group></sh-avatar-group></div>`);
      const el = wrapper.querySelector('sh-avatar-group');
      if (!el) throw new Error('no group');
      el.items = people(8);
      await el.updateComplete;
      const [ana, bo] = avatarsOf(el);
      if (!ana || !bo) throw new Error('avatars expected');
      expect(ana.getBoundingClientRect().left).to.be.greaterThan(bo.getBoundingClientRect().left);
      expect(bo.getBoundingClientRect().right).to.be.greaterThan(ana.getBoundingClientRect().left);
      const chip = chipOf(el);
      expect(chip?.getBoundingClientRect().left).to.be.lessThan(bo.getBoundingClientRect().left);
      ana.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.shadowRoot?.activeElement).to.equal(bo);
      await expectAccessible(el);
    });

    it('stacks from the left in LTR and from the right with dir=rtl on the element itself', async () => {
      const el = await group(people(4));
      const [ana, bo] = avatarsOf(el);
      if (!ana || !bo) throw new Error('avatars expected');
      expect(ana.getBoundingClientRect().left).to.be.lessThan(bo.getBoundingClientRect().left);
      el.dir = 'rtl';
      expect(ana.getBoundingClientRect().left).to.be.greaterThan(bo.getBoundingClientRect().left);
    });
  });

  describe('custom properties', () => {
    it('overlaps by a quarter of the size by default, or by --sh-avatar-group-overlap', async () => {
      const el = await group(people(3));
      const [ana, bo] = avatarsOf(el);
      if (!ana || !bo) throw new Error('avatars expected');
      expect(bo.getBoundingClientRect().left - ana.getBoundingClientRect().left).to.equal(24);
      el.style.setProperty('--sh-avatar-group-overlap', '12px');
      expect(getComputedStyle(bo.parentElement ?? bo).marginInlineStart).to.equal('-12px');
      expect(bo.getBoundingClientRect().left - ana.getBoundingClientRect().left).to.equal(20);
    });

    it('draws the ring in --sh-avatar-group-ring-color and --sh-avatar-group-ring-width', async () => {
      const el = await group(people(8));
      const [ana] = avatarsOf(el);
      expect(getComputedStyle(ana ?? el).boxShadow).to.equal('rgb(255, 255, 255) 0px 0px 0px 2px');
      el.style.setProperty('--sh-avatar-group-ring-color', 'rgb(200, 0, 0)');
      el.style.setProperty('--sh-avatar-group-ring-width', '3px');
      expect(getComputedStyle(ana ?? el).boxShadow).to.equal('rgb(200, 0, 0) 0px 0px 0px 3px');
      expect(getComputedStyle(chipOf(el) ?? el).boxShadow).to.equal('rgb(200, 0, 0) 0px 0px 0px 3px');
    });

    it('sizes avatars and chip from --sh-avatar-group-size, or the size attribute', async () => {
      const el = await group(people(8));
      el.style.setProperty('--sh-avatar-group-size', '40px');
      await el.updateComplete;
      const [ana, bo] = avatarsOf(el);
      if (!ana || !bo) throw new Error('avatars expected');
      expect(ana.getBoundingClientRect().width).to.equal(40);
      expect(chipOf(el)?.getBoundingClientRect().height).to.equal(40);
      expect(bo.getBoundingClientRect().left - ana.getBoundingClientRect().left).to.equal(30);
      el.setAttribute('size', '48');
      await el.updateComplete;
      expect(ana.size).to.equal(48);
      expect(ana.getBoundingClientRect().width).to.equal(48);
      expect(chipOf(el)?.getBoundingClientRect().height).to.equal(48);
      expect(bo.getBoundingClientRect().left - ana.getBoundingClientRect().left).to.equal(36);
      expect(canvasOf(ana).width).to.equal(48 * devicePixelRatio);
    });
  });

  describe('with bad input', () => {
    for (const items of ['Ana, Bo', null, 42, { length: 3 }, undefined]) {
      it(`renders an empty group for items ${JSON.stringify(items) ?? 'undefined'}`, async () => {
        const el = await group(items);
        expect(avatarsOf(el)).to.have.length(0);
        expect(chipOf(el)).to.equal(null);
        await expectAccessible(el);
      });
    }

    it('shows entries without a usable name as anonymous people with the person glyph', async () => {
      const throwing = new Proxy({}, { get: () => { throw new Error('hostile getter'); } });
      const el = await group([null, 7, 'Ana', { name: 42 }, { name: '   ' }, throwing, { displayName: 5 }], { max: 10 });
      const avatars = avatarsOf(el);
      expect(avatars).to.have.length(7);
      for (const avatar of avatars) {
        expect(avatar.name).to.equal('');
        expect(avatar.getAttribute('aria-label')).to.equal('Anonymous attendee');
        expect(canvasOf(avatar).width).to.equal(32 * devicePixelRatio);
      }
      expect(tooltipOf(avatars[0] ?? el).textContent).to.equal('Anonymous attendee');
      await expectAccessible(el);
    });

    it('counts anonymous hidden entries as "more" in the chip', async () => {
      const el = await group([...people(4), null, { name: 'Zed Zane' }, { name: '' }], {});
      expect(chipOf(el)?.getAttribute('aria-label')).to.equal('Also here: Zed Zane and 2 more');
    });

    it('renders hostile names as text only', async () => {
      const hostile = '<img src=x onerror="window.__groupPwned=1">';
      const el = await group([...people(4), { name: hostile }, { name: `${hostile}2` }]);
      expect(chipOf(el)?.getAttribute('aria-label')).to.equal(`Also here: ${hostile} and ${hostile}2`);
      el.items = [{ name: hostile }];
      await el.updateComplete;
      expect(avatarsOf(el)[0]?.getAttribute('aria-label')).to.equal(hostile);
      expect(tooltipOf(avatarsOf(el)[0] ?? el).textContent).to.equal(hostile);
      expect(el.shadowRoot?.querySelectorAll('img')).to.have.length(0);
      expect((window as { __groupPwned?: number }).__groupPwned).to.equal(undefined);
    });

    for (const max of [Number.NaN, -3, 0, Number.POSITIVE_INFINITY, 'many']) {
      it(`falls back to max 5 for ${String(max)}`, async () => {
        const el = await group(people(8), { max: max as number });
        expect(el.max).to.equal(5);
        expect(avatarsOf(el)).to.have.length(4);
        expect(chipOf(el)?.textContent).to.equal('+4');
      });
    }

    it('reads max from the attribute, rounding down', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><sh-avatar-group max="3.7"></sh-avatar-group></div>`);
      const el = wrapper.querySelector('sh-avatar-group');
      if (!el) throw new Error('no group');
      el.items = people(8);
      await el.updateComplete;
      expect(avatarsOf(el)).to.have.length(2);
      el.setAttribute('max', 'abc');
      await el.updateComplete;
      expect(avatarsOf(el)).to.have.length(4);
    });

    for (const total of [Number.NaN, -5, Number.POSITIVE_INFINITY]) {
      it(`ignores a total of ${String(total)}`, async () => {
        const el = await group(people(3), { total });
        expect(el.total).to.equal(null);
        expect(avatarsOf(el)).to.have.length(3);
        expect(chipOf(el)).to.equal(null);
      });
    }

    it('falls back to the default size, overflow-limit and strings', async () => {
      const el = await group(people(150), {
        size: -4,
        overflowLimit: Number.NaN,
        strings: { moreAttendees: 'not a function' } as unknown as ShAvatarGroup['strings'],
      });
      expect(avatarsOf(el)[0]?.getBoundingClientRect().width).to.equal(32);
      expect(chipOf(el)?.textContent).to.equal('99+');
      expect(chipOf(el)?.getAttribute('aria-label')).to.equal('146 more attendees');
      el.size = Number.POSITIVE_INFINITY;
      await el.updateComplete;
      expect(el.size).to.equal(null);
      expect(avatarsOf(el)[0]?.getBoundingClientRect().width).to.equal(32);
    });

    it('falls back to the browser locale for an invalid lang', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="not a tag!"><sh-avatar-group></sh-avatar-group></div>`);
      const el = wrapper.querySelector('sh-avatar-group');
      if (!el) throw new Error('no group');
      el.items = people(8);
      await el.updateComplete;
      expect(chipOf(el)?.textContent).to.equal('+4');
    });
  });

  describe('on a busy page', () => {
    // How fast is the benchmark's business (npm run bench); this proves 200 groups all render right.
    it('renders 200 groups of 8, each with its avatars and chip', async () => {
      const crowd = Array.from({ length: 8 }, (_, i) => ({ name: `Crowd ${i}`, colorKey: `crowd-${i}` }));
      const wrapper = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 200 }, () => html`<sh-avatar-group .items=${crowd}></sh-avatar-group>`)}
      </div>`);
      const groups = [...wrapper.querySelectorAll('sh-avatar-group')];
      await Promise.all(groups.map((el) => el.updateComplete));
      expect(groups.length).to.equal(200);
      expect(groups.every((el) => avatarsOf(el).length === 4 && chipOf(el)?.textContent === '+4')).to.be.true;
    });
  });

  describe('screenshot', () => {
    it('saves a screenshot of rings, overlap and the chip', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="display: inline-block; padding: 36px 12px 12px; background: #ffffff">
        <sh-avatar-group max="6" total="1208" overflow-limit="9999" size="40"></sh-avatar-group>
        <sh-avatar-group></sh-avatar-group>
      </div>`);
      const [large, small] = wrapper.querySelectorAll('sh-avatar-group');
      if (!large || !small) throw new Error('groups expected');
      const src = `/test-server/image/3b82f6.png?shot=${crypto.randomUUID()}`;
      large.items = [
        { name: 'Ana Álvarez' },
        { name: 'Bo Berg', src },
        { name: '李小龙' },
        { name: 'محمد علي' },
        { name: 'Zoë Zhang' },
        { name: 'Eli Ek' },
      ];
      small.items = people(104);
      await Promise.all([large.updateComplete, small.updateComplete]);
      const bo = avatarsOf(large)[1];
      if (bo && !bo.shadowRoot?.querySelector('img.loaded')) await nextEvent(bo, 'sh-avatar-load');
      // One tooltip on screen too: the second avatar of the small group, focused.
      avatarsOf(small)[1]?.focus();
      await saveScreenshot('avatar-group', wrapper);
    });
  });
});
