import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatUpdates, snapshotOutputs } from '../../src/engine/update-report.ts';

it('shows each rewritten or new expected output as a diff, and each per-runtime file removed', () => {
  const root = mkdtempSync(join(tmpdir(), 'update-report-'));
  const dir = join(root, 'examples', 'python');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.out'), 'old\n');
  writeFileSync(join(dir, 'a.pypy.out'), 'pypy\n');
  const before = snapshotOutputs(join(root, 'examples'));

  writeFileSync(join(dir, 'a.out'), 'new\n');
  rmSync(join(dir, 'a.pypy.out'));
  writeFileSync(join(dir, 'b.out'), 'b\n');
  const lines = formatUpdates(root, before, [join(dir, 'a.out'), join(dir, 'b.out')]);

  expect(lines).toEqual([
    'updated examples/python/a.out\n    --- examples/python/a.out\n    +++ examples/python/a.out\n    @@ -1,1 +1,1 @@\n    -old\n    +new',
    'created examples/python/b.out\n    --- /dev/null\n    +++ examples/python/b.out\n    @@ -0,0 +1,1 @@\n    +b',
    'removed examples/python/a.pypy.out (that runtime now prints the same as the shared .out)',
  ]);
  rmSync(root, { recursive: true, force: true });
});
