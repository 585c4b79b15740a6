/**
 * Maps `items` through `work`, at most `width` at a time, keeping the order.
 * Content folders hold thousands of result files: reading them all at once
 * leaves every text waiting in memory until the parser gets to it, which
 * the garbage collector then copies and keeps. A few reads ahead of the
 * parser keep the disk busy, and each text dies as soon as it is parsed.
 */
export async function mapInPool<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/** Reads ahead of the parser: enough to keep the disk busy, few enough to stay small. */
export const readAhead = 8;
