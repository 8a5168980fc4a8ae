/**
 * A real `astro build` of a site with a drifted example and a page naming a missing one: the build exits
 * non-zero, names both files and lines, and leaves the previous dist/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const site = join(import.meta.dirname, '..', 'fixtures', 'site');
const dist = join(site, 'dist');

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path, 'utf8')];
      }),
  );
}

it('fails the build and leaves the previous dist/ as it was', () => {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'old'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>the previous, good build</p>');
  writeFileSync(join(dist, 'old', 'page.html'), '<p>still here</p>');
  const before = snapshot(dist);

  const astro = join(import.meta.dirname, '..', '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build', '--root', site], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const output = build.stdout + build.stderr;

  expect(build.status, output).not.toBe(0);
  expect(output).toContain('✗ examples/python/drifted.out:1');
  expect(output).toContain('output of examples/python/drifted.py differs from examples/python/drifted.out');
  expect(output).toContain('-1\n');
  expect(output).toContain('+0');
  expect(output).toContain('✗ src/content/docs/guide.mdx:6: <Example file="python/gone.py">: examples/python/gone.py does not exist');
  expect(snapshot(dist)).toEqual(before);
  expect(readdirSync(site).filter((name) => name.includes('staging'))).toEqual([]);
  rmSync(dist, { recursive: true, force: true });
});
