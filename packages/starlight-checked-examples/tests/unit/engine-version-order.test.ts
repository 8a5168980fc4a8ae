import { describe, expect, it, vi } from 'vitest';
import { engineVersion } from '../../src/engine/cache.ts';

// The order a file system lists a folder in is its own (by name here, by creation or hash elsewhere); the
// engine's version must not depend on it, or two machines with the same engine would share no cached result.
const listing = vi.hoisted(() => ({ reversed: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = (...args: Parameters<typeof fs.readdirSync>) => {
    const entries = fs.readdirSync(...args);
    return listing.reversed ? [...entries].reverse() : entries;
  };
  return { ...fs, readdirSync, default: { ...fs, readdirSync } };
});

describe('engine version', () => {
  it('is the same whatever order the file system lists the engine files in', async () => {
    const { readdirSync } = await import('node:fs');
    const folder = new URL('../../src/engine', import.meta.url).pathname;
    const inOrder = engineVersion();
    listing.reversed = true;
    expect(readdirSync(folder)[0]).not.toBe(readdirSync(folder).toSorted()[0]);
    expect(engineVersion()).toBe(inOrder);
  });
});
