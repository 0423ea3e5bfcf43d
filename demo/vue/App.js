// A Vue 3 host app: a card verifying the attendee's token, and the attendee list; a click on a row
// shows that attendee in a second card. Data goes in as DOM properties (`.prop`), the elements' events
// come back through `@sh-…` listeners. The template is compiled in the browser, with `sh-` tags declared
// custom elements (main.js).
//
// `:key.prop` hands the element a CryptoKey: without `.prop`, `key` would be Vue's own list key.
export const App = {
  props: {
    cryptoKey: { type: Object, required: true },
    token: { type: String, required: true },
    tokens: { type: Array, required: true },
  },
  data: () => ({ verifiedName: null, cardError: null, selected: null }),
  template: `
    <main>
      <sh-profile-card
        id="attendee"
        :key.prop="cryptoKey"
        :token.prop="token"
        @sh-profile-verified="verifiedName = $event.profile.displayName"
        @sh-profile-error="cardError = $event.code"
      ></sh-profile-card>
      <p id="verified-name">{{ cardError ? 'Refused: ' + cardError : (verifiedName ?? 'Verifying…') }}</p>
      <sh-attendee-list
        id="attendees"
        :key.prop="cryptoKey"
        :tokens.prop="tokens"
        filterable
        @sh-attendee-select="selected = $event.profile"
      ></sh-attendee-list>
      <template v-if="selected">
        <p id="selected-name">Selected: {{ selected.displayName }}</p>
        <sh-profile-card id="selected" layout="row" :profile.prop="selected"></sh-profile-card>
      </template>
    </main>
  `,
};
