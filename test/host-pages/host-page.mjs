// The host page the CSP, hostile-CSS and globals tests load: every element of the library, fed by its
// server's /session.json (an SPKI PEM, a token for the card, hundreds for the list), same-origin images,
// and optionally a host stylesheet.
import { solidPng } from '../helpers/test-server.mjs';
import { html, json, libraryBundle, pageFile, script } from './host-page-server.mjs';
import { attendeeProfiles, signedSession } from './signed-session.mjs';

const avatarImage = { type: 'image/png', body: solidPng('00a050') };

const cardProfile = { displayName: 'Larry David', userProfile: [['organization', 'Seinfield'], ['title', 'Producer']] };
const group = [
  { name: 'Ada Lovelace' },
  { name: 'Grace Hopper', src: '/avatars/green.png' },
  { name: 'Alan Turing' },
  { name: 'Edsger Dijkstra' },
  { name: 'Barbara Liskov' },
  { name: 'Donald Knuth' },
];

function hostPage({ publicKeyPem, stylesheets, pageScript }) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Host page</title>
  <link rel="icon" href="/favicon.png">
  ${stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n  ')}
  <script src="/violations.js"></script>
  <script type="module" src="/${pageScript}"></script>
</head>
<body>
  <sh-avatar id="initials" name="Ada Lovelace" size="48"></sh-avatar>
  <sh-avatar id="photo" name="Grace Hopper" src="/avatars/green.png" loading="eager"></sh-avatar>
  <sh-profile-card id="card"></sh-profile-card>
  <sh-attendee-list id="list" filterable><script type="application/x-pem-file">${publicKeyPem}</script></sh-attendee-list>
  <sh-avatar-group id="group" size="36" max="4"></sh-avatar-group>
</body>
</html>`;
}

/**
 * The routes of the host page: `/` (the elements and the page's layout, pages/host-layout.css),
 * `/hostile.html` (the same plus pages/hostile.css), the page's scripts, the library bundle,
 * /session.json and the images.
 */
export async function hostPageRoutes({ attendeeCount, pageScript = 'host-page.js' }) {
  const session = await signedSession({ card: cardProfile, attendees: attendeeProfiles(attendeeCount) });
  const page = (stylesheets) => html(hostPage({ publicKeyPem: session.publicKey, stylesheets, pageScript }));
  return {
    '/': page(['/host-layout.css']),
    '/hostile.html': page(['/host-layout.css', '/hostile.css']),
    '/host-layout.css': pageFile('host-layout.css'),
    '/hostile.css': pageFile('hostile.css'),
    '/violations.js': pageFile('violations.js'),
    [`/${pageScript}`]: pageFile(pageScript),
    '/social-hour-profile.js': script(await libraryBundle()),
    '/session.json': json({ publicKey: session.publicKey, token: session.token, tokens: session.tokens, group }),
    '/avatars/green.png': avatarImage,
    '/favicon.png': { type: 'image/png', body: solidPng('0b5cad', 16) },
  };
}

/** Waits until the page set data-ready and every element finished: card verified, list verified and laid out. */
export function waitForHostPage(page) {
  return page.waitForFunction(
    async () => {
      if (document.documentElement.dataset.ready === undefined) return false;
      const list = document.getElementById('list');
      const card = document.getElementById('card');
      const finished = () => !list.verifying && list.shownProfiles.length > 0 && !card.verifying;
      // Finished first, then the updates: the ones awaited are those that render the finished state.
      if (!finished()) return false;
      const elements = [...document.querySelectorAll('sh-avatar, sh-profile-card, sh-attendee-list, sh-avatar-group')];
      await Promise.all(elements.map((element) => element.updateComplete));
      if (!finished() || card.shadowRoot.querySelector('[part~=name]') === null) return false;
      // The list keeps placing rows for a while after its last batch (the virtualizer measures and moves
      // them, handing avatars from row to row): wait until its rows and their pixels hold still.
      const rowsNow = () =>
        [...list.shadowRoot.querySelectorAll('[part~=row], [part~=progress]')]
          .map((row) => {
            const avatar = row.querySelector('sh-avatar');
            const canvas = avatar?.shadowRoot?.querySelector('canvas');
            return `${row.textContent}|${avatar?.name}|${canvas?.width}|${canvas?.toDataURL()}`;
          })
          .join('\n');
      let before = rowsNow();
      let still = 0;
      for (let check = 0; check < 40 && still < 3; check += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        await Promise.all(elements.map((element) => element.updateComplete));
        const now = rowsNow();
        still = now === before ? still + 1 : 0;
        before = now;
      }
      return still >= 3 && list.shadowRoot.querySelector('[part~=progress]') === null;
    },
    null,
    { timeout: 20_000, polling: 100 },
  );
}
