// The host page's module: loads the library bundle, then hands the elements the key, tokens and group
// its server put in /session.json, as properties. Sets data-ready on <html> when done.
import '/social-hour-profile.js';

const session = await (await fetch('/session.json')).json();
const card = document.getElementById('card');
card.publicKey = session.publicKey;
card.token = session.token;
document.getElementById('list').tokens = session.tokens;
document.getElementById('group').items = session.group;
document.documentElement.dataset.ready = '';
