/**
 * Splitting the check across machines (CI jobs): `--shard i/n` keeps every n-th example of the sorted list,
 * starting with the i-th, so the shards are disjoint, cover everything and are equal in size within one.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard ${text}: expected i/n with 1 <= i <= n, e.g. --shard 2/4`);
  }
  return { index, count };
}

export function inShard<T>(sorted: T[], shard: Shard | undefined): T[] {
  return shard ? sorted.filter((_, position) => position % shard.count === shard.index - 1) : sorted;
}
