// A worker that signs attendee tokens for the list demo, so ten thousand RS256 signatures use every core.
// Signing is the host's job; the playground does it only to have tokens to verify.
import { signProfileToken, type SessionProfileInput } from '../src/token/index.js';

export interface SigningRequest {
  readonly privateKeyPem: string;
  readonly attendees: readonly SessionProfileInput[];
}

addEventListener('message', (event: MessageEvent<SigningRequest>) => {
  const { privateKeyPem, attendees } = event.data;
  void Promise.all(attendees.map((attendee) => signProfileToken(privateKeyPem, attendee))).then(
    (tokens) => postMessage({ tokens }),
    (error: unknown) => postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
