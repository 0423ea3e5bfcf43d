// Signs many attendee tokens in a small pool of workers (one per core, at most eight), reporting progress.
import type { SessionProfileInput } from '../src/token/index.js';
import type { SigningRequest } from './token-signing-worker.js';

const batchSize = 250;

type SigningReply = { readonly tokens: string[] } | { readonly error: string };

export async function signAttendees(
  privateKeyPem: string,
  attendees: readonly SessionProfileInput[],
  onProgress: (signed: number) => void,
): Promise<string[]> {
  const tokens: string[] = new Array<string>(attendees.length);
  const starts: number[] = [];
  for (let start = 0; start < attendees.length; start += batchSize) starts.push(start);
  const workerCount = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8, starts.length));
  const workers = Array.from(
    { length: workerCount },
    () => new Worker(new URL('./token-signing-worker.ts', import.meta.url), { type: 'module' }),
  );
  let signed = 0;
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (let start = starts.shift(); start !== undefined; start = starts.shift()) {
          const batch = attendees.slice(start, start + batchSize);
          const batchTokens = await signInWorker(worker, { privateKeyPem, attendees: batch });
          batchTokens.forEach((token, offset) => (tokens[start + offset] = token));
          signed += batch.length;
          onProgress(signed);
        }
      }),
    );
  } finally {
    for (const worker of workers) worker.terminate();
  }
  return tokens;
}

function signInWorker(worker: Worker, request: SigningRequest): Promise<string[]> {
  return new Promise((resolve, reject) => {
    worker.addEventListener(
      'message',
      (event: MessageEvent<SigningReply>) => ('tokens' in event.data ? resolve(event.data.tokens) : reject(new Error(event.data.error))),
      { once: true },
    );
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the signing worker failed')), { once: true });
    worker.postMessage(request);
  });
}
