// runInBatches: adaptive batches that keep each one near its time budget. Runs unchanged in Chromium and in Node.
import { expect } from 'chai';
import fc from 'fast-check';
import { nextBatchSize, runInBatches } from '../../src/elements/attendee-list/batch-verification.js';

const items = Array.from({ length: 1000 }, (_, i) => `item-${i}`);

/** A clock that moves only when told to. */
function fakeClock() {
  let time = 0;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('runInBatches', () => {
  it('reports every item once, in order', async () => {
    const seen: string[] = [];
    await runInBatches(items, (item) => Promise.resolve(item.toUpperCase()), {
      onBatch: (batch) => batch.forEach(({ item, outcome }) => {
        expect(outcome).to.equal(item.toUpperCase());
        seen.push(item);
      }),
    });
    expect(seen).to.deep.equal(items);
  });

  it('starts with a small batch and sizes the next ones from the time the last one took', async () => {
    const clock = fakeClock();
    const sizes: number[] = [];
    // Cold code: the first 10 items take 2 ms each, then each takes 0.125 ms.
    let done = 0;
    await runInBatches(items, () => Promise.resolve(clock.advance(done++ < 10 ? 2 : 0.125)), {
      targetMs: 12,
      firstBatchSize: 10,
      now: clock.now,
      onBatch: (batch) => sizes.push(batch.length),
    });
    expect(sizes[0]).to.equal(10);
    expect(sizes[1]).to.equal(6); // 10 items took 20 ms: 12 ms is 6 of them
    expect(sizes.slice(2, 6)).to.deep.equal([12, 24, 48, 96]); // at most doubling
    expect(sizes[6]).to.equal(96); // 0.125 ms each: 96 fit in 12 ms
    expect(sizes.reduce((a, b) => a + b, 0)).to.equal(items.length);
  });

  it('stops without reporting more once the signal aborts', async () => {
    const abort = new AbortController();
    let batches = 0;
    await runInBatches(items, () => Promise.resolve(), {
      signal: abort.signal,
      onBatch: () => {
        batches += 1;
        if (batches === 2) abort.abort();
      },
    });
    expect(batches).to.equal(2);
  });

  it('aims every next batch at the budget, never more than doubling, never below one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1000, noNaN: true }), (size, elapsed) => {
        const next = nextBatchSize(size, elapsed, 12, 1000);
        expect(next).to.be.at.least(1);
        expect(next).to.be.at.most(Math.min(2 * size, 1000));
        if (next > 1 && next < Math.min(2 * size, 1000)) expect((next * elapsed) / size).to.be.at.most(12 + 1e-9);
      }),
    );
  });
});
