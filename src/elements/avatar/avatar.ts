// <sh-avatar>: the attendee's image when it loads, otherwise initials drawn on a canvas.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { avatarColor, avatarColorKey, initials, type AvatarColor } from '../../initials/index.js';
import { cancelPaint, paintNow, schedulePaint, type InitialsPaintTarget } from '../../raster/paint-scheduler.js';
import { watchNearViewport } from '../../raster/near-viewport.js';
import { imageFailedBefore, rememberFailedImage, requestableImageUrl } from './avatar-image-url.js';
import { cssProperties } from '../internal/css-properties.js';
import { avatarStyles } from './avatar.styles.js';
import { ShAvatarErrorEvent, ShAvatarLoadEvent, type AvatarImageFailure } from './events.js';

export const avatarShapes = ['circle', 'rounded', 'square'] as const;
export type AvatarShape = (typeof avatarShapes)[number];
export const avatarLoadingModes = ['lazy', 'eager'] as const;
export type AvatarLoading = (typeof avatarLoadingModes)[number];

const defaultFontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai", "Noto Color Emoji", sans-serif';
const forcedColors = typeof matchMedia === 'function' ? matchMedia('(forced-colors: active)') : null;

type ImageState = 'none' | 'loading' | 'loaded' | 'failed';

/**
 * An attendee's avatar: `src` when it loads, otherwise initials from `name` drawn on a canvas in a colour
 * derived from the name (or `color-key`), otherwise a person glyph.
 *
 * @summary Image or canvas-initials avatar.
 *
 * @csspart base - The clipping box around the image or initials.
 * @csspart image - The `<img>` of `src`, once it has loaded.
 * @csspart initials - The `<canvas>` the initials are drawn on.
 *
 * @cssprop [--sh-avatar-size=40px] - Edge length, unless the `size` attribute is set.
 * @cssprop [--sh-avatar-radius=50%] - Corner radius (the `shape` attribute picks the default).
 * @cssprop --sh-avatar-background - Background of the initials; defaults to a colour from the name.
 * @cssprop --sh-avatar-color - Colour of the initials; defaults to the text colour of that background.
 * @cssprop --sh-avatar-font-family - Font of the initials; defaults to the system UI stack.
 *
 * @fires sh-avatar-load - The image loaded and replaced the initials.
 * @fires sh-avatar-error - The image was refused, failed or timed out; initials stay. `reason` says why.
 */
export class ShAvatar extends LitElement implements InitialsPaintTarget {
  static override styles = avatarStyles;

  /** The attendee's display name: initials, colour and default accessible name come from it. */
  @property() name = '';
  /** Image URL; only `https:` and same-origin URLs are requested. */
  @property() src: string | null = null;
  /** Edge length in CSS pixels; when unset, `--sh-avatar-size` or 40. */
  @property({ type: Number }) size: number | null = null;
  /** `circle`, `rounded` or `square`. */
  @property({ reflect: true }) shape: AvatarShape = 'circle';
  /** Accessible name; defaults to `name`. */
  @property() label: string | null = null;
  /** Hides the avatar from assistive technology, for when the name is shown beside it. */
  @property({ type: Boolean, reflect: true }) decorative = false;
  /** Key for the colour instead of `name`, such as the attendee's e-mail. */
  @property({ attribute: 'color-key' }) colorKey: string | null = null;
  /** `lazy` (default) or `eager` image loading. */
  @property() loading: AvatarLoading = 'lazy';
  /** Milliseconds to wait for the image before settling on initials. */
  @property({ type: Number, attribute: 'image-timeout' }) imageTimeout = 10_000;

  @state() private imageState: ImageState = 'none';
  /** The initials canvas, for the paint scheduler. @internal */
  @query('canvas', true) readonly canvas!: HTMLCanvasElement | null;
  @query('.base', true) private readonly base!: HTMLElement | null;

  private imageUrl: string | null = null;
  /** What the canvas shows, worked out when it is first painted (an avatar far off screen never is). */
  private look: { name: string; colorKey: string | null; initials: string; palette: AvatarColor } | null = null;
  private timeoutId: ReturnType<typeof setTimeout> | undefined;
  private cancelTimerStart: (() => void) | undefined;
  private pendingFailure: AvatarImageFailure | null = null;
  private paintPass: Promise<void> | null = null;

  /**
   * The box the initials fill, for the paint scheduler: the base part, not the host element, whose box
   * belongs to the page (a host stylesheet that makes it `display: inline` must not size the raster).
   * @internal
   */
  get paintBox(): Element {
    return this.base ?? this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    if (this.imageState !== 'loaded') this.paintPass = schedulePaint(this);
    if (this.imageState === 'loading' && this.imageUrl) this.armImageTimer(this.imageUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelPaint(this);
    this.clearImageTimer();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('shape') && !avatarShapes.includes(this.shape)) this.shape = 'circle';
    if (changed.has('loading') && !avatarLoadingModes.includes(this.loading)) this.loading = 'lazy';
    if (changed.has('src')) this.startImage();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('name') || changed.has('label') || changed.has('decorative')) this.updateAccessibleName();
    if (this.pendingFailure) {
      const reason = this.pendingFailure;
      this.pendingFailure = null;
      this.dispatchEvent(new ShAvatarErrorEvent(this.src ?? '', reason));
    }
    const looksChanged = ['name', 'colorKey', 'size', 'imageState'].some((key) => changed.has(key));
    if (looksChanged && this.imageState !== 'loaded') this.paintPass = schedulePaint(this);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    // The initials are part of "rendered": wait for the paint pass the update queued.
    await this.paintPass;
    return result;
  }

  override render() {
    const showImage = this.imageUrl !== null && (this.imageState === 'loading' || this.imageState === 'loaded');
    const size = this.size && this.size > 0 ? `${this.size}px` : null;
    return html`<div part="base" class="base" ${cssProperties({ '--_size': size })}>
      <canvas part="initials" aria-hidden="true" ?hidden=${this.imageState === 'loaded'}></canvas>
      ${showImage
        ? html`<img
            part="image"
            alt=""
            src=${this.imageUrl ?? ''}
            loading=${this.loading}
            decoding="async"
            referrerpolicy="no-referrer"
            class=${this.imageState}
            @load=${this.handleImageLoad}
            @error=${this.handleImageError}
          />`
        : nothing}
    </div>`;
  }

  /**
   * Paints the initials at once, at its `size`, for a container that knows the avatar is in view and has
   * just changed what it shows (a virtualized list handing it to another row). @internal
   */
  paintInitialsNow(): void {
    if (this.size && this.size > 0 && this.isConnected && this.canvas) paintNow(this, this.size);
  }

  /** Read pass of the paint scheduler: what the canvas should show. @internal */
  readInitials() {
    if (this.imageState === 'loaded' || !this.isConnected) return null;
    const style = getComputedStyle(this);
    const { initials: text, palette } = this.currentLook();
    let background = style.getPropertyValue('--sh-avatar-background').trim() || palette.background;
    let foreground = style.getPropertyValue('--sh-avatar-color').trim() || palette.foreground;
    if (forcedColors?.matches && this.base) {
      const baseStyle = getComputedStyle(this.base);
      background = baseStyle.backgroundColor;
      foreground = baseStyle.color;
    }
    return {
      text,
      background,
      foreground,
      fontFamily: style.getPropertyValue('--sh-avatar-font-family').trim() || defaultFontFamily,
      fontWeight: '600',
    };
  }

  private currentLook() {
    if (this.look?.name !== this.name || this.look.colorKey !== this.colorKey) {
      this.look = {
        name: this.name,
        colorKey: this.colorKey,
        initials: initials(this.name),
        // The same normalised key as the card and the list use, so a name has one colour everywhere.
        palette: avatarColor(this.colorKey || avatarColorKey({ displayName: this.name })),
      };
    }
    return this.look;
  }

  private startImage(): void {
    this.clearImageTimer();
    this.imageUrl = null;
    this.pendingFailure = null;
    if (!this.src) {
      this.imageState = 'none';
      return;
    }
    const url = requestableImageUrl(this.src, document.baseURI);
    if (!url || imageFailedBefore(url)) {
      this.imageState = 'failed';
      this.pendingFailure = url ? 'failed-before' : 'refused-url';
      return;
    }
    this.imageUrl = url;
    this.imageState = 'loading';
    this.armImageTimer(url);
  }

  private armImageTimer(url: string): void {
    // The timeout counts from when the image can start loading: lazy images wait for the viewport.
    if (this.loading === 'eager') this.startImageTimer(url);
    else this.cancelTimerStart = watchNearViewport(this, () => this.startImageTimer(url));
  }

  private startImageTimer(url: string): void {
    this.clearImageTimer();
    this.timeoutId = setTimeout(() => {
      if (this.imageUrl !== url || this.imageState !== 'loading') return;
      this.failImage('timeout');
    }, this.imageTimeout);
  }

  private clearImageTimer(): void {
    clearTimeout(this.timeoutId);
    this.timeoutId = undefined;
    this.cancelTimerStart?.();
    this.cancelTimerStart = undefined;
  }

  private failImage(reason: AvatarImageFailure): void {
    this.clearImageTimer();
    this.imageState = 'failed';
    this.pendingFailure = reason;
  }

  private updateAccessibleName(): void {
    if (this.decorative) {
      this.removeAttribute('role');
      this.removeAttribute('aria-label');
      this.setAttribute('aria-hidden', 'true');
      return;
    }
    this.removeAttribute('aria-hidden');
    this.setAttribute('role', 'img');
    this.setAttribute('aria-label', this.label || this.name.trim() || 'Avatar');
  }

  private handleImageLoad(event: Event): void {
    const image = event.target as HTMLImageElement;
    if (this.imageState !== 'loading') return;
    if (image.naturalWidth === 0) {
      this.handleImageError();
      return;
    }
    this.clearImageTimer();
    this.imageState = 'loaded';
    this.dispatchEvent(new ShAvatarLoadEvent(this.src ?? ''));
  }

  private handleImageError(): void {
    if (this.imageState !== 'loading') return;
    if (this.imageUrl) rememberFailedImage(this.imageUrl);
    this.failImage('error');
  }
}
