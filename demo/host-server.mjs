// A runnable event host for the playground: `node demo/host-server.mjs` serves a host page on 127.0.0.1
// whose "Join the social hour" links sign a fresh 300-second token for the attendee and 302-redirect to
// the playground (the event page) with it, as the Social hour host documentation recommends.
//
// It imports signProfileToken as a host would, from `social-hour-profile/token`: inside this repository
// that name resolves to the package itself, i.e. the built dist/token.js (run `npm run build` first).
//
//   PORT                          port to listen on (default 8787; 0 picks a free one)
//   PLAYGROUND_URL                where to redirect (default http://127.0.0.1:5173/, what `npm start` serves)
//   SOCIAL_HOUR_PRIVATE_KEY       the host's RSA private key, PKCS #8 PEM text ("BEGIN PRIVATE KEY")
//   SOCIAL_HOUR_PRIVATE_KEY_FILE  or a file holding it
// Without a key it generates a demo RSA-2048 pair at start-up and prints the public key to paste into the
// playground's Keys section. Demo only: a real host loads its one key from its secret store.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

let signProfileToken;
try {
  ({ signProfileToken } = await import('social-hour-profile/token'));
} catch (error) {
  console.error(`Cannot load social-hour-profile/token (${error.code ?? error.message}). Build the library first: npm run build`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 8787);
const playgroundUrl = new URL(process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:5173/');
const { privateKeyPem, publicKeyPem, generated } = hostKeys();

/** The host's signed-in users, as its own database would have them. */
const users = {
  larry: {
    displayName: 'Larry David',
    email: '',
    userProfile: [
      ['organization', 'Seinfield'],
      ['title', 'Producer'],
      ['interests', 'comedy'],
    ],
  },
  hanako: {
    displayName: '山田 花子',
    email: 'hanako@example.jp',
    userProfile: [['organization', 'Kramerica Tokyo'], ['title', 'Engineer']],
  },
  fatima: {
    displayName: 'فاطمة الحسن',
    email: 'fatima@example.org',
    userProfile: [['organization', 'Vandelay Industries'], ['title', 'Architect']],
  },
};

const server = createServer((request, response) => {
  void handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('The token could not be signed; see the host server log.');
  });
});

async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if (url.pathname === '/') {
    response.writeHead(200, pageHeaders('text/html; charset=utf-8')).end(hostPage());
    return;
  }
  if (url.pathname === '/public-key.pem') {
    response.writeHead(200, pageHeaders('application/x-pem-file; charset=utf-8')).end(publicKeyPem);
    return;
  }
  if (url.pathname === '/social-hour') {
    const user = Object.hasOwn(users, url.searchParams.get('as') ?? '') ? users[url.searchParams.get('as')] : users.larry;
    // Signed now, at the click, and valid for 300 seconds (signProfileToken's default): the link cannot be kept.
    const token = await signProfileToken(privateKeyPem, user);
    const location = new URL(playgroundUrl);
    location.searchParams.set('token', token);
    response
      .writeHead(302, { Location: location.href, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
      .end();
    return;
  }
  response.writeHead(404, pageHeaders('text/plain; charset=utf-8')).end('Not found');
}

server.listen(port, '127.0.0.1', () => {
  const { port: actualPort } = server.address();
  console.log(`Host server: http://127.0.0.1:${actualPort}/ (redirects to ${playgroundUrl.href})`);
  console.log(
    generated
      ? 'Generated a demo RSA-2048 key pair. Paste this public key into the playground (Keys, then "Use pasted keys"):'
      : 'Signing with SOCIAL_HOUR_PRIVATE_KEY. Its public key:',
  );
  console.log(publicKeyPem.trim());
});

function hostKeys() {
  const file = process.env.SOCIAL_HOUR_PRIVATE_KEY_FILE;
  const given = process.env.SOCIAL_HOUR_PRIVATE_KEY ?? (file ? readFileSync(file, 'utf8') : undefined);
  if (given) {
    const publicKey = createPublicKey(given).export({ type: 'spki', format: 'pem' });
    return { privateKeyPem: given, publicKeyPem: publicKey, generated: false };
  }
  const pair = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { privateKeyPem: pair.privateKey, publicKeyPem: pair.publicKey, generated: true };
}

function pageHeaders(contentType) {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'",
    'X-Content-Type-Options': 'nosniff',
  };
}

function hostPage() {
  const links = Object.entries(users)
    .map(([id, user]) => `<li><a href="/social-hour?as=${id}">Join the social hour as ${escapeHtml(user.displayName)}</a></li>`)
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Example host: join the social hour</title>
  </head>
  <body>
    <main>
      <h1>Example host</h1>
      <p>You are signed in to the host's platform. Each link signs a fresh token (valid 300 seconds) and redirects
        with 302 to <code>${escapeHtml(playgroundUrl.href)}</code>.</p>
      <ul>
      ${links}
      </ul>
      <h2>Public key</h2>
      <p>Paste it into the event settings (here: the playground's Keys section, then "Use pasted keys").</p>
      <pre>${escapeHtml(publicKeyPem)}</pre>
    </main>
  </body>
</html>
`;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
