import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../helpers/resize-observer-loop.js';
import '../../src/elements/attendee-list/sh-attendee-list.js';
import type { ShAttendeeList } from '../../src/elements/attendee-list/attendee-list.js';
import { signProfileToken, type SessionProfileInput } from '../../src/token/index.js';
import { expectAccessible } from '../helpers/accessibility.js';
import { nextEvent } from '../helpers/events.js';
import { generateTestKeyPair, type TestKeyPair } from '../helpers/keys.js';
import { saveScreenshot } from '../helpers/page-commands.js';

const internationalNames = [
  'Zoë Zhang', 'Ángel Ortiz', 'angela Merkel', 'Émile Zola', 'Łukasz Nowak', 'Ødegaard Martin', 'Ömer Faruk',
  '李小龙', '김민준', 'محمد علي', 'דוד כהן', 'Ivan Petrov', 'Иван Петров', 'Σωκράτης Παπαδόπουλος', 'राम शर्मा',
  'สมชาย ใจดี', 'Bob', 'alice Cooper',
];

function rows(el: ShAttendeeList): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="row"]') ?? [])];
}

function rowNames(el: ShAttendeeList): string[] {
  return rows(el).map((row) => row.querySelector('[part~="name"]')?.textContent ?? '');
}

async function settled(el: ShAttendeeList): Promise<void> {
  await el.updateComplete;
  while (el.verifying) await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
  // On a loaded machine the virtualizer may need more frames than updateComplete waits for.
  for (let frame = 0; frame < 60 && el.shownProfiles.length > 0 && rows(el).length === 0 && el.getBoundingClientRect().top < innerHeight; frame += 1) {
    await new Promise(requestAnimationFrame);
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

function profilesNamed(names: readonly string[]): SessionProfileInput[] {
  return names.map((displayName, i) => ({ displayName, email: `person${i}@example.com`, userProfile: [['organization', `Org ${i}`]] }));
}

describe('<sh-attendee-list>', () => {
  let host: TestKeyPair;
  let other: TestKeyPair;
  before(async () => {
    [host, other] = await Promise.all([generateTestKeyPair('RS256'), generateTestKeyPair('RS256')]);
  });

  describe('with tokens and the host key', () => {
    it('verifies every token and shows the attendees sorted by name', async () => {
      const tokens = await Promise.all(profilesNamed(['Charlie', 'alice', 'Bob']).map((p) => signProfileToken(host.privateKey, p)));
      const el = await fixture<ShAttendeeList>(html`<sh-attendee-list public-key=${host.publicPem} .tokens=${tokens}></sh-attendee-list>`);
      await settled(el);
      expect(rowNames(el)).to.deep.equal(['alice', 'Bob', 'Charlie']);
      expect(rows(el)[0]?.querySelector('[part~="summary"]')?.textContent).to.equal('Org 1');
      await expectAccessible(el);
      await saveScreenshot('attendee-list', el);
    });

    it('shows a progress line while verifying a large batch', async () => {
      const profile = { displayName: 'Same Person' };
      const token = await signProfileToken(host.privateKey, profile);
      // Distinct tokens: the same claims signed with different iat.
      const tokens = await Promise.all(
        Array.from({ length: 300 }, (_, i) => signProfileToken(host.privateKey, { displayName: `Guest ${i}` }, { currentDate: new Date(Date.now() - i * 1000) })),
      );
      // The key set arrives late, so verification is still running when the progress line is read.
      const jwksId = crypto.randomUUID();
      await fetch(`/test-server/jwks/${jwksId}`, { method: 'PUT', body: JSON.stringify({ keys: [host.publicJwk] }) });
      const el = await fixture<ShAttendeeList>(
        html`<sh-attendee-list jwks-url="/test-server/jwks/${jwksId}?delay=800"></sh-attendee-list>`,
      );
      el.tokens = [token, ...tokens];
      await el.updateComplete;
      const progress = el.shadowRoot?.querySelector('[part~="progress"]');
      expect(progress?.textContent).to.match(/Verifying \d+ of 301/);
      expect(progress?.getAttribute('role')).to.equal('status');
      await expectAccessible(el);
      await settled(el);
      expect(el.shadowRoot?.querySelector('[part~="progress"]')).to.equal(null);
      expect(el.shownProfiles.length).to.equal(301);
    });

    it('paints every row with its own initials while batches of verified rows push others down', async () => {
      const first = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Tim', 'Radia', 'Linus', 'Hedy', 'Dennis', 'Katherine', 'Guido', 'Sophie', 'Yukihiro', 'Annie', 'Bjarne'];
      const last = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth'];
      const people = Array.from({ length: 120 }, (_, i) => ({ displayName: `${first[i % 20]} ${last[Math.floor(i / 20) % 6]}`, email: `attendee${i}@example.com` }));
      const tokens = await Promise.all(people.map((p) => signProfileToken(host.privateKey, p)));
      const el = await fixture<ShAttendeeList>(html`<sh-attendee-list public-key=${host.publicPem} .tokens=${tokens}></sh-attendee-list>`);
      await settled(el);
      // Every row in view (rows rendered beyond it, clipped by the list, wait to be painted).
      const box = (el.shadowRoot?.querySelector('[part~="list"]') as HTMLElement).getBoundingClientRect();
      const shown = rows(el).filter((row) => row.getBoundingClientRect().top < box.bottom);
      expect(shown.length).to.be.greaterThan(8);
      const stale: string[] = [];
      for (const row of shown) {
        const avatar = row.querySelector('sh-avatar') as HTMLElement & { name: string; colorKey: string | null; updateComplete: Promise<unknown> };
        const canvas = avatar.shadowRoot?.querySelector('canvas') as HTMLCanvasElement;
        // A fresh avatar of the same name and colour key, in view (an avatar far off screen is not painted).
        const fresh = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
          html`<sh-avatar style="position: fixed; top: 0; left: 0" name=${avatar.name} color-key=${avatar.colorKey ?? ''} size="32"></sh-avatar>`,
        );
        await fresh.updateComplete;
        const freshCanvas = fresh.shadowRoot?.querySelector('canvas') as HTMLCanvasElement;
        expect(freshCanvas.width).to.equal(32 * devicePixelRatio);
        if (canvas.toDataURL() !== freshCanvas.toDataURL()) stale.push(avatar.name);
      }
      expect(stale, 'rows whose canvas shows someone else').to.deep.equal([]);
    });

    it('re-verifies only tokens it has not seen, keeping the rest', async () => {
      const [a, b, c] = await Promise.all(profilesNamed(['Ann', 'Ben', 'Cat']).map((p) => signProfileToken(host.privateKey, p)));
      const el = await fixture<ShAttendeeList>(html`<sh-attendee-list public-key=${host.publicPem} .tokens=${[a, b]}></sh-attendee-list>`);
      await settled(el);
      const before = el.shownProfiles;
      el.tokens = [b, c];
      await el.updateComplete;
      // Ben is known: shown at once, same frozen profile object; Cat arrives after verification.
      expect(el.shownProfiles[0]).to.equal(before[1]);
      await settled(el);
      expect(rowNames(el)).to.deep.equal(['Ben', 'Cat']);
    });
  });

  describe('with tokens that fail', () => {
    it('summarises them, lists the codes and fires sh-list-errors with their indexes', async () => {
      const good = await signProfileToken(host.privateKey, { displayName: 'Good' });
      const forged = await signProfileToken(other.privateKey, { displayName: 'Forged' });
      const expired = await signProfileToken(host.privateKey, { displayName: 'Old' }, { currentDate: new Date(Date.now() - 7_200_000) });
      const el = await fixture<ShAttendeeList>(html`<sh-attendee-list public-key=${host.publicPem}></sh-attendee-list>`);
      const errors = nextEvent(el, 'sh-list-errors');
      el.tokens = [good, forged, 'garbage', expired];
      const event = await errors;
      await settled(el);
      expect(event.errors).to.deep.equal([
        { index: 1, code: 'signature' },
        { index: 2, code: 'malformed' },
        { index: 3, code: 'expired' },
      ]);
      const summary = el.shadowRoot?.querySelector('[part~="errors"]') as HTMLDetailsElement;
      expect(summary.querySelector('summary')?.textContent).to.equal('3 attendees could not be shown');
      summary.open = true;
      expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['signature: 1', 'malformed: 1', 'expired: 1']);
      expect(rowNames(el)).to.deep.equal(['Good']);
      await expectAccessible(el);
    });

    it('reports every token as a key error when no key is given', async () => {
      const token = await signProfileToken(host.privateKey, { displayName: 'Nobody' });
      const el = await fixture<ShAttendeeList>(html`<sh-attendee-list></sh-attendee-list>`);
      const errors = nextEvent(el, 'sh-list-errors');
      el.tokens = [token];
      expect((await errors).errors).to.deep.equal([{ index: 0, code: 'key' }]);
    });
  });

  describe('with ten thousand profiles', () => {
    it('keeps the DOM row count bounded', async () => {
      const profiles = Array.from({ length: 10_000 }, (_, i) => ({ displayName: `Attendee ${String(i).padStart(5, '0')}` }));
      const el = await fixture<ShAttendeeList>(html`<sh-attendee-list .profiles=${profiles}></sh-attendee-list>`);
      await settled(el);
      expect(el.shownProfiles.length).to.equal(10_000);
      expect(rows(el).length).to.be.within(5, 60);
      const list = el.shadowRoot?.querySelector('[part~="list"]') as HTMLElement;
      list.scrollTop = list.scrollHeight / 2;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(rows(el).length).to.be.within(5, 60);
      expect(rowNames(el).some((name) => name.startsWith('Attendee 04') || name.startsWith('Attendee 05'))).to.be.true;
      expect(rows(el)[0]?.getAttribute('aria-setsize')).to.equal('10000');
    });

    it('hands the avatars of rows scrolled away to the rows scrolled in, each painted with its own initials', async () => {
      const profiles = Array.from({ length: 10_000 }, (_, i) => ({ displayName: `${String.fromCharCode(65 + (i % 26))}x Attendee ${i}` }));
      const el = await fixture<ShAttendeeList>(html`<sh-attendee-list .profiles=${profiles}></sh-attendee-list>`);
      await settled(el);
      const list = el.shadowRoot?.querySelector('[part~="list"]') as HTMLElement;
      const avatarsSeen = new Set<Element>();
      let rowsSeen = 0;
      for (let step = 0; step < 40; step += 1) {
        list.scrollTop += list.clientHeight;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        for (const row of rows(el)) {
          rowsSeen += 1;
          const avatar = row.querySelector('sh-avatar') as (HTMLElement & { name: string }) | null;
          expect(avatar, 'every row has its avatar').to.not.equal(null);
          expect(avatar?.name).to.equal(row.querySelector('[part~="name"]')?.textContent);
          avatarsSeen.add(avatar as Element);
        }
      }
      expect(rowsSeen).to.be.greaterThan(400);
      // A few screens' worth of avatar elements serve forty screens of rows.
      expect(avatarsSeen.size).to.be.at.most(80);
      const visible = rows(el).find((row) => row.getBoundingClientRect().top >= list.getBoundingClientRect().top) as HTMLElement;
      const avatar = visible.querySelector('sh-avatar') as HTMLElement & { name: string; updateComplete: Promise<unknown> };
      await avatar.updateComplete;
      const canvas = avatar.shadowRoot?.querySelector('canvas') as HTMLCanvasElement;
      expect(canvas.width).to.equal(32 * devicePixelRatio);
      const fresh = await fixture<HTMLElement>(html`<sh-avatar name=${avatar.name} size="32"></sh-avatar>`);
      await (fresh as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const freshCanvas = fresh.shadowRoot?.querySelector('canvas') as HTMLCanvasElement;
      expect(canvas.toDataURL(), 'a recycled avatar shows exactly what a new one would').to.equal(freshCanvas.toDataURL());
    });
  });

  describe('sorting and filtering across scripts', () => {
    it('sorts with Intl.Collator in the language of the page', async () => {
      const el = await fixture<ShAttendeeList>(html`<div lang="sv"><sh-attendee-list .profiles=${[
        { displayName: 'Örjan' }, { displayName: 'Zelda' }, { displayName: 'Åsa' }, { displayName: 'Anna' },
      ]}></sh-attendee-list></div>`);
      const list = el.querySelector('sh-attendee-list') as ShAttendeeList;
      await settled(list);
      // Swedish sorts Å and Ö after Z.
      expect(list.shownProfiles.map((p) => p.displayName)).to.deep.equal(['Anna', 'Zelda', 'Åsa', 'Örjan']);
    });

    it('filters by name, e-mail and profile values, ignoring case and accents', async () => {
      const profiles = profilesNamed(internationalNames);
      const el = await fixture<ShAttendeeList>(html`<sh-attendee-list filterable .profiles=${profiles}></sh-attendee-list>`);
      await settled(el);
      const input = el.shadowRoot?.querySelector('[part~="filter"]') as HTMLInputElement;
      const filterBy = async (query: string) => {
        input.value = query;
        input.dispatchEvent(new Event('input'));
        await settled(el);
        return el.shownProfiles.map((p) => p.displayName);
      };
      expect(await filterBy('ANGEL')).to.have.members(['Ángel Ortiz', 'angela Merkel']);
      expect(await filterBy('zoe')).to.deep.equal(['Zoë Zhang']);
      expect(await filterBy('lukasz')).to.deep.equal(['Łukasz Nowak']);
      expect(await filterBy('odegaard')).to.deep.equal(['Ødegaard Martin']);
      expect(await filterBy('person7@')).to.deep.equal(['李小龙']);
      expect(await filterBy('org 11')).to.deep.equal(['Ivan Petrov']);
      expect(await filterBy('Петров')).to.deep.equal(['Иван Петров']);
      expect(await filterBy('محمد')).to.deep.equal(['محمد علي']);
      expect(await filterBy('no such person')).to.deep.equal([]);
      expect(el.shadowRoot?.querySelector('.empty')?.textContent).to.equal('No attendees to show.');
      await expectAccessible(el);
    });
  });

  describe('keyboard', () => {
    it('moves with the arrow keys, selects with Enter, and keeps focus while scrolling', async () => {
      const profiles = Array.from({ length: 500 }, (_, i) => ({ displayName: `Person ${String(i).padStart(3, '0')}` }));
      const el = await fixture<ShAttendeeList>(html`<sh-attendee-list .profiles=${profiles}></sh-attendee-list>`);
      await settled(el);
      const first = rows(el)[0];
      expect(first.getAttribute('tabindex')).to.equal('0');
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await settled(el);
      expect(el.shadowRoot?.activeElement?.textContent?.trim()).to.equal('Person 002');
      const selected = nextEvent(el, 'sh-attendee-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).profile.displayName).to.equal('Person 002');
      await sendKeys({ press: 'End' });
      await settled(el);
      expect(el.shadowRoot?.activeElement?.textContent?.trim()).to.equal('Person 499');
      await sendKeys({ press: 'Home' });
      await settled(el);
      expect(el.shadowRoot?.activeElement?.textContent?.trim()).to.equal('Person 000');
    });
  });

  describe('scrolled off screen', () => {
    it('stays reachable by keyboard: the list is a tab stop that brings back the active row', async () => {
      const profiles = Array.from({ length: 50 }, (_, i) => ({ displayName: `Far ${String(i).padStart(2, '0')}` }));
      const wrapper = await fixture<HTMLElement>(html`<div>
        <div style="height: 4000px"></div>
        <sh-attendee-list .profiles=${profiles}></sh-attendee-list>
      </div>`);
      const el = wrapper.querySelector('sh-attendee-list') as ShAttendeeList;
      await settled(el);
      const list = el.shadowRoot?.querySelector('[part~="list"]') as HTMLElement;
      if (rows(el).length === 0) expect(list.tabIndex).to.equal(0);
      list.focus();
      await settled(el);
      await settled(el);
      expect(el.shadowRoot?.activeElement?.textContent?.trim()).to.equal('Far 00');
      expect(list.tabIndex).to.equal(-1);
      await expectAccessible(el);
    });
  });

  describe('in a right-to-left page', () => {
    it('puts the avatar on the right of the name', async () => {
      const el = await fixture<ShAttendeeList>(html`<sh-attendee-list dir="rtl" .profiles=${[{ displayName: 'محمد علي' }]}></sh-attendee-list>`);
      await settled(el);
      const row = rows(el)[0];
      const avatar = (row.querySelector('[part~="avatar"]') as HTMLElement).getBoundingClientRect();
      const name = (row.querySelector('[part~="name"]') as HTMLElement).getBoundingClientRect();
      expect(avatar.left).to.be.greaterThan(name.right - 1);
      await expectAccessible(el);
    });
  });
});
