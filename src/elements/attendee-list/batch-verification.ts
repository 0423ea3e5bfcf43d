// Verifying many tokens without blocking the page: a batch at a time, yielding to the main thread
// between batches so input and painting go on. DOM-free.

/** Resolves in a new task, so the browser may handle input and paint first. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
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
    if (signal?.aborted) return;
    const batch = items.slice(start, start + batchSize);
    const outcomes = await Promise.all(batch.map(async (item) => ({ item, outcome: await work(item) })));
    if (signal?.aborted) return;
    onBatch(outcomes);
    await yieldToMain();
  }
}
