import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/profile-card/sh-profile-card.js';
import type { ShProfileCard } from '../../src/elements/profile-card/profile-card.js';
import { englishProfileCardStrings } from '../../src/elements/profile-card/profile-card-strings.js';
import { signProfileToken, type SessionProfileInput } from '../../src/token/index.js';
import { expectAccessible } from '../helpers/accessibility.js';
import { nextEvent } from '../helpers/events.js';
import { saveScreenshot } from '../helpers/page-commands.js';
import { craftToken, generateTestKeyPair, signTestToken, type TestKeyPair } from '../helpers/keys.js';

const larry: SessionProfileInput = {
  displayName: 'Larry David',
  email: 'larry@example.com',
  userProfile: [
    ['organization', 'Seinfield'],
    ['title', 'Producer'],
    ['interests', 'comedy'],
  ],
};

function part(el: ShProfileCard, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

function text(el: ShProfileCard, name: string): string | undefined {
  return part(el, name)?.textContent?.trim();
}

async function settled(el: ShProfileCard): Promise<void> {
  await el.updateComplete;
  while (el.verifying) await new Promise((resolve) => setTimeout(resolve, 5));
  await el.updateComplete;
}

describe('<sh-profile-card>', () => {
  let host: TestKeyPair;
  let stranger: TestKeyPair;
  let token: string;

  before(async () => {
    [host, stranger] = await Promise.all([generateTestKeyPair('RS256'), generateTestKeyPair('RS256')]);
    token = await signProfileToken(host.privateKey, larry);
  });

  describe('with no token', () => {
    it('shows the empty state', async () => {
      const el = await fixture<ShProfileCard>(html`<sh-profile-card></sh-profile-card>`);
      expect(text(el, 'card')).to.equal(englishProfileCardStrings.empty);
      await expectAccessible(el);
    });
  });

  describe('with a valid token and the public key', () => {
    it('verifies and shows avatar, name, e-mail link and every pair', async () => {
      const el = await fixture<ShProfileCard>(html`<sh-profile-card></sh-profile-card>`);
      const verified = nextEvent(el, 'sh-profile-verified');
      el.publicKey = host.publicPem;
      el.token = token;
      const event = await verified;
      await settled(el);
      expect(event.profile.displayName).to.equal('Larry David');
      expect(text(el, 'name')).to.equal('Larry David');
      const email = part(el, 'email') as HTMLAnchorElement;
      expect(email.href).to.equal('mailto:larry@example.com');
      expect([...(el.shadowRoot?.querySelectorAll('[part~="key"]') ?? [])].map((dt) => dt.textContent)).to.deep.equal([
        'organization',
        'title',
        'interests',
      ]);
      expect([...(el.shadowRoot?.querySelectorAll('[part~="value"]') ?? [])].map((dd) => dd.textContent)).to.deep.equal([
        'Seinfield',
        'Producer',
        'comedy',
      ]);
      const avatar = part(el, 'avatar') as HTMLElement & { name: string; decorative: boolean };
      expect(avatar.name).to.equal('Larry David');
      expect(avatar.decorative).to.be.true;
      expect(part(el, 'badge')).to.equal(null);
      await expectAccessible(el);
      await saveScreenshot('profile-card-card', el);
    });

    it('takes the key from a child <script type="application/x-pem-file">', async () => {
      const el = await fixture<ShProfileCard>(html`<sh-profile-card .token=${token}>
        <script type="application/x-pem-file">
          ${host.publicPem}
        </script>
      </sh-profile-card>`);
      await settled(el);
      expect(text(el, 'name')).to.equal('Larry David');
    });

    it('takes a CryptoKey or a JWK through the key property', async () => {
      const el = await fixture<ShProfileCard>(html`<sh-profile-card .key=${host.publicKey} .token=${token}></sh-profile-card>`);
      await settled(el);
      expect(text(el, 'name')).to.equal('Larry David');
      el.key = host.publicJwk;
      await settled(el);
      expect(text(el, 'name')).to.equal('Larry David');
    });

    it('shows one row in layout="row": avatar, name and the first pair', async () => {
      const el = await fixture<ShProfileCard>(
        html`<sh-profile-card layout="row" public-key=${host.publicPem} .token=${token}></sh-profile-card>`,
      );
      await settled(el);
      expect(text(el, 'name')).to.equal('Larry David');
      expect(el.shadowRoot?.querySelectorAll('[part~="value"]').length).to.equal(1);
      expect(text(el, 'value')).to.equal('Seinfield');
      expect(part(el, 'details')).to.equal(null);
      const name = part(el, 'name') as HTMLElement;
      expect(getComputedStyle(name).textOverflow).to.equal('ellipsis');
      await expectAccessible(el);
      await saveScreenshot('profile-card-row', el);
    });

    it('shows only the avatar in layout="avatar", named and titled by the display name', async () => {
      const el = await fixture<ShProfileCard>(
        html`<sh-profile-card layout="avatar" public-key=${host.publicPem} .token=${token}></sh-profile-card>`,
      );
      await settled(el);
      const avatar = part(el, 'avatar') as HTMLElement;
      expect(avatar.getAttribute('aria-label')).to.equal('Larry David');
      expect(avatar.getAttribute('title')).to.equal('Larry David');
      expect(part(el, 'name')).to.equal(null);
      await expectAccessible(el);
      await saveScreenshot('profile-card-avatar', el);
    });

    it('wraps a very long name and value without overflowing the card', async () => {
      const long = await signProfileToken(host.privateKey, {
        displayName: 'Wolfeschlegelsteinhausenbergerdorff'.repeat(5),
        userProfile: [['bio', 'x'.repeat(600)]],
      });
      const el = await fixture<ShProfileCard>(
        html`<sh-profile-card style="width: 320px" public-key=${host.publicPem} .token=${long}></sh-profile-card>`,
      );
      await settled(el);
      const card = part(el, 'card') as HTMLElement;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.equal(320);
    });

    it('mirrors in dir="rtl": the avatar moves to the right', async () => {
      const el = await fixture<ShProfileCard>(
        html`<sh-profile-card dir="rtl" style="width: 400px" public-key=${host.publicPem} .token=${token}></sh-profile-card>`,
      );
      await settled(el);
      const avatar = (part(el, 'avatar') as HTMLElement).getBoundingClientRect();
      const name = (part(el, 'name') as HTMLElement).getBoundingClientRect();
      expect(avatar.left).to.be.greaterThan(name.right - 1);
      await expectAccessible(el);
      await saveScreenshot('profile-card-rtl', el);
    });
  });

  describe('in a page of a thousand rows', () => {
    const avatarOf = (card: ShProfileCard) =>
      card.shadowRoot?.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('sh-avatar') ?? null;
    const canvasIn = (card: ShProfileCard) => avatarOf(card)?.shadowRoot?.querySelector('canvas') ?? null;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

    async function thousandRows(): Promise<{ list: HTMLElement; cards: ShProfileCard[] }> {
      const tokens = await Promise.all(
        Array.from({ length: 40 }, (_, i) => signProfileToken(host.privateKey, { displayName: `Attendee ${i}` })),
      );
      const list = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 1000 }, (_, i) => html`<sh-profile-card layout="row" .publicKey=${host.publicPem} .token=${tokens[i % 40]}></sh-profile-card>`)}
      </div>`);
      const cards = [...list.querySelectorAll<ShProfileCard>('sh-profile-card')];
      await Promise.all(cards.map((card) => settled(card)));
      await Promise.all(cards.flatMap((card) => avatarOf(card)?.updateComplete ?? []));
      // Cards verified beyond the first 48 of a frame build their avatar once the browser has reported
      // them relevant, a few frames later.
      const firstScreenPainted = () => cards.slice(0, 12).every((card) => canvasIn(card)?.width === 32 * devicePixelRatio);
      for (let i = 0; i < 60 && !firstScreenPainted(); i += 1) await frame();
      return { list, cards };
    }

    it('lays out and paints only the rows near the viewport, and the others when scrolled to', async () => {
      const { list, cards } = await thousandRows();
      const first = cards[0];
      const last = cards[999];
      expect(text(first, 'name')).to.equal('Attendee 0');
      expect(text(last, 'name')).to.equal('Attendee 39');
      expect(part(first, 'card')?.checkVisibility({ contentVisibilityAuto: true })).to.be.true;
      expect(part(last, 'card')?.checkVisibility({ contentVisibilityAuto: true })).to.be.false;
      // Rows keep their height while skipped, so the page is as tall as a thousand rows.
      expect(list.getBoundingClientRect().height).to.be.closeTo(1000 * first.getBoundingClientRect().height, 1);
      expect(canvasIn(first)?.width).to.equal(32 * devicePixelRatio);
      last.scrollIntoView();
      for (let i = 0; i < 30 && canvasIn(last)?.width !== 32 * devicePixelRatio; i += 1) await frame();
      expect(canvasIn(last)?.width).to.equal(32 * devicePixelRatio);
      window.scrollTo(0, 0);
    });

    it('builds every avatar, a few frames later, when the page opts out of content-visibility', async () => {
      const cardToken = await signProfileToken(host.privateKey, { displayName: 'Opted Out' });
      const list = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 100 }, () => html`<sh-profile-card layout="row" style="content-visibility: visible" .publicKey=${host.publicPem} .token=${cardToken}></sh-profile-card>`)}
      </div>`);
      const cards = [...list.querySelectorAll<ShProfileCard>('sh-profile-card')];
      await Promise.all(cards.map((card) => settled(card)));
      for (let i = 0; i < 60 && cards.some((card) => avatarOf(card) === null); i += 1) await frame();
      expect(cards.filter((card) => avatarOf(card) !== null).length).to.equal(100);
    });

    it('builds avatars for the rows near the viewport only, when a thousand are appended at once', async () => {
      const { cards } = await thousandRows();
      // The first screen has its avatars, painted.
      const firstScreen = cards.slice(0, 12);
      expect(firstScreen.map((card) => canvasIn(card)?.width)).to.deep.equal(firstScreen.map(() => 32 * devicePixelRatio));
      const withAvatar = cards.filter((card) => avatarOf(card) !== null).length;
      expect(withAvatar).to.be.within(13, 200);
      // The others keep a placeholder of the avatar's size.
      const placeholder = part(cards[999], 'avatar') as HTMLElement;
      expect(placeholder.localName).to.equal('div');
      expect(getComputedStyle(placeholder).width).to.equal('32px');
    });
  });

  describe('while verifying', () => {
    it('draws the full skeleton for a screenful of cards added at once, the avatar placeholder for the rest', async () => {
      const jwksId = crypto.randomUUID();
      const jwk = { ...host.publicJwk, kid: 'slow', alg: 'RS256', use: 'sig' };
      await fetch(`/test-server/jwks/${jwksId}`, { method: 'PUT', body: JSON.stringify({ keys: [jwk] }) });
      const slowToken = await signProfileToken(host.privateKey, larry, { kid: 'slow' });
      const list = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 200 }, () => html`<sh-profile-card layout="row" jwks-url="/test-server/jwks/${jwksId}?delay=400" .token=${slowToken}></sh-profile-card>`)}
      </div>`);
      const cards = [...list.querySelectorAll<ShProfileCard>('sh-profile-card')];
      expect(cards.every((card) => card.verifying)).to.be.true;
      const withBars = cards.filter((card) => card.shadowRoot?.querySelector('.skeleton .bar'));
      expect(withBars.length).to.equal(48);
      expect(withBars[0]).to.equal(cards[0]);
      expect(cards.every((card) => card.shadowRoot?.querySelector('.skeleton .avatar-placeholder'))).to.be.true;
      const heights = new Set(cards.slice(0, 60).map((card) => Math.round(card.getBoundingClientRect().height)));
      expect([...heights], 'cards with and without the bars are as tall').to.have.length(1);
      await Promise.all(cards.map((card) => settled(card)));
    });

    it('shows a skeleton with the layout of the final card', async () => {
      const jwksId = crypto.randomUUID();
      const jwk = { ...host.publicJwk, kid: 'slow', alg: 'RS256', use: 'sig' };
      await fetch(`/test-server/jwks/${jwksId}`, { method: 'PUT', body: JSON.stringify({ keys: [jwk] }) });
      const slowToken = await signProfileToken(host.privateKey, larry, { kid: 'slow' });
      const el = await fixture<ShProfileCard>(
        html`<sh-profile-card jwks-url="/test-server/jwks/${jwksId}?delay=400" .token=${slowToken}></sh-profile-card>`,
      );
      expect(el.verifying).to.be.true;
      const skeleton = part(el, 'card') as HTMLElement;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      await expectAccessible(el);
      const skeletonHeight = el.getBoundingClientRect().height;
      await settled(el);
      expect(text(el, 'name')).to.equal('Larry David');
      const identity = el.shadowRoot?.querySelector('.identity') as HTMLElement;
      expect(identity.getBoundingClientRect().height).to.be.at.least(64);
      expect(skeletonHeight).to.be.at.least(64);
    });
  });

  describe('with a bad token', () => {
    const cases: Array<[string, () => Promise<{ token: string; attrs?: Partial<ShProfileCard> }>, string]> = [
      ['a malformed token', () => Promise.resolve({ token: 'not.a-token' }), 'malformed'],
      ['a token over 16 KiB', () => Promise.resolve({ token: `${'a'.repeat(9000)}.${'b'.repeat(9000)}.c` }), 'too-large'],
      [
        'alg none',
        () => Promise.resolve({ token: craftToken({ header: { alg: 'none', typ: 'JWT' }, payload: { displayName: 'Eve' } }) }),
        'algorithm',
      ],
      ['a token signed by another key', async () => ({ token: await signProfileToken(stranger.privateKey, larry) }), 'signature'],
      [
        'an expired token',
        async () => ({ token: await signProfileToken(host.privateKey, larry, { currentDate: new Date(Date.now() - 3_600_000) }) }),
        'expired',
      ],
      [
        'a token issued in the future',
        async () => ({ token: await signProfileToken(host.privateKey, larry, { currentDate: new Date(Date.now() + 3_600_000) }) }),
        'not-yet-valid',
      ],
      [
        'a token whose displayName is a number',
        async () => ({
          token: await signTestToken({ displayName: 42, iat: Math.floor(Date.now() / 1000) }, { key: host.privateKey }),
        }),
        'claims',
      ],
      ['no key at all', () => Promise.resolve({ token, attrs: { publicKey: null } }), 'key'],
    ];
    for (const [kind, make, code] of cases) {
      it(`shows the ${code} message for ${kind}, with the code, and fires sh-profile-error`, async () => {
        const { token: badToken, attrs } = await make();
        const el = await fixture<ShProfileCard>(html`<sh-profile-card public-key=${host.publicPem}></sh-profile-card>`);
        Object.assign(el, attrs);
        const failed = nextEvent(el, 'sh-profile-error');
        el.token = badToken;
        const event = await failed;
        await el.updateComplete;
        expect(event.code).to.equal(code);
        const error = part(el, 'error') as HTMLElement;
        expect(error.getAttribute('role')).to.equal('alert');
        const message = englishProfileCardStrings.errors[code as keyof typeof englishProfileCardStrings.errors];
        expect(error.textContent).to.contain(message);
        expect(error.textContent).to.contain(`Error code: ${code}`);
        expect(el.shadowRoot?.textContent).not.to.contain(badToken.slice(0, 40));
        expect(part(el, 'name')).to.equal(null);
        await expectAccessible(el);
        if (code === 'expired') await saveScreenshot('profile-card-error', el);
      });
    }

    it('uses replacement strings', async () => {
      const el = await fixture<ShProfileCard>(
        html`<sh-profile-card .strings=${{ errors: { malformed: 'Lien abîmé.' }, errorCode: 'Code' }} .token=${'x'}
          public-key=${host.publicPem}></sh-profile-card>`,
      );
      await settled(el);
      expect(text(el, 'error')).to.contain('Lien abîmé.');
      expect(text(el, 'error')).to.contain('Code: malformed');
    });
  });

  describe('with unverified', () => {
    it('decodes without a key and shows the Unverified badge', async () => {
      const el = await fixture<ShProfileCard>(html`<sh-profile-card unverified .token=${token}></sh-profile-card>`);
      await settled(el);
      expect(text(el, 'name')).to.equal('Larry David');
      expect(text(el, 'badge')).to.equal('Unverified');
      await expectAccessible(el);
      await saveScreenshot('profile-card-unverified', el);
    });
  });

  describe('with a profile verified elsewhere', () => {
    it('shows it after parseProfile, and refuses a bad one', async () => {
      const el = await fixture<ShProfileCard>(html`<sh-profile-card .profile=${{ displayName: 'Elaine Benes' }}></sh-profile-card>`);
      await settled(el);
      expect(text(el, 'name')).to.equal('Elaine Benes');
      const failed = nextEvent(el, 'sh-profile-error');
      el.profile = { displayName: '   ' };
      expect((await failed).code).to.equal('claims');
    });
  });

  describe('when inputs change', () => {
    it('drops a verification made stale by a newer token', async () => {
      const jwksId = crypto.randomUUID();
      const jwk = { ...host.publicJwk, kid: 'k', alg: 'RS256' };
      await fetch(`/test-server/jwks/${jwksId}`, { method: 'PUT', body: JSON.stringify({ keys: [jwk] }) });
      const first = await signProfileToken(host.privateKey, { displayName: 'First Attendee' }, { kid: 'k' });
      const second = await signProfileToken(host.privateKey, { displayName: 'Second Attendee' }, { kid: 'k' });
      const el = await fixture<ShProfileCard>(
        html`<sh-profile-card jwks-url="/test-server/jwks/${jwksId}?delay=300" .token=${first}></sh-profile-card>`,
      );
      const shown: string[] = [];
      el.addEventListener('sh-profile-verified', (event) => shown.push(event.profile.displayName));
      el.token = second;
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(shown).to.deep.equal(['Second Attendee']);
      expect(text(el, 'name')).to.equal('Second Attendee');
    });

    it('moves to the expired state when exp passes while shown', async () => {
      const shortLived = await signProfileToken(host.privateKey, larry, { expiresIn: 1 });
      const el = await fixture<ShProfileCard>(
        html`<sh-profile-card clock-tolerance="0" public-key=${host.publicPem} .token=${shortLived}></sh-profile-card>`,
      );
      await settled(el);
      expect(text(el, 'name')).to.equal('Larry David');
      const failed = nextEvent(el, 'sh-profile-error');
      expect((await failed).code).to.equal('expired');
      await el.updateComplete;
      expect(text(el, 'error')).to.contain(englishProfileCardStrings.errors.expired);
    });

    it('keeps showing the profile after exp with ignore-expiry-after-verify', async () => {
      const shortLived = await signProfileToken(host.privateKey, larry, { expiresIn: 1 });
      const el = await fixture<ShProfileCard>(
        html`<sh-profile-card ignore-expiry-after-verify clock-tolerance="0" public-key=${host.publicPem}
          .token=${shortLived}></sh-profile-card>`,
      );
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 1300));
      expect(text(el, 'name')).to.equal('Larry David');
    });
  });

  describe('with token-param', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('reads the token from the query and removes only it from the address bar', async () => {
      history.replaceState(null, '', `?lang=fr&token=${token}&x=1#section`);
      const el = await fixture<ShProfileCard>(html`<sh-profile-card token-param="token" public-key=${host.publicPem}></sh-profile-card>`);
      await settled(el);
      expect(text(el, 'name')).to.equal('Larry David');
      expect(location.search).to.equal('?lang=fr&x=1');
      expect(location.hash).to.equal('#section');
      expect(location.href).not.to.contain(token.slice(0, 20));
    });

    it('reads the token from the fragment', async () => {
      history.replaceState(null, '', `#token=${token}&view=card`);
      const el = await fixture<ShProfileCard>(html`<sh-profile-card token-param="token" public-key=${host.publicPem}></sh-profile-card>`);
      await settled(el);
      expect(text(el, 'name')).to.equal('Larry David');
      expect(location.hash).to.equal('#view=card');
    });

    it('leaves the URL alone with keep-token-in-url', async () => {
      history.replaceState(null, '', `?token=${token}`);
      const el = await fixture<ShProfileCard>(
        html`<sh-profile-card token-param="token" keep-token-in-url public-key=${host.publicPem}></sh-profile-card>`,
      );
      await settled(el);
      expect(location.search).to.equal(`?token=${token}`);
    });
  });

  describe('with hostile claims', () => {
    const probe = '<img src=/test-server/missing/xss.png onerror="window.__xss=1"><script>window.__xss=2</script>';
    it('renders every claim as text, adding no element, attribute or request', async () => {
      const hostile = await signProfileToken(host.privateKey, {
        displayName: probe,
        email: `"><img/src=x>@example.com`,
        userProfile: [
          [probe, probe],
          ['javascript:alert(1)', '<a href="javascript:alert(1)">x</a>'],
        ],
      });
      const el = await fixture<ShProfileCard>(html`<sh-profile-card public-key=${host.publicPem} .token=${hostile}></sh-profile-card>`);
      await settled(el);
      const root = el.shadowRoot as ShadowRoot;
      expect(text(el, 'name')).to.equal(probe);
      expect(root.querySelectorAll('img, script, iframe, object').length).to.equal(0);
      expect(root.querySelectorAll('a').length).to.equal(1);
      expect((root.querySelector('a') as HTMLAnchorElement).protocol).to.equal('mailto:');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('xss.png'))).to.be.false;
      await expectAccessible(el);
    });
  });
});
