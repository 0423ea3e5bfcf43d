// Verifying many tokens without blocking the page: a batch at a time, yielding to the main thread
// between batches so input and painting go on. DOM-free.

/**
 * Resolves in a new ordinary task, so the browser may handle input and render a frame first. Not
 * `scheduler.yield()`: its continuations outrank rendering, and a list verifying 10,000 tokens through it
 * got a frame only every 150 ms. Not `setTimeout(0)` either, which is clamped to 4 ms once nested.
 */
export function yieldToMain(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface BatchOptions<Outcome> {
  /** How many items start together; each batch is followed by a yield. */
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
  /** Called after each batch with its outcomes, in item order. */
  readonly onBatch: (outcomes: ReadonlyArray<{ item: string; outcome: Outcome }>) => void;
}

/**
 * Runs `work` over `items` in batches and reports each batch; stops quietly when `signal` aborts.
 * `work` must not reject: it turns failures into outcomes.
 */
export async function runInBatches<Outcome>(
  items: readonly string[],
  work: (item: string) => Promise<Outcome>,
  { batchSize = 100, signal, onBatch }: BatchOptions<Outcome>,
): Promise<void> {
  for (let start = 0; start < items.length; start += batchSize) {
    // Yield first too: the task that started the run (an update, a render) should end before work begins.
    await yieldToMain();
    if (signal?.aborted) return;
    const batch = items.slice(start, start + batchSize);
    const outcomes = await Promise.all(batch.map(async (item) => ({ item, outcome: await work(item) })));
    if (signal?.aborted) return;
    onBatch(outcomes);
  }
}
