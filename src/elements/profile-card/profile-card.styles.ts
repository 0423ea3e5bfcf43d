// Styles of <sh-profile-card>: card, row and avatar layouts, light and dark, LTR and RTL.
import { css } from 'lit';

export const profileCardStyles = css`
  :host {
    --_background: var(--sh-card-background, #ffffff);
    --_color: var(--sh-card-color, #1b1f24);
    --_muted: var(--sh-card-muted-color, #57606a);
    --_border: var(--sh-card-border-color, #d0d7de);
    --_accent: var(--sh-card-accent-color, #0b5cad);
    --_error: var(--sh-card-error-color, #a40e26);
    --_skeleton: var(--sh-card-skeleton-color, #e7ebef);
    --_radius: var(--sh-card-radius, 12px);
    --_padding: var(--sh-card-padding, 16px);
    --_gap: var(--sh-card-gap, 12px);
    --_font-family: var(--sh-card-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--sh-card-font-size, 14px);
    display: block;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_background: var(--sh-card-background, #161b22);
      --_color: var(--sh-card-color, #e6edf3);
      --_muted: var(--sh-card-muted-color, #9ea7b3);
      --_border: var(--sh-card-border-color, #30363d);
      --_accent: var(--sh-card-accent-color, #6cb6ff);
      --_error: var(--sh-card-error-color, #ff9492);
      --_skeleton: var(--sh-card-skeleton-color, #262c36);
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* A page of a thousand cards lays out and paints only those near the viewport; the others keep the
     size they last had (or this estimate: one row, or a card without pairs). */
  :host([layout='row']),
  :host([layout='card']) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 98px;
  }
  :host([layout='row']) {
    contain-intrinsic-block-size: auto 45px;
  }
  :host([layout='avatar']) {
    display: inline-block;
  }
  :host([layout='avatar']) .badge {
    font-family: var(--_font-family);
    font-size: calc(0.8 * var(--_font-size));
    line-height: 1.4;
  }
  /* Typography is set on the card, not inherited from the host element, whose own styles belong to the
     page (a global rule like "* { font-size: 40px }" matches the host but never reaches in here). */
  .card {
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_color);
    box-sizing: border-box;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--_gap);
    align-items: start;
    min-width: 0;
    padding: var(--_padding);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    overflow-wrap: anywhere;
  }
  .identity {
    min-width: 0;
    min-height: 64px;
    display: flex;
    flex-direction: column;
    justify-content: center;
  }
  .name {
    margin: 0;
    font-size: 1.15em;
    font-weight: 600;
  }
  .email {
    color: var(--_accent);
  }
  .badge {
    display: inline-block;
    width: fit-content;
    margin-top: 4px;
    padding: 0 8px;
    border-radius: 999px;
    border: 1px solid currentColor;
    color: var(--sh-card-badge-color, #7d4e00);
    background: var(--sh-card-badge-background, #fff8c5);
    font-size: 0.8em;
    font-weight: 600;
  }
  @media (prefers-color-scheme: dark) {
    .badge {
      color: var(--sh-card-badge-color, #f2cc60);
      background: var(--sh-card-badge-background, #2e2a15);
    }
  }
  .details {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 4px var(--_gap);
    margin: var(--_gap) 0 0;
  }
  .details:empty {
    display: none;
  }
  .key {
    color: var(--_muted);
  }
  .key::first-letter {
    text-transform: uppercase;
  }
  .value {
    margin: 0;
    white-space: pre-line;
  }
  .message {
    grid-column: 1 / -1;
    margin: 0;
  }
  .error {
    color: var(--_error);
    border-color: currentColor;
  }
  .code {
    display: block;
    margin-top: 4px;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .skeleton .bar {
    height: 0.9em;
    margin: 0.3em 0;
    border-radius: 4px;
    background: var(--_skeleton);
  }
  .skeleton .name-bar {
    width: 55%;
  }
  .skeleton .email-bar {
    width: 40%;
  }
  :host([layout='avatar']) .skeleton .avatar-placeholder {
    width: 40px;
    height: 40px;
  }
  .avatar-placeholder {
    width: 64px;
    height: 64px;
    border-radius: 50%;
    background: var(--_skeleton);
  }
  /* row: one line for lists */
  :host([layout='row']) .card {
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    padding: 6px var(--_gap);
    border-radius: 0;
    border-width: 0 0 1px;
  }
  :host([layout='row']) .identity {
    min-height: 32px;
    flex-direction: row;
    align-items: baseline;
    gap: var(--_gap);
  }
  :host([layout='row']) .name,
  :host([layout='row']) .summary {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: 1em;
  }
  :host([layout='row']) .name {
    flex: 0 1 auto;
  }
  :host([layout='row']) .summary {
    flex: 1 1 0;
    min-width: 0;
    color: var(--_muted);
  }
  :host([layout='row']) .avatar-placeholder {
    width: 32px;
    height: 32px;
  }
  :host([layout='row']) .skeleton .bar {
    width: 60%;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .skeleton .bar,
    .avatar-placeholder {
      background: GrayText;
    }
  }
`;
