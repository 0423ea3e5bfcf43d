// <sh-attendee-list>: thousands of attendees from signed tokens, verified in batches, sorted, filterable
// and virtualized so only the visible rows exist.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import {
  ProfileTokenError,
  parseProfile,
  verifyProfileToken,
  type ProfileTokenErrorCode,
  type SessionProfile,
  type VerifyOptions,
} from '../../token/index.js';
import { ProfileVerificationMixin } from '../internal/profile-verification.js';
import { attendeeListStyles } from './attendee-list.styles.js';
import { AvatarPool } from './avatar-pool.js';
import { englishAttendeeListStrings, type AttendeeListStrings } from './attendee-list-strings.js';
import { attendeeSearchText, foldForSearch, matchesQuery } from './attendee-search.js';
import { runInBatches } from './batch-verification.js';
import { ShAttendeeSelectEvent, ShListErrorsEvent, type AttendeeListError } from './events.js';
import { mergeSorted } from './sorted-merge.js';

/** One shown attendee. */
interface AttendeeRow {
  /** The token (or `profile:<index>`) it came from: stable across updates, so rows and focus follow it. */
  readonly key: string;
  readonly profile: SessionProfile;
  readonly searchText: string;
}

type Outcome = AttendeeRow | ProfileTokenErrorCode;

/**
 * A few tokens first: their rows are the first screen's first rows, and each name in a script the page has
 * not shown yet makes the browser load a font (10–20 ms each for CJK or Hangul), so a first frame with ten
 * scripts would be one long task. Batches then grow towards their time budget.
 */
const firstBatchSize = 2;
/** Rows that fill a first screen of the list; until there are this many, each batch is shown at once. */
const firstScreenRows = 40;
/** How often (ms) rows verified since are added to the shown list while verification runs. */
const rowsRefreshInterval = 300;

async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise(requestAnimationFrame);
}

/**
 * A list of attendees from signed profile tokens (or verified profiles), sorted by name in the list's
 * language, filterable, and virtualized: 10,000 attendees keep a few dozen rows in the DOM.
 *
 * @summary Virtualized, verified attendee list.
 *
 * @csspart base - The column around filter, status and list.
 * @csspart filter - The filter box.
 * @csspart progress - The "Verifying … of …" status.
 * @csspart errors - The summary of tokens that could not be shown.
 * @csspart list - The scrolling list.
 * @csspart row - One attendee.
 * @csspart avatar - A row's `<sh-avatar>`.
 * @csspart name - A row's name.
 * @csspart summary - A row's first profile value.
 *
 * @cssprop [--sh-list-height=480px] - Height of the whole element.
 * @cssprop [--sh-list-background=#ffffff] - Background.
 * @cssprop [--sh-list-color=#1b1f24] - Text colour.
 * @cssprop [--sh-list-muted-color=#57606a] - Secondary text.
 * @cssprop [--sh-list-border-color=#d0d7de] - Borders and row separators.
 * @cssprop [--sh-list-active-background=#eef4fb] - The active row.
 * @cssprop [--sh-list-focus-color=#0b5cad] - Focus ring.
 * @cssprop [--sh-list-error-color=#a40e26] - The error summary.
 * @cssprop [--sh-list-radius=8px] - Corner radius.
 * @cssprop --sh-list-font-family - Font.
 * @cssprop [--sh-list-font-size=14px] - Base font size.
 *
 * @fires sh-attendee-select - Enter or a click on a row; `profile` is the attendee.
 * @fires sh-list-errors - Verification finished and some tokens were refused; `errors` lists `{index, code}`.
 */
export class ShAttendeeList extends ProfileVerificationMixin(LitElement) {
  static override styles = attendeeListStyles;

  /** Signed profile tokens, one per attendee. Tokens seen before are not verified again. */
  @property({ attribute: false }) tokens: readonly string[] = [];
  /** Profiles verified elsewhere, instead of tokens; each still passes `parseProfile`. */
  @property({ attribute: false }) profiles: readonly unknown[] | null = null;
  /** Shows a filter box matching name, e-mail and profile values. */
  @property({ type: Boolean, reflect: true }) filterable = false;
  /** Replacement user-facing strings (i18n); English by default. */
  @property({ attribute: false }) strings: Partial<AttendeeListStrings> | null = null;

  @state() private sortedRows: readonly AttendeeRow[] = [];
  @state() private errors: readonly AttendeeListError[] = [];
  @state() private progress: { done: number; total: number } | null = null;
  @state() private filterQuery = '';
  @state() private activeKey: string | null = null;
  /** The indexes of the rows the virtualizer has in the DOM. */
  private renderedRange = { first: 0, last: -1 };

  @query('.list') private readonly list!: (HTMLElement & VirtualizerHostElement) | null;

  private outcomes = new Map<string, Outcome>();
  private verificationInputs = '';
  private abortVerification: AbortController | null = null;
  private visibleRows: readonly AttendeeRow[] = [];
  private rowsChanged = false;
  private rowsRendered: Promise<void> = Promise.resolve();
  private focusInList = false;
  private readonly avatars = new AvatarPool();
  private collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  private numberFormat = new Intl.NumberFormat();

  /** Whether tokens are being verified right now. */
  get verifying(): boolean {
    return this.progress !== null;
  }

  /** The attendees currently shown (after filtering), in order. */
  get shownProfiles(): readonly SessionProfile[] {
    return this.visibleRows.map((row) => row.profile);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abortVerification?.abort();
    this.abortVerification = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-run on reconnection: the verification of a disconnected list was aborted.
    if (this.hasUpdated) this.verificationInputs = '';
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const inputs = this.verifyOptionsKey();
    const keyChanged = changed.has('key') || changed.has('publicKey') || changed.has('jwksUrl') || changed.has('pemScriptText');
    if (keyChanged || inputs !== this.verificationInputs) this.outcomes.clear();
    if (this.isConnected && (keyChanged || inputs !== this.verificationInputs || changed.has('tokens') || changed.has('profiles'))) {
      this.verificationInputs = inputs;
      this.rebuild();
    }
    if (changed.has('sortedRows') || changed.has('filterQuery')) {
      const query = foldForSearch(this.filterQuery.trim());
      this.visibleRows = query ? this.sortedRows.filter((row) => matchesQuery(row.searchText, query)) : this.sortedRows;
      this.rowsChanged = true;
      if (!this.visibleRows.some((row) => row.key === this.activeKey)) this.activeKey = this.visibleRows[0]?.key ?? null;
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    // The virtualizer renders the rows after our own update: "complete" includes its layout, and the
    // initials of the rows it rendered.
    await this.rowsRendered;
    await Promise.all([...this.renderRoot.querySelectorAll('sh-avatar')].map((avatar) => avatar.updateComplete));
    return result;
  }

  protected override updated(): void {
    if (this.rowsChanged) {
      this.rowsChanged = false;
      // layoutComplete settles only after a layout that starts after it is read, so read it now, right
      // after the directive handed the virtualizer new items. It never settles when no layout follows
      // (an empty list), so it is bounded by a few frames.
      const layout = this.list?.[virtualizerRef]?.layoutComplete;
      this.rowsRendered = layout ? Promise.race([layout, frames(8)]) : frames(2);
    }
    if (this.focusInList) void this.restoreFocus();
  }

  override render() {
    const strings = { ...englishAttendeeListStrings, ...this.strings };
    const total = this.visibleRows.length;
    return html`<div part="base" class="base">
      ${this.filterable
        ? html`<input
            part="filter"
            class="filter"
            type="search"
            aria-label=${strings.filter}
            placeholder=${strings.filter}
            .value=${this.filterQuery}
            @input=${this.handleFilterInput}
          />`
        : nothing}
      ${this.progress
        ? html`<div part="progress" class="status" role="status">
            ${strings.progress(this.numberFormat.format(this.progress.done), this.numberFormat.format(this.progress.total))}
            <progress max=${this.progress.total} .value=${this.progress.done} aria-hidden="true"></progress>
          </div>`
        : nothing}
      ${this.errors.length ? this.renderErrors(strings) : nothing}
      ${total === 0 && !this.progress ? html`<p class="empty">${strings.noAttendees}</p>` : nothing}
      <div
        part="list"
        class="list"
        role="list"
        aria-label=${strings.label}
        tabindex=${this.activeRowRendered() ? -1 : 0}
        @rangeChanged=${this.handleRangeChanged}
        @focus=${this.handleListFocus}
        @keydown=${this.handleKeydown}
        @click=${this.handleClick}
        @focusin=${this.handleFocusIn}
        @focusout=${this.handleFocusOut}
      >
        ${virtualize({
          items: this.visibleRows as AttendeeRow[],
          keyFunction: (row: AttendeeRow) => row.key,
          scroller: true,
          renderItem: (row: AttendeeRow, index: number) => this.renderRow(row, index, total),
        })}
      </div>
    </div>`;
  }

  private renderRow(row: AttendeeRow, index: number, total: number) {
    const { profile } = row;
    const active = row.key === this.activeKey;
    return html`<div
      part="row"
      class="row ${active ? 'active' : ''}"
      role="listitem"
      tabindex=${active ? 0 : -1}
      aria-setsize=${total}
      aria-posinset=${index + 1}
      data-index=${index}
    >
      ${this.avatars.avatarFor(row.key, profile)}
      <span part="name" class="name">${profile.displayName}</span>
      ${profile.userProfile[0] ? html`<span part="summary" class="summary">${profile.userProfile[0][1]}</span>` : nothing}
    </div>`;
  }

  private renderErrors(strings: AttendeeListStrings) {
    const byCode = new Map<ProfileTokenErrorCode, number>();
    for (const { code } of this.errors) byCode.set(code, (byCode.get(code) ?? 0) + 1);
    return html`<details part="errors" class="errors">
      <summary>${strings.couldNotShow(this.numberFormat.format(this.errors.length), this.errors.length)}</summary>
      <ul>
        ${[...byCode].map(([code, count]) => html`<li>${code}: ${this.numberFormat.format(count)}</li>`)}
      </ul>
    </details>`;
  }

  /** Shows what is known at once, then verifies the tokens not seen before, a batch at a time. */
  private rebuild(): void {
    // The language may come from the element or any ancestor, and may have changed since the last time.
    const lang = this.closest('[lang]')?.getAttribute('lang') || undefined;
    this.collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    this.numberFormat = new Intl.NumberFormat(lang);
    this.abortVerification?.abort();
    this.abortVerification = null;
    const profiles = this.profiles;
    if (profiles) {
      const outcomes = profiles.map((profile, index) => this.parseOne(`profile:${index}`, profile));
      this.publish(profiles.map((_, index) => `profile:${index}`), new Map(outcomes.map((o, i) => [`profile:${i}`, o])));
      return;
    }
    const tokens = Array.isArray(this.tokens) ? this.tokens.filter((token): token is string => typeof token === 'string') : [];
    const known = new Map<string, Outcome>();
    const unknown: string[] = [];
    for (const token of new Set(tokens)) {
      const outcome = this.outcomes.get(token);
      if (outcome === undefined) unknown.push(token);
      else known.set(token, outcome);
    }
    this.outcomes = known;
    this.publish(tokens, known);
    if (unknown.length === 0) return;
    const key = this.verificationKey();
    const options = JSON.parse(this.verifyOptionsKey()) as VerifyOptions;
    const abort = new AbortController();
    this.abortVerification = abort;
    this.progress = { done: 0, total: unknown.length };
    let arriving: AttendeeRow[] = [];
    let shownAt = performance.now();
    void runInBatches(unknown, (token) => this.verifyOne(token, key, { ...options, signal: abort.signal }), {
      firstBatchSize: firstBatchSize,
      signal: abort.signal,
      onBatch: (batch) => {
        for (const { item, outcome } of batch) this.outcomes.set(item, outcome);
        const rows = batch.flatMap(({ outcome }) => (typeof outcome === 'string' ? [] : [outcome]));
        arriving = mergeSorted(arriving, rows.sort(this.compareRows), this.compareRows);
        const done = (this.progress?.done ?? 0) + batch.length;
        this.progress = done < unknown.length ? { done, total: unknown.length } : null;
        // Every new rows array makes the virtualizer lay the list out again: show the first screen at
        // once, then new attendees a few times a second, not after every batch.
        const now = performance.now();
        if (!this.progress || this.sortedRows.length < firstScreenRows || now - shownAt >= rowsRefreshInterval) {
          this.sortedRows = mergeSorted(this.sortedRows, arriving, this.compareRows);
          arriving = [];
          shownAt = now;
        }
        if (!this.progress) this.publishErrors(tokens);
      },
    });
  }

  /** Sets the rows and errors for `keys` from `outcomes`, and fires `sh-list-errors` when some failed. */
  private publish(keys: readonly string[], outcomes: ReadonlyMap<string, Outcome>): void {
    const rows: AttendeeRow[] = [];
    for (const [, outcome] of outcomes) if (typeof outcome !== 'string') rows.push(outcome);
    this.sortedRows = rows.sort(this.compareRows);
    this.progress = null;
    this.publishErrors(keys, outcomes);
  }

  private publishErrors(keys: readonly string[], outcomes: ReadonlyMap<string, Outcome> = this.outcomes): void {
    const errors: AttendeeListError[] = [];
    keys.forEach((key, index) => {
      const outcome = outcomes.get(key);
      if (typeof outcome === 'string') errors.push({ index, code: outcome });
    });
    this.errors = errors;
    if (errors.length) this.dispatchEvent(new ShListErrorsEvent(errors));
  }

  private async verifyOne(token: string, key: ReturnType<typeof this.verificationKey>, options: VerifyOptions): Promise<Outcome> {
    if (!key) return 'key';
    try {
      const profile = await verifyProfileToken(token, key, options);
      return { key: token, profile, searchText: attendeeSearchText(profile) };
    } catch (error) {
      return error instanceof ProfileTokenError ? error.code : 'claims';
    }
  }

  private parseOne(key: string, claims: unknown): Outcome {
    try {
      const profile = parseProfile(claims);
      return { key, profile, searchText: attendeeSearchText(profile) };
    } catch (error) {
      return error instanceof ProfileTokenError ? error.code : 'claims';
    }
  }

  private readonly compareRows = (a: AttendeeRow, b: AttendeeRow): number =>
    this.collator.compare(a.profile.displayName, b.profile.displayName) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

  private moveActive(index: number): void {
    const row = this.visibleRows[Math.max(0, Math.min(index, this.visibleRows.length - 1))];
    if (!row) return;
    this.activeKey = row.key;
    this.focusInList = true;
    this.list?.[virtualizerRef]?.element(this.visibleRows.indexOf(row))?.scrollIntoView({ block: 'nearest' });
  }

  /** Puts focus back on the active row after it was re-rendered, or on the list while it is scrolled away. */
  private async restoreFocus(): Promise<void> {
    await this.rowsRendered;
    const root = this.shadowRoot;
    if (!root || !this.focusInList) return;
    const active = root.querySelector<HTMLElement>('.row.active');
    if (root.activeElement === active) return;
    if (active) active.focus({ preventScroll: true });
    else if (root.activeElement === null || !root.activeElement.isConnected) this.list?.focus({ preventScroll: true });
  }

  private activeIndex(): number {
    return this.visibleRows.findIndex((row) => row.key === this.activeKey);
  }

  private handleKeydown(event: KeyboardEvent): void {
    const index = this.activeIndex();
    const page = Math.max(1, Math.floor((this.list?.clientHeight ?? 440) / 44) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: this.visibleRows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      this.moveActive(moves[event.key] ?? 0);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const row = this.visibleRows[index];
      if (!row) return;
      event.preventDefault();
      this.dispatchEvent(new ShAttendeeSelectEvent(row.profile));
    }
  }

  private handleClick(event: Event): void {
    const rowElement = (event.target as Element).closest<HTMLElement>('.row');
    const row = this.visibleRows[Number(rowElement?.dataset.index)];
    if (!row) return;
    this.activeKey = row.key;
    this.dispatchEvent(new ShAttendeeSelectEvent(row.profile));
  }

  private handleFocusIn(event: FocusEvent): void {
    this.focusInList = true;
    const rowElement = (event.target as Element).closest<HTMLElement>('.row');
    const row = this.visibleRows[Number(rowElement?.dataset.index)];
    if (row && row.key !== this.activeKey) this.activeKey = row.key;
  }

  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.list?.contains(next)) return;
    const row = event.target as Element;
    // A focused row that the virtualizer removes (scrolled out of range) leaves focus nowhere; the
    // list keeps it. Focus that moved anywhere else, or a click outside, leaves the list.
    queueMicrotask(() => {
      if (row.isConnected || next !== null) this.focusInList = false;
    });
  }

  private activeRowRendered(): boolean {
    const index = this.activeIndex();
    return index >= this.renderedRange.first && index <= this.renderedRange.last;
  }

  private handleRangeChanged(event: RangeChangedEvent): void {
    // Runs before the virtualizer renders the new range (its own listener was added after this one).
    this.avatars.keepOnly(this.visibleRows.slice(Math.max(0, event.first), event.last + 1).map((row) => row.key));
    const wasRendered = this.activeRowRendered();
    this.renderedRange = { first: event.first, last: event.last };
    // The range changes every frame while scrolling; only the list's tab stop depends on it.
    if (this.activeRowRendered() !== wasRendered) this.requestUpdate();
  }

  /**
   * The list itself is a tab stop only while the active row is not rendered (scrolled far away, or the
   * list is off screen), so keyboard users can always reach it; focusing it brings the active row back.
   */
  private handleListFocus(event: FocusEvent): void {
    if (event.target !== this.list || !this.visibleRows.length) return;
    this.moveActive(Math.max(0, this.activeIndex()));
  }

  private handleFilterInput(event: Event): void {
    this.filterQuery = (event.target as HTMLInputElement).value;
  }
}
