// Styles of <sh-avatar-group>: the overlapping stack, its rings, the overflow chip and the name tooltips,
// light and dark, LTR and RTL (logical properties only, so the stack follows the inherited direction).
import { css } from 'lit';

export const avatarGroupStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    line-height: 0;
  }
  .base {
    /* Not --_size: <sh-avatar> defines that from --sh-avatar-size, which would make a cycle. Declared on
       .base, not :host, so the inline --_edge of the size property reaches the values computed from it. */
    --_edge: var(--sh-avatar-group-size, 32px);
    --_overlap: var(--sh-avatar-group-overlap, calc(var(--_edge) / 4));
    --_ring-width: var(--sh-avatar-group-ring-width, 2px);
    --_ring-color: var(--sh-avatar-group-ring-color, #ffffff);
    --_chip-background: var(--sh-avatar-group-overflow-background, #e7ebef);
    --_chip-color: var(--sh-avatar-group-overflow-color, #1b1f24);
    --_focus: #0b5cad;
    display: inline-flex;
    align-items: center;
    /* The rings are shadows outside the avatars: leave them room inside the host's box. */
    padding: var(--_ring-width);
  }
  @media (prefers-color-scheme: dark) {
    .base {
      --_ring-color: var(--sh-avatar-group-ring-color, #161b22);
      --_chip-background: var(--sh-avatar-group-overflow-background, #30363d);
      --_chip-color: var(--sh-avatar-group-overflow-color, #e6edf3);
      --_focus: #6cb6ff;
    }
  }
  :host([hidden]) {
    display: none;
  }
  .item {
    position: relative;
    display: flex;
    flex: none;
  }
  .item + .item {
    margin-inline-start: calc(-1 * var(--_overlap));
  }
  .item:hover,
  .item:focus-within {
    z-index: 1;
  }
  sh-avatar,
  .overflow {
    --sh-avatar-size: var(--_edge);
    border-radius: 50%;
    box-shadow: 0 0 0 var(--_ring-width) var(--_ring-color);
    outline: none;
  }
  sh-avatar:focus-visible,
  .overflow:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: var(--_ring-width);
  }
  .overflow {
    box-sizing: border-box;
    min-inline-size: var(--_edge);
    block-size: var(--_edge);
    padding-inline: calc(var(--_edge) / 8);
    border-radius: calc(var(--_edge) / 2);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    background: var(--_chip-background);
    color: var(--_chip-color);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    font-size: max(11px, calc(var(--_edge) * 0.375));
    font-weight: 600;
    line-height: 1;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .tooltip {
    position: absolute;
    inset-block-end: 100%;
    left: 50%;
    transform: translateX(-50%);
    width: max-content;
    max-width: 16em;
    /* A transparent border bridges the gap, so the pointer can move onto the tooltip (WCAG 1.4.13). */
    border-bottom: 6px solid transparent;
    background-clip: padding-box;
    padding: 4px 8px;
    border-radius: 4px;
    background-color: #1b1f24;
    color: #ffffff;
    font: 12px/1.35 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    text-align: center;
    overflow-wrap: anywhere;
    visibility: hidden;
  }
  .item:hover .tooltip,
  .item:focus-within .tooltip {
    visibility: visible;
  }
  .base.dismissed .tooltip {
    visibility: hidden;
  }
  @media (forced-colors: active) {
    .overflow,
    .tooltip {
      border: 1px solid CanvasText;
    }
    .tooltip {
      border-bottom-width: 1px;
      margin-bottom: 5px;
    }
  }
`;
