// The playground's entry: registers the library's elements and wires the sections to one shared state.
// Keys come first (generated or restored); a token the page was opened with (?token=) is verified as given.
import '../src/define.js';
import { ShProfileCard } from '../src/index.js';
import { setUpAttendeeSection } from './attendee-section.js';
import { setUpClaimsEditor } from './claims-editor.js';
import { enableCopyButtons } from './copy-buttons.js';
import { setUpKeysSection } from './keys-section.js';
import { byId } from './page-elements.js';
import { PlaygroundState } from './playground-state.js';
import { setUpResultSection } from './result-section.js';
import { setUpSnippetSections } from './snippet-sections.js';
import { setUpTokenSection } from './token-section.js';

const state = new PlaygroundState();
// The main card has token-param="token": on upgrade it took any ?token= from the URL and removed it from
// the address bar, as an event page would.
const tokenFromUrl = byId('card-layout-card', ShProfileCard).token;
if (tokenFromUrl) state.pastedToken = tokenFromUrl;

enableCopyButtons(document, byId('copy-status', HTMLElement));
setUpResultSection(state);
setUpClaimsEditor(state);
setUpTokenSection(state);
setUpSnippetSections(state);
setUpAttendeeSection(state);
await setUpKeysSection(state);
document.documentElement.dataset.playground = 'ready';
