// The playground's one state: keys, claims, expiry, a token pasted by the host (or read from the URL)
// and a deliberate break, plus the token they produce, signed in the page whenever an input changes.
import { ProfileTokenError, signProfileToken, type SessionProfileInput } from '../src/token/index.js';
import { seedClaims, type Claims } from './claims.js';
import type { PlaygroundKeys } from './playground-keys.js';
import type { TokenBreakId } from './token-breaks.js';

/** The default token lifetime, the seed's best practice. */
export const defaultExpiresIn = 300;

export interface BrokenToken {
  readonly id: TokenBreakId;
  readonly token: string;
}

/** Fired (as `change`) after every state change, once any signing it caused has finished. */
export class PlaygroundState extends EventTarget {
  keys: PlaygroundKeys | null = null;
  claims: Claims = seedClaims;
  /** Seconds from `iat` to `exp`. */
  expiresIn = defaultExpiresIn;
  /** A token from the host's own server, used instead of the page-signed one. */
  pastedToken: string | null = null;
  /** The shown token when a break is active. */
  broken: BrokenToken | null = null;
  /** The token signed in the page from `claims`, or `null` when it cannot be signed. */
  signedToken: string | null = null;
  /** Why `claims` could not be signed (signProfileToken's message), or `null`. */
  signProblem: string | null = null;

  private signing = 0;

  /** The valid token the cards verify: the pasted one, else the page-signed one. */
  get baseToken(): string | null {
    return this.pastedToken ?? this.signedToken;
  }

  /** The token the cards are given: broken, or the base token. */
  get token(): string | null {
    return this.broken?.token ?? this.baseToken;
  }

  /**
   * Changes inputs of the token; a new token replaces any break. Editing the claims goes back from a pasted
   * token to the page-signed one, when the page can sign.
   */
  async update(change: Partial<Pick<PlaygroundState, 'keys' | 'claims' | 'expiresIn' | 'pastedToken'>>): Promise<void> {
    Object.assign(this, change);
    this.broken = null;
    if (('claims' in change || 'expiresIn' in change) && this.keys?.privateKeyPem) this.pastedToken = null;
    if ('keys' in change || 'claims' in change || 'expiresIn' in change) await this.sign();
    this.changed();
  }

  /** Signs the same claims again (a fresh `iat` and `exp`). */
  async resign(): Promise<void> {
    this.broken = null;
    await this.sign();
    this.changed();
  }

  showBroken(broken: BrokenToken | null): void {
    this.broken = broken;
    this.changed();
  }

  private async sign(): Promise<void> {
    const run = ++this.signing;
    let token: string | null = null;
    let problem: string | null = null;
    const privateKey = this.keys?.privateKeyPem;
    if (!privateKey) {
      problem = this.keys
        ? 'No private key: paste one under Keys to sign tokens in the page, or verify a token from your server below.'
        : 'Waiting for keys…';
    } else {
      try {
        // Unchecked on purpose: signProfileToken applies the verifier's claim rules and says what is wrong.
        const claims = this.claims as unknown as SessionProfileInput;
        token = await signProfileToken(privateKey, claims, { expiresIn: this.expiresIn });
      } catch (error) {
        problem = error instanceof ProfileTokenError ? `signProfileToken refused: ${error.message} [${error.code}]` : String(error);
      }
    }
    // A newer edit started signing meanwhile: its result wins.
    if (run !== this.signing) return;
    this.signedToken = token;
    this.signProblem = problem;
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}
