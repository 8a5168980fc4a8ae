import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/engine/shard.ts';

describe('--shard i/n', () => {
  it('splits a list into disjoint shards that cover it, equal in size within one', () => {
    const all = Array.from({ length: 11 }, (_, i) => i);
    const shards = [1, 2, 3].map((index) => inShard(all, { index, count: 3 }));
    expect(shards.flat().sort((a, b) => a - b)).toEqual(all);
    expect(shards.map((s) => s.length)).toEqual([4, 4, 3]);
    expect(inShard(all, undefined)).toEqual(all);
  });

  it.each(['0/3', '4/3', '1/0', 'two', '1/2/3'])('rejects %s with the expected form', (text) => {
    expect(() => parseShard(text)).toThrow(`--shard ${text}: expected i/n with 1 <= i <= n, e.g. --shard 2/4`);
  });
});
