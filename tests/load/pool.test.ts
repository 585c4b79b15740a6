import { describe, expect, it } from 'vitest';
import { mapInPool } from '../../src/core/load/pool.ts';

describe('reading a few files ahead', () => {
  it('keeps the order of the items and never runs more than the width at once', async () => {
    let running = 0;
    let most = 0;
    const items = Array.from({ length: 40 }, (_, i) => i);
    const results = await mapInPool(items, 3, async (i) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, (i * 7) % 5));
      running--;
      return i * 2;
    });
    expect(results).toEqual(items.map((i) => i * 2));
    expect(most).toBe(3);
  });

  it('copes with fewer items than the width, and with none', async () => {
    expect(await mapInPool([1], 8, async (i) => i + 1)).toEqual([2]);
    expect(await mapInPool([], 8, async (i: number) => i)).toEqual([]);
  });

  it('fails as the first failing item fails', async () => {
    await expect(mapInPool([1, 2, 3], 2, async (i) => { if (i === 2) throw new Error('two'); return i; })).rejects.toThrow('two');
  });
});
