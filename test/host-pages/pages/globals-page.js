// The globals page's module: notes what the page has, then imports the library bundle and hands the
// elements their data (as host-page.js does). The snapshot goes in an attribute, not a global.
import { hostGlobals } from '/host-globals.js';

document.documentElement.dataset.globalsBefore = JSON.stringify(hostGlobals());
await import('/social-hour-profile.js');

const session = await (await fetch('/session.json')).json();
const card = document.getElementById('card');
card.publicKey = session.publicKey;
card.token = session.token;
document.getElementById('list').tokens = session.tokens;
document.getElementById('group').items = session.group;
document.documentElement.dataset.ready = '';
