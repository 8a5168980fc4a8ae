import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheKey, engineVersion, ResultCache } from '../../src/engine/cache.ts';

const temporary: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('result cache', () => {
  it('misses, then hits after a store, and leaves no temporary files', () => {
    const dir = tempDir('cache-');
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
});

describe('engine version', () => {
  const engine = join(import.meta.dirname, '..', '..', 'src', 'engine');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
  let copy: string;
  beforeAll(() => {
    copy = join(tempDir('engine-'), 'examples');
    cpSync(engine, copy, { recursive: true });
  });

  it('is a hash of the engine folder: a copy of src/engine has the same version', () => {
    expect(engineVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(engineVersion(copy)).toBe(engineVersion());
  });

  it('changes with every file of the engine, those under runtimes/ included', () => {
    const base = engineVersion(copy);
    const all = files(copy);
    expect(all.map((path) => relative(copy, path))).toEqual(expect.arrayContaining(['check.ts', 'runtimes/forkserver.py', 'runtimes/sandbox.ts']));
    const ignored = all.filter((path) => {
      const text = readFileSync(path);
      appendFileSync(path, '\n');
      const changed = engineVersion(copy) !== base;
      writeFileSync(path, text);
      return !changed;
    });
    expect(ignored.map((path) => relative(copy, path))).toEqual([]);
    expect(engineVersion(copy)).toBe(base);
  });

  it('changes when a file is added or renamed', () => {
    const base = engineVersion(copy);
    writeFileSync(join(copy, 'runtimes', 'new-runtime.ts'), '');
    expect(engineVersion(copy)).not.toBe(base);
    rmSync(join(copy, 'runtimes', 'new-runtime.ts'));
    renameSync(join(copy, 'runtimes', 'pool.ts'), join(copy, 'runtimes', 'pool2.ts'));
    expect(engineVersion(copy)).not.toBe(base);
    renameSync(join(copy, 'runtimes', 'pool2.ts'), join(copy, 'runtimes', 'pool.ts'));
    expect(engineVersion(copy)).toBe(base);
  });
});
