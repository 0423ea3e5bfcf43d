// Section 3, Result: the token in <sh-profile-card> in each layout, what the cards reported, and the
// buttons that break the token on purpose with the error code and messages each one produced.
import { html, nothing, render } from 'lit';
import { ProfileTokenError, verifyProfileToken, type ProfileTokenErrorCode } from '../src/token/index.js';
import { ShProfileCard } from '../src/index.js';
import { byId } from './page-elements.js';
import type { PlaygroundState } from './playground-state.js';
import { breakToken, tokenBreaks, type TokenBreak, type TokenBreakId } from './token-breaks.js';

/** What a card last reported, for the token it was given. */
interface CardOutcome {
  readonly token: string | null;
  readonly code: ProfileTokenErrorCode | null;
  readonly message: string;
}

/** A break's state: running, failed to produce a token, or the verdict on the token it produced. */
type BreakResult =
  | { readonly kind: 'working' }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'refused';
      readonly code: ProfileTokenErrorCode | null;
      readonly attendeeMessage: string;
      readonly developerMessage: string;
    };

const layouts = ['card', 'row', 'avatar'] as const;

export function setUpResultSection(state: PlaygroundState): void {
  const cards = layouts.map((layout) => byId(`card-layout-${layout}`, ShProfileCard));
  const [mainCard] = cards;
  const status = byId('card-status', HTMLElement);
  const breakList = byId('token-breaks', HTMLUListElement);
  const restore = byId('restore-token', HTMLButtonElement);
  const outcomes = new Map<ShProfileCard, CardOutcome>();
  const results = new Map<TokenBreakId, BreakResult>();
  const waiting = new Set<(outcome: CardOutcome) => void>();

  for (const card of cards) {
    const report = (outcome: CardOutcome): void => {
      outcomes.set(card, outcome);
      showStatus();
      if (card === mainCard) for (const resolve of waiting) resolve(outcome);
    };
    card.addEventListener('sh-profile-verified', (event) =>
      report({ token: card.token, code: null, message: `verified: ${event.profile.displayName}` }),
    );
    card.addEventListener('sh-profile-error', (event) => report({ token: card.token, code: event.code, message: event.message }));
  }

  const showStatus = (): void => {
    const main = mainCard ? outcomes.get(mainCard) : undefined;
    const expiredWhileShown = !state.broken && state.pastedToken === null && main?.token === state.token && main?.code === 'expired';
    render(
      html`${cards.map((card) => {
        const outcome = outcomes.get(card);
        const name = `layout="${card.layout}"`;
        const text =
          !outcome || outcome.token !== card.token
            ? 'verifying…'
            : outcome.code
              ? `sh-profile-error, code "${outcome.code}"`
              : `sh-profile-verified, ${outcome.message.replace(/^verified: /, '')}`;
        return html`<span class="status-line"><code>${name}</code>: ${text}</span>`;
      })}${expiredWhileShown
        ? html`<span class="status-line">The token's exp (plus 60 s tolerance) passed while it was shown. "Sign again" under Token makes a fresh one.</span>`
        : nothing}`,
      status,
    );
  };

  /** The main card's report for `token`: the one it already gave, or the next one. */
  const outcomeFor = (token: string): Promise<CardOutcome> => {
    const known = mainCard ? outcomes.get(mainCard) : undefined;
    if (known?.token === token && mainCard?.token === token) return Promise.resolve(known);
    return new Promise((resolve) => {
      const take = (outcome: CardOutcome): void => {
        if (outcome.token !== token) return;
        waiting.delete(take);
        resolve(outcome);
      };
      waiting.add(take);
    });
  };

  const runBreak = async (tokenBreak: TokenBreak): Promise<void> => {
    const base = state.baseToken;
    const keys = state.keys;
    if (!base || !keys) return;
    results.set(tokenBreak.id, { kind: 'working' });
    showBreaks();
    try {
      const token = await breakToken(tokenBreak.id, { token: base, privateKeyPem: keys.privateKeyPem, expiresIn: state.expiresIn });
      const shown = outcomeFor(token);
      state.showBroken({ id: tokenBreak.id, token });
      const [outcome, developerMessage] = await Promise.all([shown, developerMessageFor(token, keys.publicKeyPem)]);
      results.set(tokenBreak.id, { kind: 'refused', code: outcome.code, attendeeMessage: outcome.message, developerMessage });
    } catch (error) {
      results.set(tokenBreak.id, { kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    showBreaks();
  };

  const showBreaks = (): void => {
    const base = state.baseToken;
    render(
      tokenBreaks.map((tokenBreak) => {
        const result = results.get(tokenBreak.id);
        const unavailable = !base
          ? 'There is no valid token to break.'
          : tokenBreak.needsPrivateKey && !state.keys?.privateKeyPem
            ? 'Needs the private key (it signs again).'
            : null;
        return html`<li class="token-break" data-break=${tokenBreak.id}>
          <div class="token-break-action">
            <button
              type="button"
              aria-describedby=${`break-${tokenBreak.id}-description`}
              aria-pressed=${state.broken?.id === tokenBreak.id ? 'true' : 'false'}
              ?disabled=${unavailable !== null || result?.kind === 'working'}
              @click=${() => void runBreak(tokenBreak)}
            >
              ${tokenBreak.label}
            </button>
            <span id=${`break-${tokenBreak.id}-description`} class="hint"
              >${tokenBreak.description} Expected: <code>${tokenBreak.expectedCode}</code>.${unavailable ? ` ${unavailable}` : nothing}</span
            >
          </div>
          ${renderBreakResult(tokenBreak, result)}
        </li>`;
      }),
      breakList,
    );
    restore.disabled = state.broken === null;
  };

  restore.addEventListener('click', () => state.showBroken(null));
  state.addEventListener('change', () => {
    const keys = state.keys;
    for (const card of cards) {
      card.publicKey = keys?.publicKeyPem ?? null;
      card.token = state.token;
    }
    showStatus();
    showBreaks();
  });
  showBreaks();
}

function renderBreakResult(tokenBreak: TokenBreak, result: BreakResult | undefined) {
  if (result === undefined) return nothing;
  if (result.kind === 'working') return html`<p class="break-result">Breaking…</p>`;
  if (result.kind === 'failed') return html`<p class="break-result problem">${result.message}</p>`;
  const expected = result.code === tokenBreak.expectedCode;
  return html`<div class="break-result ${expected ? 'as-expected' : 'unexpected'}" data-code=${result.code ?? 'verified'}>
    <p class="break-code">
      ${expected ? '✓ Refused with' : '✗ Got'} <code>${result.code ?? 'no error: verified'}</code>${expected
        ? ', as expected.'
        : `, expected ${tokenBreak.expectedCode}.`}
    </p>
    <p><span class="result-label">Attendee sees:</span> ${result.attendeeMessage}</p>
    <p><span class="result-label">Developer message:</span> ${result.developerMessage}</p>
  </div>`;
}

/** verifyProfileToken's own message (with its `detail`), which the card keeps out of the attendee's sight. */
async function developerMessageFor(token: string, publicKeyPem: string): Promise<string> {
  try {
    await verifyProfileToken(token, publicKeyPem);
    return 'verifyProfileToken accepted the token.';
  } catch (error) {
    return error instanceof ProfileTokenError ? error.message : String(error);
  }
}
