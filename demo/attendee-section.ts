// Section 5, Attendee list: signs 1,000 or 10,000 made-up attendees in the page, hands the tokens to
// <sh-attendee-list> and the people to <sh-avatar-group>, and shows how long each step took. Built
// only when the library registers both elements, so the rest of the page works without them.
import { signAttendees } from './attendee-signing.js';
import { generateAttendees } from './attendees.js';
import { demoAvatarUrls, signedAvatarsShow } from './demo-avatars.js';
import { byId } from './page-elements.js';
import type { PlaygroundState } from './playground-state.js';
import { breakToken, type TokenBreakId } from './token-breaks.js';

/** The parts of <sh-attendee-list> the playground uses (kept structural: the element is optional here). */
interface AttendeeListElement extends HTMLElement {
  tokens: readonly string[];
  publicKey: string | null;
  filterable: boolean;
  readonly verifying: boolean;
  readonly updateComplete: Promise<boolean>;
}

/** The parts of <sh-avatar-group> the playground uses. */
interface AvatarGroupElement extends HTMLElement {
  items: readonly { name: string; src?: string | null; colorKey?: string | null }[];
  max: number;
  total: number | null;
  label: string | null;
  readonly updateComplete: Promise<boolean>;
}

/** The broken tokens mixed in on request, one per kind, so the list's error summary has something to say. */
const brokenKinds: readonly TokenBreakId[] = ['flip-signature', 'expire', 'strip-display-name'];
const numbers = new Intl.NumberFormat('en');

export function setUpAttendeeSection(state: PlaygroundState): void {
  const controls = byId('attendee-controls', HTMLFormElement);
  const generate = byId('generate-attendees', HTMLButtonElement);
  const status = byId('attendee-status', HTMLElement);
  const missing = ['sh-attendee-list', 'sh-avatar-group'].filter((name) => !customElements.get(name));
  if (missing.length) {
    const note = byId('attendees-unavailable', HTMLElement);
    note.hidden = false;
    note.textContent = `Not available in this build: ${missing.map((name) => `<${name}>`).join(' and ')} ${
      missing.length === 1 ? 'is' : 'are'
    } not registered by social-hour-profile/define yet, so this section cannot run.`;
    for (const control of controls.elements) if (control instanceof HTMLButtonElement || control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.disabled = true;
    document.getElementById('attendee-timings')?.setAttribute('hidden', '');
    return;
  }

  const list = document.createElement('sh-attendee-list') as AttendeeListElement;
  list.filterable = true;
  byId('attendee-list-slot', HTMLElement).append(list);
  const group = document.createElement('sh-avatar-group') as AvatarGroupElement;
  group.label = 'Who is here';
  byId('avatar-group-slot', HTMLElement).append(group);

  byId('attendee-avatar-note', HTMLElement).textContent = signedAvatarsShow
    ? 'Avatar images come from this page\'s own demo/avatars/.'
    : `Avatar images come from this page's own demo/avatars/. The list shows initials for them anyway: its tokens go through ` +
      `the verifier, which keeps only https: avatarUrl values, and this page is served over ${location.protocol.replace(':', '')}. ` +
      'The avatar group takes image URLs directly (same-origin images are allowed), so it shows them.';

  list.addEventListener('sh-attendee-select', (event: Event) => {
    const profile = (event as Event & { profile?: { displayName?: string } }).profile;
    byId('attendee-selected', HTMLElement).textContent = profile?.displayName ? `Selected: ${profile.displayName}` : '';
  });
  list.addEventListener('sh-list-errors', (event: Event) => {
    const errors = (event as Event & { errors?: readonly { index: number; code: string }[] }).errors ?? [];
    status.dataset.errors = String(errors.length);
    status.textContent = `sh-list-errors: ${errors.map(({ index, code }) => `#${index} ${code}`).join(', ')}`;
  });

  const update = (): void => {
    generate.disabled = !state.keys?.privateKeyPem;
    if (generate.disabled) status.textContent = 'The attendee tokens are signed in the page: this needs the private key under Keys.';
  };
  state.addEventListener('change', update);
  update();

  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    const keys = state.keys;
    if (!keys?.privateKeyPem) return;
    generate.disabled = true;
    void run({
      list,
      group,
      status,
      count: Number(byId('attendee-count', HTMLSelectElement).value),
      withAvatars: byId('attendee-avatars', HTMLInputElement).checked,
      withBroken: byId('attendee-broken', HTMLInputElement).checked,
      publicKeyPem: keys.publicKeyPem,
      privateKeyPem: keys.privateKeyPem,
    }).finally(() => {
      generate.disabled = false;
    });
  });
}

interface Run {
  readonly list: AttendeeListElement;
  readonly group: AvatarGroupElement;
  readonly status: HTMLElement;
  readonly count: number;
  readonly withAvatars: boolean;
  readonly withBroken: boolean;
  readonly publicKeyPem: string;
  readonly privateKeyPem: string;
}

async function run({ list, group, status, count, withAvatars, withBroken, publicKeyPem, privateKeyPem }: Run): Promise<void> {
  const timing = (id: string, text: string): void => {
    byId(id, HTMLElement).textContent = text;
  };
  for (const id of ['timing-sign', 'timing-verify', 'timing-render', 'timing-group']) timing(id, '…');
  delete status.dataset.errors;
  delete status.dataset.done;
  const attendees = generateAttendees(count, { avatarUrls: withAvatars ? demoAvatarUrls : [] });

  // Signing is the host's job; the page does it (in workers) only to have tokens to verify.
  const signStart = performance.now();
  const signing = (signed: number): void => {
    status.textContent = `Signing ${numbers.format(signed)} of ${numbers.format(count)} tokens in the page…`;
  };
  signing(0);
  const tokens = await signAttendees(privateKeyPem, attendees, signing);
  if (withBroken) {
    for (const [offset, kind] of brokenKinds.entries()) {
      const at = Math.floor(((offset + 1) * tokens.length) / (brokenKinds.length + 1));
      const token = tokens[at];
      if (token) tokens[at] = await breakToken(kind, { token, privateKeyPem, expiresIn: 300 });
    }
  }
  timing('timing-sign', `${milliseconds(performance.now() - signStart)} for ${numbers.format(count)} RS256 tokens (in workers)`);

  // The group: people straight from the generator (their images are same-origin, so they show), those
  // with an image and those without taking turns, so both kinds are in the visible stack.
  const groupStart = performance.now();
  const withImage = attendees.filter((attendee) => attendee.avatarUrl);
  const withoutImage = attendees.filter((attendee) => !attendee.avatarUrl);
  group.items = alternate(withImage, withoutImage, 12).map((attendee) => ({
    name: attendee.displayName,
    src: attendee.avatarUrl ?? null,
    colorKey: attendee.email ?? null,
  }));
  group.total = count;
  await group.updateComplete;
  await nextFrame();
  timing('timing-group', milliseconds(performance.now() - groupStart));

  // The list: verification runs in batches; poll each frame for the first rows and for the end.
  status.textContent = `Verifying ${numbers.format(tokens.length)} tokens in <sh-attendee-list>…`;
  const listStart = performance.now();
  list.publicKey = publicKeyPem;
  list.tokens = tokens;
  let firstRows: number | null = null;
  await list.updateComplete;
  while (list.verifying || firstRows === null) {
    if (firstRows === null && list.shadowRoot?.querySelector('[role="listitem"]')) firstRows = performance.now() - listStart;
    if (!list.verifying && firstRows === null) break;
    await nextFrame();
  }
  const verified = performance.now() - listStart;
  await list.updateComplete;
  await nextFrame();
  const rendered = performance.now() - listStart;
  timing('timing-verify', `${milliseconds(verified)} for ${numbers.format(tokens.length)} tokens (measured to the frame)`);
  timing('timing-render', `${milliseconds(firstRows ?? rendered)} until the first rows; ${milliseconds(rendered)} until all were in and painted`);
  status.dataset.done = String(count);
  const refused = Number(status.dataset.errors ?? 0);
  status.textContent = `${numbers.format(tokens.length - refused)} attendees shown${refused ? `, ${refused} refused (see the summary in the list)` : ''}.`;
}

/** Up to `count` items, taken from `first` and `second` in turn. */
function alternate<T>(first: readonly T[], second: readonly T[], count: number): T[] {
  const taken: T[] = [];
  for (let index = 0; taken.length < count && index < Math.max(first.length, second.length); index += 1) {
    for (const item of [first[index], second[index]]) if (item !== undefined && taken.length < count) taken.push(item);
  }
  return taken;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function milliseconds(value: number): string {
  return `${numbers.format(Math.round(value))} ms`;
}
