// Mounts the React example with what the host's server gives the page: ./session.json holds the SPKI
// PEM of its signing key, the attendee's token and the list's tokens (signed on the server, never here).
import 'social-hour-profile/define';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

const session = await (await fetch('./session.json')).json();
createRoot(document.getElementById('app')).render(<App publicKey={session.publicKey} token={session.token} tokens={session.tokens} />);
