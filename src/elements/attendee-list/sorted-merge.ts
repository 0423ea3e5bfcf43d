// Merging a sorted batch into a sorted list, so a list of 10,000 grows in order without one long sort.

/** The elements of two arrays already sorted by `compare`, in one sorted array (stable: `sorted` first on ties). */
export function mergeSorted<T>(sorted: readonly T[], batch: readonly T[], compare: (a: T, b: T) => number): T[] {
  const merged = new Array<T>(sorted.length + batch.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < sorted.length && j < batch.length) {
    const left = sorted[i];
    const right = batch[j];
    if (compare(right, left) < 0) {
      merged[k++] = right;
      j += 1;
    } else {
      merged[k++] = left;
      i += 1;
    }
  }
  while (i < sorted.length) merged[k++] = sorted[i++];
  while (j < batch.length) merged[k++] = batch[j++];
  return merged;
}
