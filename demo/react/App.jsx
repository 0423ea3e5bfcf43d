// A React 19 host app: a card verifying the attendee's token, and the attendee list; a click on a row
// shows that attendee in a second card. Data goes in as properties, the elements' events come back as
// React handlers.
//
// React 19 assigns a prop to a custom element as a property when the element has one (`publicKey`,
// `token`, `tokens`, `profile`), and turns `on<event-name>` props into listeners for exactly that event
// name, so `onsh-profile-verified` (lower case, as the event is named) listens to `sh-profile-verified`.
// `key` is React's own prop and never reaches an element: pass the PEM as `publicKey`, or set `.key`
// through a ref to hand over a CryptoKey.
import { useState } from 'react';

export function App({ publicKey, token, tokens }) {
  const [verifiedName, setVerifiedName] = useState(null);
  const [cardError, setCardError] = useState(null);
  const [selected, setSelected] = useState(null);
  return (
    <main>
      <sh-profile-card
        id="attendee"
        publicKey={publicKey}
        token={token}
        onsh-profile-verified={(event) => setVerifiedName(event.profile.displayName)}
        onsh-profile-error={(event) => setCardError(event.code)}
      />
      <p id="verified-name">{cardError ? `Refused: ${cardError}` : (verifiedName ?? 'Verifying…')}</p>
      <sh-attendee-list
        id="attendees"
        publicKey={publicKey}
        tokens={tokens}
        filterable
        onsh-attendee-select={(event) => setSelected(event.profile)}
      />
      {selected && (
        <>
          <p id="selected-name">Selected: {selected.displayName}</p>
          <sh-profile-card id="selected" layout="row" profile={selected} />
        </>
      )}
    </main>
  );
}
