// The key and verification-option attributes shared by every element that verifies profile tokens
// (<sh-profile-card>, <sh-attendee-list>), and how they turn into a ProfileKey and VerifyOptions.
import type { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ProfileAlgorithm, ProfileKey, VerifyOptions } from '../../token/index.js';

const pemScriptSelector = 'script[type="application/x-pem-file"]';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
// TypeScript's mixin pattern requires a constructor type with `any[]` arguments.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

function listOf(value: string | null): string[] | undefined {
  const items = value?.split(/[\s,]+/).filter(Boolean);
  return items?.length ? items : undefined;
}

/** The public surface the mixin adds. */
export declare class ProfileVerificationElement {
  publicKey: string | null;
  jwksUrl: string | null;
  key: Exclude<ProfileKey, string | URL> | null;
  algorithms: string | null;
  issuer: string | null;
  audience: string | null;
  clockTolerance: number | null;
  maxAge: number | null;
  requireExpiry: boolean;
  /** The key to verify with, or `null` when none was given. Stable while its source is unchanged. */
  protected verificationKey(): ProfileKey | null;
  /** The options as a string: equal strings mean equal options, so async work re-runs only on change. */
  protected verifyOptionsKey(): string;
}

/**
 * Adds `public-key` (also read from a child `<script type="application/x-pem-file">`), `jwks-url`, `key`,
 * `algorithms`, `issuer`, `audience`, `clock-tolerance`, `max-age` and `require-expiry`.
 */
export const ProfileVerificationMixin = <T extends Constructor<LitElement>>(superClass: T) => {
  class ProfileVerifying extends superClass {
    /** The host's RSA public key as SPKI PEM (also read from a child `<script type="application/x-pem-file">`). */
    @property({ attribute: 'public-key' }) publicKey: string | null = null;
    /** URL of the host's JWKS; keys are picked by the token's `kid`. */
    @property({ attribute: 'jwks-url' }) jwksUrl: string | null = null;
    /** The key as a `CryptoKey`, a public JWK or a JWKS object. */
    @property({ attribute: false }) key: Exclude<ProfileKey, string | URL> | null = null;
    /** Accepted algorithms, space- or comma-separated; `RS256` when unset. */
    @property() algorithms: string | null = null;
    /** Required `iss`. */
    @property() issuer: string | null = null;
    /** Required `aud`. */
    @property() audience: string | null = null;
    /** Seconds of clock skew tolerated on `exp`, `nbf` and `iat` (60 when unset). */
    @property({ type: Number, attribute: 'clock-tolerance' }) clockTolerance: number | null = null;
    /** Oldest accepted `iat`, in seconds. */
    @property({ type: Number, attribute: 'max-age' }) maxAge: number | null = null;
    /** Refuse tokens without `exp`. */
    @property({ type: Boolean, attribute: 'require-expiry' }) requireExpiry = false;

    @state() private pemScriptText: string | null = null;
    private childObserver: MutationObserver | undefined;
    private jwksSource: { input: string; key: ProfileKey } | null = null;

    override connectedCallback(): void {
      super.connectedCallback();
      this.readPemScript();
      this.childObserver ??= new MutationObserver(() => this.readPemScript());
      this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      this.childObserver?.disconnect();
    }

    protected verificationKey(): ProfileKey | null {
      if (this.key) return this.key;
      const pem = this.publicKey?.trim() || this.pemScriptText?.trim();
      if (pem) return pem;
      if (!this.jwksUrl) return null;
      if (this.jwksSource?.input !== this.jwksUrl) {
        let url: URL | string;
        try {
          url = new URL(this.jwksUrl, document.baseURI);
        } catch {
          url = this.jwksUrl; // Not a URL: verification reports it with the `key` code.
        }
        this.jwksSource = { input: this.jwksUrl, key: url };
      }
      return this.jwksSource.key;
    }

    protected verifyOptionsKey(): string {
      const options: Mutable<VerifyOptions> = {};
      const algorithms = listOf(this.algorithms);
      // An unknown name is refused by verifyProfileToken with the `algorithm` code.
      if (algorithms) options.algorithms = algorithms as ProfileAlgorithm[];
      if (this.issuer) options.issuer = this.issuer;
      if (this.audience) options.audience = this.audience;
      if (this.clockTolerance !== null && Number.isFinite(this.clockTolerance)) options.clockTolerance = this.clockTolerance;
      if (this.maxAge !== null && Number.isFinite(this.maxAge)) options.maxTokenAge = this.maxAge;
      if (this.requireExpiry) options.requireExpiry = true;
      return JSON.stringify(options);
    }

    private readPemScript(): void {
      const text = this.querySelector(pemScriptSelector)?.textContent ?? null;
      if (text !== this.pemScriptText) this.pemScriptText = text;
    }
  }
  // The declared class states the public surface; the private fields make the two types nominally distinct.
  return ProfileVerifying as unknown as Constructor<ProfileVerificationElement> & T;
};
