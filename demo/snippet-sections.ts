// Sections 6 and 7, Embed and Host server: the generated snippets, kept up to date with the settings,
// the key and the claims.
import { byId } from './page-elements.js';
import type { PlaygroundState } from './playground-state.js';
import { embedSnippet, hostSnippet, type EmbedKey, type EmbedToken } from './snippets.js';

export function setUpSnippetSections(state: PlaygroundState): void {
  const settings = byId('embed-settings', HTMLFormElement);
  const layout = byId('embed-layout', HTMLSelectElement);
  const key = byId('embed-key', HTMLSelectElement);
  const token = byId('embed-token', HTMLSelectElement);
  const scriptUrl = byId('embed-script', HTMLInputElement);
  const jwksUrl = byId('embed-jwks-url', HTMLInputElement);
  const jwksField = byId('embed-jwks-field', HTMLElement);
  const embed = byId('embed-snippet', HTMLElement);
  const host = byId('host-snippet', HTMLElement);

  const show = (): void => {
    jwksField.hidden = key.value !== 'jwks-url';
    embed.textContent = embedSnippet({
      layout: layout.value,
      key: key.value as EmbedKey,
      token: token.value as EmbedToken,
      scriptUrl: scriptUrl.value,
      jwksUrl: jwksUrl.value,
      publicKeyPem: state.keys?.publicKeyPem ?? '',
    });
    host.textContent = hostSnippet(state.claims, state.expiresIn);
  };
  settings.addEventListener('input', show);
  settings.addEventListener('submit', (event) => event.preventDefault());
  state.addEventListener('change', show);
  show();
}
