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
  /** Milliseconds one batch should keep the main thread; the batch size adapts to it. */
  readonly targetMs?: number;
  /** The first batch's size: small, because code runs slowest before the engine has optimised it. */
  readonly firstBatchSize?: number;
  readonly maxBatchSize?: number;
  readonly signal?: AbortSignal;
  /** Called after each batch with its outcomes, in item order. */
  readonly onBatch: (outcomes: ReadonlyArray<{ item: string; outcome: Outcome }>) => void;
  /** The clock batches are timed with. */
  readonly now?: () => number;
}

/** The size of the next batch, after `size` items took `elapsedMs`: aimed at `targetMs`, at most doubling. */
export function nextBatchSize(size: number, elapsedMs: number, targetMs: number, maxBatchSize: number): number {
  const aimed = Math.floor((size * targetMs) / Math.max(elapsedMs, 0.1));
  return Math.max(1, Math.min(aimed, 2 * size, maxBatchSize));
}

/**
 * Runs `work` over `items` in batches, yielding to the main thread before each, and reports each batch;
 * stops quietly when `signal` aborts. Each batch is sized from the time the previous ones took (their
 * work and `onBatch`), so no batch holds the main thread much longer than `targetMs`, however fast the
 * device. `work` must not reject: it turns failures into outcomes.
 */
export async function runInBatches<Outcome>(
  items: readonly string[],
  work: (item: string) => Promise<Outcome>,
  { targetMs = 12, firstBatchSize = 10, maxBatchSize = 1000, signal, onBatch, now = () => performance.now() }: BatchOptions<Outcome>,
): Promise<void> {
  let size = firstBatchSize;
  let start = 0;
  while (start < items.length) {
    // Yield first too: the task that started the run (an update, a render) should end before work begins.
    await yieldToMain();
    if (signal?.aborted) return;
    const startedAt = now();
    const batch = items.slice(start, start + size);
    start += batch.length;
    const outcomes = await Promise.all(batch.map(async (item) => ({ item, outcome: await work(item) })));
    if (signal?.aborted) return;
    onBatch(outcomes);
    size = nextBatchSize(batch.length, now() - startedAt, targetMs, maxBatchSize);
  }
}
