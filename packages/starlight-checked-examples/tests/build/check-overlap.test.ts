/**
 * A build's pages do not wait for the example check (integration/index.ts): they render the committed expected
 * outputs while the check runs in a process of its own, and the build ends once the check has passed.
 * Only an output that differs on every run (an address) is taken from this build's own run, which pages wait for.
 * Examples that sleep make the check the slow part, so the order of the build log shows what waited for what.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ASTRO_BIN as astro } from '../helpers/astro.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const root = join(fixtures, '.tmp-overlap');
afterAll(() => rmSync(root, { recursive: true, force: true }));


function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

it('renders pages while the check runs, and finishes only after it has passed', () => {
  rmSync(root, { recursive: true, force: true });
  write({
    'astro.config.mjs':
      "import { defineConfig } from 'astro/config';\nimport atomicDist from '../../../src/integration/atomic-dist.ts';\n" +
      "import checkedExamples from '../../../src/integration/index.ts';\nexport default defineConfig({ integrations: [checkedExamples(), atomicDist()] });\n",
    'examples/python/slow.py': 'import time\n\ntime.sleep(5)\nprint("slept")\n',
    'examples/python/slow.out': 'slept\n',
    // Checked before pages render, so they render while slow.py still runs.
    'examples/python/address.py': 'import time\n\ntime.sleep(1)\nprint(hex(id(object())))\n',
    'examples/python/address.out': '0x7f0000000000\n',
    // A page naming the example is checked against what pages render, so it too must not wait for the check.
    'src/content/docs/guide.mdx': "---\ntitle: Guide\n---\nimport Example from 'starlight-checked-examples/components/Example.astro';\n<Example file=\"python/slow.py\" />\n",
    'src/pages/index.astro': "---\nimport manifest from 'virtual:checked-examples';\n---\n<pre>{manifest.examples['python/slow.py']?.outputs[0]?.stdout}</pre>\n" +
      "<p>{manifest.examples['python/address.py']?.outputs[0]?.stdout}</p>\n",
  });

  const run = spawnSync(process.execPath, [astro, 'build', '--root', root], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  // Without colour codes: under CI=true Astro colours its log even into a pipe.
  const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');

  expect(run.status, output).toBe(0);
  // Astro prints a route when it starts rendering it and the time taken when done; after the last route it says
  // "✓ Completed in …" before its own build summary.
  const rendered = output.indexOf('✓ Completed in', output.indexOf('generating static routes'));
  const checked = output.search(/\[checked-examples\] CPython 3\.\d+\.\d+: 2 passed, 0 failed/);
  expect(rendered, output).toBeGreaterThan(-1);
  expect(checked, output).toBeGreaterThan(rendered);
  expect(output.indexOf('Complete!'), output).toBeGreaterThan(checked);
  const page = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
  expect(page).toContain('<pre>slept\n</pre>');
  // This build's address, not the committed one.
  expect(page).toMatch(/<p>0x[0-9a-f]+\n<\/p>/);
  expect(page).not.toContain('0x7f0000000000');
});
