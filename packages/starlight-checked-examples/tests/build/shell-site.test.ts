/**
 * A site's own runtime through the plugin's options: tests/fixtures/shell-site names runtimes/dash.mjs (a module
 * using only starlight-checked-examples/runtime) in `runtimes`. Its shell example is checked and shown like a
 * Python one, and a wrong output fails the build at its line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from '../helpers/build-fixture.ts';
import { snapshot } from '../helpers/snapshot.ts';

describe("a site's own runtime", () => {
  const root = copyFixture('shell-site');
  const dist = join(root, 'dist');

  it('checks and shows its examples, and only the runtimes the site names run', async () => {
    const { status, output, error } = await buildSite(root);
    expect(status, `${error}\n${output}`).toBe('success');
    expect(output).toMatch(/dash [\d.-]+: 1 passed, 0 failed/);
    expect(output).not.toMatch(/Node [\d.]+|Pyodide|PyPy/);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toContain('hello from hello.sh');
    expect(html).toMatch(/Verified: dash [\d.]+</);
    // The browser runs Python and TypeScript only: no Run button for a language of the site's own.
    expect(html).toMatch(/data-action="run"[^>]*hidden/);
    // The runtime table of a language whose examples agree everywhere says so instead of showing no rows.
    const compatibility = readFileSync(join(dist, 'compatibility', 'index.html'), 'utf8');
    expect(compatibility).toContain('Every Shell example prints the same output on each runtime that ran it.');
    expect(compatibility).not.toContain('<table class="compat');
  });

  it('fails on a wrong output with its file and line, and leaves dist/ as it was', async () => {
    const before = snapshot(dist);
    writeFileSync(join(root, 'examples', 'sh', 'hello.out'), 'hello from hello.py\n');
    const { status, output } = await buildSite(root);
    expect(status, output).toBe('error');
    expect(output).toMatch(/✗ examples\/sh\/hello\.out:1 \[dash [^\]]*\]: output of examples\/sh\/hello\.sh differs/);
    expect(snapshot(dist)).toEqual(before);
  });
});
