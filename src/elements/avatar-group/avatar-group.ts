// <sh-avatar-group>: a compact, overlapping stack of <sh-avatar>s for "who is here", with a `+N` chip.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { splitGroup, type AvatarGroupEntry, type GroupSplit } from './avatar-group-people.js';
import {
  avatarGroupStrings,
  groupFormats,
  overflowName,
  overflowText,
  type AvatarGroupStrings,
} from './avatar-group-strings.js';
import { avatarGroupStyles } from './avatar-group.styles.js';
import { cssProperties } from '../internal/css-properties.js';

const defaultMax = 5;
const defaultOverflowLimit = 99;
/** Keys that move focus along the stack; left and right swap under RTL. */
const movementKeys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
type MovementKey = (typeof movementKeys)[number];

function isMovementKey(key: string): key is MovementKey {
  return (movementKeys as readonly string[]).includes(key);
}

/** `value` as a finite number of at least `min` (a numeric string counts), or `null`. */
function numberOrNull(value: unknown, min: number): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= min ? number : null;
}

/** The same, rounded down to a whole number. */
function countOrNull(value: unknown, min: number): number | null {
  const number = numberOrNull(value, min);
  return number === null ? null : Math.floor(number);
}

/**
 * Who is here, as overlapping avatars: at most `max` slots, the last one a `+N` chip for the people that do
 * not fit (or that `total` counts beyond `items`). The chip's accessible name lists the hidden names when there
 * are at most ten, otherwise counts them. Each avatar (and the chip) shows its name in a tooltip on hover and on
 * focus; the group is a single tab stop, and the arrow keys, Home and End move between its avatars. Escape
 * dismisses the tooltip.
 *
 * @summary Overlapping avatar stack with an overflow chip.
 *
 * @csspart base - The `role="group"` row of avatars.
 * @csspart avatar - Each `<sh-avatar>`.
 * @csspart overflow - The `+N` chip.
 * @csspart tooltip - The name bubble of an avatar or of the chip.
 *
 * @cssprop [--sh-avatar-group-size=32px] - Edge length of the avatars and chip, unless the `size` attribute is set.
 * @cssprop --sh-avatar-group-overlap - How far each avatar slides under the one before it; a quarter of the size by default.
 * @cssprop [--sh-avatar-group-ring-width=2px] - Width of the ring that separates overlapping avatars.
 * @cssprop [--sh-avatar-group-ring-color=#ffffff] - Colour of that ring; match the background (dark scheme: #161b22).
 * @cssprop [--sh-avatar-group-overflow-background=#e7ebef] - Background of the chip (dark scheme: #30363d).
 * @cssprop [--sh-avatar-group-overflow-color=#1b1f24] - Text of the chip (dark scheme: #e6edf3).
 */
export class ShAvatarGroup extends LitElement {
  static override styles = avatarGroupStyles;

  /** The people: `{name, src?, colorKey?}` items or `SessionProfile`-shaped objects. Assign a new array to update. */
  @property({ attribute: false }) items: readonly AvatarGroupEntry[] = [];
  /** Slots at most, chip included: past it, `max - 1` avatars and the chip are shown. */
  @property({ type: Number }) max = defaultMax;
  /** How many people there are, when more than `items` holds; `null` counts `items`. */
  @property({ type: Number }) total: number | null = null;
  /** Edge length in CSS pixels; when unset, `--sh-avatar-group-size` or 32. */
  @property({ type: Number }) size: number | null = null;
  /** The largest count the chip spells out; above it the chip reads `99+` (for the default of 99). */
  @property({ type: Number, attribute: 'overflow-limit' }) overflowLimit = defaultOverflowLimit;
  /** Accessible name of the group; `strings.groupLabel` ("Attendees") when unset. */
  @property() label: string | null = null;
  /** Replacement user-facing strings (i18n); English by default. */
  @property({ attribute: false }) strings: Partial<AvatarGroupStrings> | null = null;

  /** The avatar (or chip, past the last avatar) that holds the group's one tab stop. */
  @state() private focusIndex = 0;
  /** Escape hid the tooltips; they come back with the next focus move or when the pointer leaves. */
  @state() private tooltipsDismissed = false;

  private split: GroupSplit = { shown: [], hiddenCount: 0, hiddenNames: null };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.handleDocumentKeydown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Bad numbers (NaN, negative, infinite, non-numeric strings) fall back instead of throwing.
    if (changed.has('max')) this.max = countOrNull(this.max, 1) ?? defaultMax;
    if (changed.has('total')) this.total = countOrNull(this.total, 0);
    if (changed.has('size')) this.size = numberOrNull(this.size, Number.MIN_VALUE);
    if (changed.has('overflowLimit')) this.overflowLimit = countOrNull(this.overflowLimit, 0) ?? defaultOverflowLimit;
    if (changed.has('items') || changed.has('max') || changed.has('total')) {
      this.split = splitGroup(this.items, this.max, this.total);
      this.focusIndex = Math.max(0, Math.min(this.focusIndex, this.slotCount() - 1));
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    // The avatars' initials are part of "rendered": wait for theirs too.
    await Promise.all([...this.renderRoot.querySelectorAll('sh-avatar')].map((avatar) => avatar.updateComplete));
    return result;
  }

  override render() {
    const strings = avatarGroupStrings(this.strings);
    const { shown, hiddenCount } = this.split;
    return html`<div
      part="base"
      class=${this.tooltipsDismissed ? 'base dismissed' : 'base'}
      role="group"
      aria-label=${this.label || strings.groupLabel}
      ${cssProperties({ '--_edge': this.size ? `${this.size}px` : null })}
      @keydown=${this.handleKeydown}
      @focusin=${this.handleFocusIn}
      @pointerenter=${this.handlePointerEnter}
      @pointerleave=${this.handlePointerLeave}
    >
      ${shown.map((person, index) => {
        const name = person.name || strings.anonymous;
        return html`<span class="item">
          <sh-avatar
            part="avatar"
            data-index=${index}
            tabindex=${index === this.focusIndex ? '0' : '-1'}
            .name=${person.name}
            .src=${person.src}
            .colorKey=${person.colorKey}
            .size=${this.size}
            .label=${name}
          ></sh-avatar>
          <span part="tooltip" class="tooltip" aria-hidden="true">${name}</span>
        </span>`;
      })}
      ${hiddenCount > 0 ? this.renderOverflow(shown.length, strings) : nothing}
    </div>`;
  }

  private renderOverflow(index: number, strings: AvatarGroupStrings) {
    const formats = groupFormats(this.locale());
    const name = overflowName(this.split, strings, formats);
    return html`<span class="item">
      <span
        part="overflow"
        class="overflow"
        role="img"
        aria-label=${name}
        data-index=${index}
        tabindex=${index === this.focusIndex ? '0' : '-1'}
        >${overflowText(this.split.hiddenCount, this.overflowLimit, formats)}</span
      >
      <span part="tooltip" class="tooltip" aria-hidden="true">${name}</span>
    </span>`;
  }

  /** The language of the element (its own `lang` or the nearest ancestor's), else the document's. */
  private locale(): string {
    return this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
  }

  private slotCount(): number {
    return this.split.shown.length + (this.split.hiddenCount > 0 ? 1 : 0);
  }

  private focusSlot(index: number): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus();
  }

  // Handlers are arrow functions: Lit calls them with the host as `this` anyway, but the linter cannot know.
  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      this.tooltipsDismissed = true;
      return;
    }
    if (!isMovementKey(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = this.slotCount() - 1;
    // Direction is read only on a key press, never while rendering.
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = { ArrowRight: !rtl, ArrowLeft: rtl, ArrowDown: true, ArrowUp: false, Home: false, End: true }[
      event.key
    ];
    let index = this.focusIndex + (forward ? 1 : -1);
    if (event.key === 'Home') index = 0;
    if (event.key === 'End') index = last;
    event.preventDefault();
    this.focusSlot(Math.max(0, Math.min(index, last)));
  };

  private readonly handleFocusIn = (event: FocusEvent): void => {
    const index = Number((event.target as HTMLElement).dataset['index']);
    if (Number.isInteger(index)) this.focusIndex = index;
    this.tooltipsDismissed = false;
  };

  // The document listener lives only while the pointer is over this group, so Escape can dismiss a tooltip
  // shown by hovering alone (WCAG 1.4.13) without two hundred groups listening to every key press.
  private readonly handlePointerEnter = (): void => {
    document.addEventListener('keydown', this.handleDocumentKeydown);
  };

  private readonly handlePointerLeave = (): void => {
    document.removeEventListener('keydown', this.handleDocumentKeydown);
    this.tooltipsDismissed = false;
  };

  private readonly handleDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.tooltipsDismissed = true;
  };
}
