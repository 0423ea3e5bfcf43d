// <sh-profile-card>: verifies a profile token and shows the attendee as a card, a row or an avatar.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  ProfileTokenError,
  decodeProfileToken,
  parseProfile,
  verifyProfileToken,
  type ProfileKey,
  type ProfileTokenErrorCode,
  type SessionProfile,
  type VerifyOptions,
} from '../../token/index.js';
import { avatarColorKey } from '../../initials/index.js';
import { ShProfileErrorEvent, ShProfileVerifiedEvent } from './events.js';
import { profileCardStyles } from './profile-card.styles.js';
import { profileCardStrings, type ProfileCardStrings } from './profile-card-strings.js';
import { tokenInUrl } from './token-in-url.js';
import { ProfileVerificationMixin } from '../internal/profile-verification.js';

export const profileCardLayouts = ['card', 'row', 'avatar'] as const;
export type ProfileCardLayout = (typeof profileCardLayouts)[number];

/** What the card shows: the profile and whether a signature vouches for it. */
interface ShownProfile {
  readonly profile: SessionProfile;
  readonly verified: boolean;
}

const avatarSizes: Record<ProfileCardLayout, number> = { card: 64, row: 32, avatar: 40 };
/** setTimeout's limit; an expiry further away is re-armed when it is reached. */
const maxTimerDelay = 2 ** 31 - 1;

/**
 * How many cards may build their avatar (or draw their full skeleton) before the next frame without knowing
 * whether anyone can see them: more than a screenful. Beyond it (a page appending a thousand cards at once)
 * a card waits until the browser says it is relevant (`content-visibility: auto`), so cards far off screen
 * never build one.
 */
const unseenPerFrame = 48;
const relevanceEvents = typeof ContentVisibilityAutoStateChangeEvent === 'function';

/** A function that says yes `unseenPerFrame` times between two frames. */
function perFrameBudget(): () => boolean {
  let spent = 0;
  return () => {
    if (!relevanceEvents) return true;
    if (spent === 0) requestAnimationFrame(() => (spent = 0));
    spent += 1;
    return spent <= unseenPerFrame;
  };
}

const mayBuildAvatarUnseen = perFrameBudget();
const mayDrawSkeletonUnseen = perFrameBudget();

/**
 * Cards waiting for the browser's first word on their relevance. A card that does not get one within two
 * frames has no `content-visibility: auto` (the page opted out) and builds its avatar then.
 */
const awaitingRelevance = new Set<{ relevanceUnreported(): void }>();

function awaitRelevance(card: { relevanceUnreported(): void }): void {
  if (awaitingRelevance.size === 0) {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        for (const waiting of awaitingRelevance) waiting.relevanceUnreported();
        awaitingRelevance.clear();
      }),
    );
  }
  awaitingRelevance.add(card);
}

function looksLikeEmailAddress(email: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(email);
}

/**
 * Shows the attendee a Social hour profile token describes, once its RS256 signature and claims check out.
 * Everything the token says is rendered as text; the token itself is never shown, logged or reflected.
 *
 * In the `card` and `row` layouts the element has `content-visibility: auto`, so a page of a thousand cards
 * lays out and paints only those near the viewport; when hundreds are added at once, the ones far away build
 * their (decorative) avatar when they come near. `content-visibility: visible` on the element opts out.
 *
 * @summary Verified attendee profile card.
 *
 * @csspart card - The box of every state.
 * @csspart avatar - The `<sh-avatar>`.
 * @csspart name - The display name.
 * @csspart email - The `mailto:` link (or text, when the e-mail is not an address).
 * @csspart details - The `<dl>` of the `userProfile` pairs.
 * @csspart key - A pair's label (`<dt>`).
 * @csspart value - A pair's value (`<dd>`).
 * @csspart error - The error message and code.
 * @csspart badge - The "Unverified" badge.
 *
 * @cssprop [--sh-card-background=#ffffff] - Card background (dark scheme: #161b22).
 * @cssprop [--sh-card-color=#1b1f24] - Text colour.
 * @cssprop [--sh-card-muted-color=#57606a] - Labels and secondary text.
 * @cssprop [--sh-card-border-color=#d0d7de] - Border.
 * @cssprop [--sh-card-accent-color=#0b5cad] - The e-mail link.
 * @cssprop [--sh-card-error-color=#a40e26] - Error text and border.
 * @cssprop [--sh-card-skeleton-color=#e7ebef] - Placeholder bars while verifying.
 * @cssprop --sh-card-badge-background - Background of the "Unverified" badge.
 * @cssprop --sh-card-badge-color - Text of the "Unverified" badge.
 * @cssprop [--sh-card-radius=12px] - Corner radius.
 * @cssprop [--sh-card-padding=16px] - Inner padding.
 * @cssprop [--sh-card-gap=12px] - Space between avatar, text and pairs.
 * @cssprop --sh-card-font-family - Font; defaults to the system UI stack.
 * @cssprop [--sh-card-font-size=14px] - Base font size.
 *
 * @fires sh-profile-verified - A profile is shown; `profile` holds it.
 * @fires sh-profile-error - An error is shown instead; `code` and `message` say which.
 */
export class ShProfileCard extends ProfileVerificationMixin(LitElement) {
  static override styles = profileCardStyles;

  /** The signed profile token (a compact RS256 JWT). Never reflected. */
  @property() token: string | null = null;
  /** Read the token from this query or fragment parameter of the page URL, then remove it from the address bar. */
  @property({ attribute: 'token-param' }) tokenParam: string | null = null;
  /** Leave the token in the address bar when it was read through `token-param`. */
  @property({ type: Boolean, attribute: 'keep-token-in-url' }) keepTokenInUrl = false;
  /** Keep showing a verified profile after its `exp` passes. */
  @property({ type: Boolean, attribute: 'ignore-expiry-after-verify' }) ignoreExpiryAfterVerify = false;
  /** A profile the host verified elsewhere; still checked with `parseProfile`. */
  @property({ attribute: false }) profile: unknown = null;
  /** Show a token without a key, marked with an "Unverified" badge (previews only). */
  @property({ type: Boolean }) unverified = false;
  /** `card` (default), `row` or `avatar`. */
  @property({ reflect: true }) layout: ProfileCardLayout = 'card';
  /** Replacement user-facing strings (i18n); English by default. */
  @property({ attribute: false }) strings: Partial<ProfileCardStrings> | null = null;

  /** The shown profile whose `exp` passed while it was on screen. */
  @state() private expiredProfile: SessionProfile | null = null;

  private readonly verification = new Task(this, {
    task: ([token, profile, unverified, key, options], { signal }) =>
      this.verify(token, profile, unverified, key, options, signal),
    args: () => [this.token, this.profile, this.unverified, this.verificationKey(), this.verifyOptionsKey()] as const,
    onComplete: (shown) => this.handleVerified(shown),
    onError: (error) => this.handleFailed(error),
  });
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Whether the browser skips rendering the card's contents (`content-visibility: auto`, far from the
   * viewport); `null` until it has said.
   */
  private contentSkipped: boolean | null = null;
  /** The avatar waits until the card is relevant. */
  private avatarDeferred = false;

  constructor() {
    super();
    this.addEventListener('contentvisibilityautostatechange', (event) => {
      const { skipped } = event as ContentVisibilityAutoStateChangeEvent;
      this.contentSkipped = skipped;
      if (!skipped && this.avatarDeferred) this.requestUpdate();
    });
  }

  /** Whether the card is checking a token right now. */
  get verifying(): boolean {
    return this.verification.status === TaskStatus.PENDING;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.tokenParam && !this.token) this.takeTokenFromUrl(this.tokenParam);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.expiryTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout') && !profileCardLayouts.includes(this.layout)) this.layout = 'card';
    if (changed.has('tokenParam') && this.tokenParam && !this.token && this.isConnected) {
      this.takeTokenFromUrl(this.tokenParam);
    }
  }

  override render() {
    const strings = profileCardStrings(this.strings);
    if (this.expiredProfile && this.expiredProfile === this.verification.value?.profile) {
      return this.renderError('expired', strings);
    }
    return this.verification.render({
      initial: () => this.renderEmpty(strings),
      pending: () => this.renderSkeleton(strings),
      complete: (shown) => (shown ? this.renderProfile(shown, strings) : this.renderEmpty(strings)),
      error: (error) => this.renderError(this.errorCode(error), strings),
    });
  }

  private renderEmpty(strings: ProfileCardStrings): TemplateResult {
    if (this.layout === 'avatar') return html`<sh-avatar part="avatar" label=${strings.empty}></sh-avatar>`;
    return html`<div part="card" class="card"><p class="message">${strings.empty}</p></div>`;
  }

  private renderSkeleton(strings: ProfileCardStrings): TemplateResult {
    if (this.layout === 'avatar') {
      return html`<div class="skeleton" role="img" aria-label=${strings.verifying}>
        <div class="avatar-placeholder"></div>
      </div>`;
    }
    // Beyond a screenful of cards at once, the ones not known to be seen keep only the avatar's placeholder,
    // which gives the card its height.
    const bars = this.contentSkipped === false || (this.contentSkipped === null && mayDrawSkeletonUnseen());
    return html`<div part="card" class="card skeleton" role="status" aria-label=${strings.verifying} aria-busy="true">
      <div class="avatar-placeholder"></div>
      ${bars
        ? html`<div class="identity">
            <div class="bar name-bar"></div>
            ${this.layout === 'card' ? html`<div class="bar email-bar"></div>` : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private renderProfile({ profile, verified }: ShownProfile, strings: ProfileCardStrings): TemplateResult {
    // The avatar is decorative beside the name (not in the `avatar` layout), so a card nobody can see yet
    // keeps a placeholder of its size instead of building an element with its own shadow root and canvas.
    this.avatarDeferred = this.layout !== 'avatar' && !this.shadowRoot?.querySelector('sh-avatar') && this.avatarMustWait();
    const avatar = this.avatarDeferred
      ? html`<div part="avatar" class="avatar-placeholder"></div>`
      : html`<sh-avatar
      part="avatar"
      .name=${profile.displayName}
      .src=${profile.avatarUrl}
      .colorKey=${avatarColorKey(profile)}
      .size=${avatarSizes[this.layout]}
      ?decorative=${this.layout !== 'avatar'}
      .label=${this.layout === 'avatar' ? profile.displayName : null}
      title=${this.layout === 'avatar' ? profile.displayName : nothing}
    ></sh-avatar>`;
    const badge = verified ? nothing : html`<span part="badge" class="badge">${strings.unverified}</span>`;
    if (this.layout === 'avatar') return html`${avatar}${badge}`;
    const [firstPair] = profile.userProfile;
    if (this.layout === 'row') {
      return html`<div part="card" class="card">
        ${avatar}
        <div class="identity">
          <span part="name" class="name">${profile.displayName}</span>
          <span class="summary" part="value" ?hidden=${!firstPair}>${firstPair?.[1] ?? ''}</span>${badge}
        </div>
      </div>`;
    }
    return html`<div part="card" class="card">
      ${avatar}
      <div class="identity">
        <p part="name" class="name">${profile.displayName}</p>
        ${profile.email ? this.renderEmail(profile.email) : nothing} ${badge}
      </div>
      <dl part="details" class="details">${profile.userProfile.map(
        ([key, value]) => html`<dt part="key" class="key">${key}</dt><dd part="value" class="value">${value}</dd>`,
      )}</dl>
    </div>`;
  }

  private avatarMustWait(): boolean {
    if (this.contentSkipped !== null) return this.contentSkipped;
    if (mayBuildAvatarUnseen()) return false;
    awaitRelevance(this);
    return true;
  }

  /** @internal */
  relevanceUnreported(): void {
    if (this.contentSkipped !== null) return;
    this.contentSkipped = false;
    if (this.avatarDeferred) this.requestUpdate();
  }

  private renderEmail(email: string): TemplateResult {
    if (!looksLikeEmailAddress(email)) return html`<span part="email" class="email">${email}</span>`;
    return html`<a part="email" class="email" href=${`mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`}>${email}</a>`;
  }

  private renderError(code: ProfileTokenErrorCode, strings: ProfileCardStrings): TemplateResult {
    const message = strings.errors[code];
    if (this.layout === 'avatar') {
      return html`<sh-avatar part="avatar error" label=${message} title=${message}></sh-avatar>`;
    }
    return html`<div part="card error" class="card error" role="alert">
      <p class="message">${message}<span class="code">${strings.errorCode}: ${code}</span></p>
    </div>`;
  }

  private async verify(
    token: string | null,
    profile: unknown,
    unverified: boolean,
    key: ProfileKey | null,
    options: string,
    signal: AbortSignal,
  ): Promise<ShownProfile | null> {
    clearTimeout(this.expiryTimer);
    if (profile !== null && profile !== undefined) return { profile: parseProfile(profile), verified: true };
    if (!token) return null;
    if (!key) {
      if (unverified) return { profile: decodeProfileToken(token), verified: false };
      throw new ProfileTokenError('key', 'no public-key, jwks-url or key was given, and unverified is not set');
    }
    const verifyOptions = { ...(JSON.parse(options) as VerifyOptions), signal };
    return { profile: await verifyProfileToken(token, key, verifyOptions), verified: true };
  }

  private errorCode(error: unknown): ProfileTokenErrorCode {
    return error instanceof ProfileTokenError ? error.code : 'claims';
  }

  private takeTokenFromUrl(param: string): void {
    const { token, urlWithoutToken } = tokenInUrl(location.href, param);
    if (token === null) return;
    this.token = token;
    if (!this.keepTokenInUrl) history.replaceState(history.state, '', urlWithoutToken);
  }

  private handleVerified(shown: ShownProfile | null): void {
    if (!shown) return;
    this.dispatchEvent(new ShProfileVerifiedEvent(shown.profile));
    const exp = 'exp' in shown.profile ? shown.profile.exp : undefined;
    if (shown.verified && typeof exp === 'number' && !this.ignoreExpiryAfterVerify) this.armExpiry(shown.profile, exp);
  }

  private armExpiry(profile: SessionProfile, exp: number): void {
    const tolerance = this.clockTolerance ?? 60;
    const delay = (exp + tolerance) * 1000 - Date.now();
    this.expiryTimer = setTimeout(
      () => {
        if (Date.now() < (exp + tolerance) * 1000) {
          this.armExpiry(profile, exp);
          return;
        }
        this.expiredProfile = profile;
        this.dispatchEvent(new ShProfileErrorEvent('expired', profileCardStrings(this.strings).errors.expired));
      },
      Math.max(0, Math.min(delay, maxTimerDelay)),
    );
  }

  private handleFailed(error: unknown): void {
    const code = this.errorCode(error);
    this.dispatchEvent(new ShProfileErrorEvent(code, profileCardStrings(this.strings).errors[code]));
  }

}
