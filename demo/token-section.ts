// Section 4, Token: the token the cards verify, its three segments coloured and decoded, the event URL
// an attendee would open, and a field for verifying a token signed by the host's own server.
import { html, nothing, render } from 'lit';
import { decodeTokenSegments } from './token-segments.js';
import { tokenBreaks } from './token-breaks.js';
import { byId } from './page-elements.js';
import type { PlaygroundState } from './playground-state.js';

export function setUpTokenSection(state: PlaygroundState): void {
  const source = byId('token-source', HTMLElement);
  const tokenText = byId('token-text', HTMLElement);
  const header = byId('token-header', HTMLElement);
  const payload = byId('token-payload', HTMLElement);
  const times = byId('token-times', HTMLElement);
  const signature = byId('token-signature', HTMLElement);
  const eventUrl = byId('event-url', HTMLInputElement);
  const eventLink = byId('event-link', HTMLAnchorElement);
  const pastedDetails = byId('pasted-token-details', HTMLDetailsElement);
  const pasted = byId('pasted-token', HTMLTextAreaElement);
  const resign = byId('resign-token', HTMLButtonElement);

  const show = (): void => {
    const token = state.token;
    const segments = token ? decodeTokenSegments(token) : null;
    source.textContent = describeSource(state);
    render(
      segments
        ? html`<span class="token-header-color">${segments.header}</span>.<span class="token-payload-color">${segments.payload}</span>.<span
              class="token-signature-color"
              >${segments.signature}</span
            >`
        : html`<span class="hint">No token.</span>`,
      tokenText,
    );
    header.textContent = segments?.headerJson ?? '';
    payload.textContent = segments?.payloadJson ?? '';
    render(segments?.times.length ? segments.times.map((line) => html`<span class="time-line">${line}</span>`) : nothing, times);
    signature.textContent = segments ? segments.signatureSummary : '';
    resign.disabled = !state.keys?.privateKeyPem || state.pastedToken !== null;
    showEventLink();
  };

  const showEventLink = (): void => {
    const token = state.token;
    let href = '';
    try {
      const url = new URL(eventUrl.value || defaultEventUrl());
      if (token) url.searchParams.set('token', token);
      href = url.href;
    } catch {
      href = '';
    }
    eventLink.href = href || '#token';
    eventLink.textContent = href || 'Enter an absolute event page URL above.';
  };

  eventUrl.value = defaultEventUrl();
  eventUrl.addEventListener('input', showEventLink);
  resign.addEventListener('click', () => void state.resign());
  byId('verify-pasted-token', HTMLButtonElement).addEventListener('click', () => {
    const token = pasted.value.trim();
    void state.update({ pastedToken: token || null });
  });
  byId('forget-pasted-token', HTMLButtonElement).addEventListener('click', () => {
    pasted.value = '';
    void state.update({ pastedToken: null });
  });
  state.addEventListener('change', () => {
    if (state.pastedToken !== null && pasted.value.trim() !== state.pastedToken) pasted.value = state.pastedToken;
    if (state.pastedToken !== null) pastedDetails.open = true;
    show();
  });
  show();
}

/** This playground without query or fragment: it reads `?token=` like an event page. */
function defaultEventUrl(): string {
  return `${location.origin}${location.pathname}`;
}

function describeSource(state: PlaygroundState): string {
  const broken = state.broken && tokenBreaks.find((candidate) => candidate.id === state.broken?.id);
  if (broken) return `Broken on purpose (${broken.label.toLowerCase()}); the cards should refuse it.`;
  if (state.pastedToken !== null) {
    return 'A token from your own server (pasted, or read from ?token= in the page URL), verified with the public key under Keys.';
  }
  if (state.signedToken) return 'Signed in this page with signProfileToken (RS256) and the private key under Keys.';
  return state.signProblem ?? 'No token yet.';
}
