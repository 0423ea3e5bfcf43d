// Styles of <sh-attendee-list>.
import { css } from 'lit';

export const attendeeListStyles = css`
  :host {
    --_color: var(--sh-list-color, #1b1f24);
    --_muted: var(--sh-list-muted-color, #57606a);
    --_border: var(--sh-list-border-color, #d0d7de);
    --_background: var(--sh-list-background, #ffffff);
    --_active: var(--sh-list-active-background, #eef4fb);
    --_focus: var(--sh-list-focus-color, #0b5cad);
    --_error: var(--sh-list-error-color, #a40e26);
    display: block;
    box-sizing: border-box;
    height: var(--sh-list-height, 480px);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--sh-list-radius, 8px);
    overflow: hidden;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_color: var(--sh-list-color, #e6edf3);
      --_muted: var(--sh-list-muted-color, #9ea7b3);
      --_border: var(--sh-list-border-color, #30363d);
      --_background: var(--sh-list-background, #0d1117);
      --_active: var(--sh-list-active-background, #1f2a37);
      --_focus: var(--sh-list-focus-color, #6cb6ff);
      --_error: var(--sh-list-error-color, #ff9492);
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* Typography is set here, not inherited from the host element, whose own styles belong to the page
     (a global rule like "* { line-height: 5 }" matches the host but never reaches in here). */
  .base {
    font-family: var(--sh-list-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--sh-list-font-size, 14px);
    line-height: normal;
    color: var(--_color);
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
  }
  .filter {
    margin: 8px;
    padding: 6px 10px;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .status,
  .errors {
    padding: 4px 12px;
    color: var(--_muted);
  }
  .status progress {
    display: block;
    width: 100%;
  }
  .errors {
    color: var(--_error);
  }
  .errors ul {
    margin: 4px 0;
    padding-inline-start: 20px;
  }
  .list {
    flex: 1 1 auto;
    min-height: 0;
    outline: none;
  }
  .row {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: 12px;
    width: 100%;
    height: 44px;
    padding: 0 12px;
    border-bottom: 1px solid var(--_border);
    cursor: pointer;
    outline: none;
  }
  .row:focus-visible {
    box-shadow: inset 0 0 0 2px var(--_focus);
  }
  .row.active {
    background: var(--_active);
  }
  .name,
  .summary {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .name {
    flex: 0 1 auto;
    font-weight: 600;
  }
  .summary {
    flex: 1 1 0;
    min-width: 0;
    color: var(--_muted);
  }
  .empty {
    margin: 12px;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .row:focus-visible,
    .row.active {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
