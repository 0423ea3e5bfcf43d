// Styles of <sh-avatar>.
import { css } from 'lit';

export const avatarStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    flex: none;
    line-height: 0;
    --_size: var(--sh-avatar-size, 40px);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    position: relative;
    box-sizing: border-box;
    width: var(--_size);
    height: var(--_size);
    overflow: hidden;
    border-radius: var(--sh-avatar-radius, 50%);
    background: var(--sh-avatar-background, transparent);
  }
  :host([shape='rounded']) .base {
    border-radius: var(--sh-avatar-radius, 20%);
  }
  :host([shape='square']) .base {
    border-radius: var(--sh-avatar-radius, 0);
  }
  canvas,
  img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
  }
  img {
    object-fit: cover;
  }
  img.loading {
    opacity: 0;
  }
  [hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .base {
      outline: 1px solid CanvasText;
      outline-offset: -1px;
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
    }
  }
`;
