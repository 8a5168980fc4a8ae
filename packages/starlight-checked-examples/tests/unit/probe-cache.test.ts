import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/engine/runtimes/subprocess.ts';

const dir = mkdtempSync(join(tmpdir(), 'probe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An "interpreter" that prints its version and counts how often it was started. */
function interpreter(version: string): string {
  const path = join(dir, 'interp');
  writeFileSync(path, `#!/bin/sh\necho x >> '${dir}/starts'\necho ${version}\n`);
  chmodSync(path, 0o755);
  return path;
}
const starts = () => readFileSync(join(dir, 'starts'), 'utf8').split('\n').filter(Boolean).length;

describe('runtime probes', () => {
  it('remember an answer per executable file, and ask again when the file changes', async () => {
    const cache = join(dir, 'cache');
    const path = interpreter('1.0');
    expect(await probe(path, ['--version'], cache)).toBe('1.0');
    expect(await probe(path, ['--version'], cache)).toBe('1.0');
    expect(starts()).toBe(1);
    expect(await probe(path, ['-c', 'other'], cache)).toBe('1.0');
    expect(starts()).toBe(2);
    interpreter('2.00'); // an upgrade: another size and modification time
    expect(await probe(path, ['--version'], cache)).toBe('2.00');
    expect(starts()).toBe(3);
  });

  it('ask every time without a cache folder, and remember no failure', async () => {
    const path = interpreter('3.0');
    const before = starts();
    await probe(path, ['--version']);
    await probe(path, ['--version']);
    expect(starts()).toBe(before + 2);
    expect(await probe(join(dir, 'missing'), ['--version'], join(dir, 'cache'))).toBeUndefined();
  });
});
