// The playground's avatar images (demo/avatars/, served by the dev server or copied into dist-demo/),
// as absolute URLs on whatever origin serves the page: no avatar ever comes from the network.
// `?no-inline` keeps each a file: Vite would inline small ones as data: URLs, which <sh-avatar> refuses.
import amber from './avatars/amber.svg?no-inline';
import coral from './avatars/coral.svg?no-inline';
import indigo from './avatars/indigo.svg?no-inline';
import jade from './avatars/jade.svg?no-inline';
import plum from './avatars/plum.svg?no-inline';
import sky from './avatars/sky.svg?no-inline';
import slate from './avatars/slate.svg?no-inline';
import sun from './avatars/sun.svg?no-inline';

export const demoAvatarUrls: readonly string[] = [amber, coral, indigo, jade, plum, sky, slate, sun].map(
  (path) => new URL(path, location.href).href,
);

/**
 * Whether the token module keeps an avatar URL of this page: it keeps only absolute `https:` URLs, so
 * on the dev server (`http://127.0.0.1`) signed avatars fall back to initials, as they would for any host.
 */
export const signedAvatarsShow = location.protocol === 'https:';
