// Mounts the Vue example with what the host's server gives the page: ./session.json holds the SPKI PEM
// of its signing key, the attendee's token and the list's tokens (signed on the server, never here).
// The PEM is imported once as a CryptoKey, which both elements share through their `key` property.
import 'social-hour-profile/define';
// Vue's full build: the in-browser template compiler, which needs 'unsafe-eval' under a CSP (a build
// step that precompiles templates, as Vite's Vue plugin does, needs no such exception).
import { createApp } from 'vue/dist/vue.esm-bundler.js';
import { App } from './App.js';

function spkiBytes(pem) {
  const base64 = pem.replace(/-----(?:BEGIN|END) PUBLIC KEY-----|\s/g, '');
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

const session = await (await fetch('./session.json')).json();
const cryptoKey = await crypto.subtle.importKey(
  'spki',
  spkiBytes(session.publicKey),
  { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  false,
  ['verify'],
);
const app = createApp(App, { cryptoKey, token: session.token, tokens: session.tokens });
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sh-');
app.mount('#app');
