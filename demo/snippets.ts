// The code the playground hands a host: the embed HTML for the event page and the Node example that signs
// a token and redirects with 302, both generated from the current settings. Text only; nothing here runs.
import type { Claims } from './claims.js';
import { formatJsLiteral } from './json-text.js';

export type EmbedKey = 'pem-script' | 'public-key' | 'jwks-url';
export type EmbedToken = 'token-param' | 'property';

export interface EmbedSettings {
  readonly layout: string;
  readonly key: EmbedKey;
  readonly token: EmbedToken;
  readonly scriptUrl: string;
  readonly jwksUrl: string;
  readonly publicKeyPem: string;
}

export function embedSnippet(settings: EmbedSettings): string {
  const pem = settings.publicKeyPem.trim() || '-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----';
  const attributes = [
    settings.token === 'property' ? 'id="attendee"' : null,
    settings.layout === 'card' ? null : `layout="${settings.layout}"`,
    settings.token === 'token-param' ? 'token-param="token"' : null,
    settings.key === 'jwks-url' ? `jwks-url="${escapeAttribute(settings.jwksUrl)}"` : null,
    settings.key === 'public-key' ? `public-key="${escapeAttribute(pem)}"` : null,
  ].filter((attribute): attribute is string => attribute !== null);
  const open = attributes.length ? `<sh-profile-card ${attributes.join(' ')}>` : '<sh-profile-card>';
  const child = settings.key === 'pem-script' ? `\n  <script type="application/x-pem-file">\n${pem}\n  </script>\n` : '';
  const lines = [
    '<!-- social-hour-profile/define: from your bundle, or a copy served by your own origin.',
    `     Needs no 'unsafe-inline' or 'unsafe-eval'${settings.key === 'jwks-url' ? '; allow the JWKS origin in connect-src' : ''}. -->`,
    `<script type="module" src="${escapeAttribute(settings.scriptUrl)}"></script>`,
    '',
    `${open}${child}</sh-profile-card>`,
  ];
  if (settings.token === 'property') {
    lines.push(
      '',
      '<!-- Then, in one of your own modules (an external file, so the CSP needs no inline script):',
      "     document.querySelector('#attendee').token = tokenFromYourSignIn; -->",
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The seed's Node example, rewritten: signProfileToken (RS256, `iat`, `exp` 300 s ahead) and a 302 redirect. */
export function hostSnippet(claims: Claims, expiresIn: number): string {
  const profile = formatJsLiteral(claims, '  ');
  const options = expiresIn === 300 ? '' : `, { expiresIn: ${expiresIn} }`;
  return `// host.mjs (Node 20+): npm install social-hour-profile jose
//
// Keys, as the Social hour docs say, plus one conversion (signProfileToken reads PKCS #8):
//   ssh-keygen -b 2048 -m PEM -t rsa -f socialhour.key -q -N ""
//   openssl rsa -in socialhour.key -pubout -outform PEM -out socialhour.key.pub   # paste into the event settings
//   openssl pkcs8 -topk8 -nocrypt -in socialhour.key -out socialhour.pk8
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { signProfileToken } from 'social-hour-profile/token';

const privateKey = readFileSync('./socialhour.pk8', 'utf8');
const eventUrl = 'https://socialhour.example/your-event';

createServer(async (request, response) => {
  if (request.url !== '/social-hour') return response.writeHead(404).end();
  // Sign when the attendee clicks through, never ahead of time: the token lives ${expiresIn} seconds.
  // In your app these values come from the signed-in user.
  const token = await signProfileToken(privateKey, ${profile}${options});
  response
    .writeHead(302, { Location: \`\${eventUrl}?token=\${token}\`, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
    .end();
}).listen(8080, '127.0.0.1');
`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
