import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, engineVersion, ResultCache } from '../../src/examples/cache.ts';

describe('result cache', () => {
  it('misses, then hits after a store, and leaves no temporary files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    const cache = new ResultCache(dir);
    const key = cacheKey(['engine', 'cpython', '3.11.7', 'print(1)', '1\n', 10_000]);
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, { stdout: '1\n' });
    expect(new ResultCache(dir).get(key)).toEqual({ stdout: '1\n' });
    expect(readdirSync(dir)).toEqual([`${key}.json`]);
  });

  it('keys change with any part: source, expected output, runtime version', () => {
    const base = ['engine', 'cpython', '3.11.7', 'print(1)', '1\n'];
    const keys = new Set([
      cacheKey(base),
      cacheKey(['engine', 'cpython', '3.11.8', 'print(1)', '1\n']),
      cacheKey(['engine', 'cpython', '3.11.7', 'print(2)', '1\n']),
      cacheKey(['engine', 'cpython', '3.11.7', 'print(1)', '2\n']),
    ]);
    expect(keys.size).toBe(4);
  });

  it('derives the engine version from the engine source', () => {
    expect(engineVersion()).toMatch(/^[0-9a-f]{16}$/);
  });
});
