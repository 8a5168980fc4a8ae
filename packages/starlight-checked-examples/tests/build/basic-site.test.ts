/**
 * A Starlight site that installs the plugin as any site would (tests/fixtures/basic-site: examples in snippets/,
 * pages under srcDir site/), built with Astro's build(): it shows both examples checked, and a wrong output fails
 * the build with the file and line and leaves dist/ as it was.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from '../helpers/build-fixture.ts';
import { snapshot } from '../helpers/snapshot.ts';

describe('a Starlight site with the plugin', () => {
  const root = copyFixture('basic-site');
  const dist = join(root, 'dist');

  it('builds, showing each example with the output it was checked to print', async () => {
    // Files in the examples folder that are no examples are not published with the downloads.
    mkdirSync(join(root, 'snippets', 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(root, 'snippets', 'node_modules', 'x', 'index.ts'), 'export {};\n');
    writeFileSync(join(root, 'snippets', '.env'), 'TOKEN=secret\n');
    writeFileSync(join(root, 'snippets', 'python', 'NOTES.md'), 'notes\n');
    const { status, output, error } = await buildSite(root);
    expect(status, `${error}\n${output}`).toBe('success');
    expect(output).toMatch(/CPython [\d.]+: 1 passed, 0 failed/);
    expect(output).toMatch(/Node [\d.]+ \(V8[^)]*\): 1 passed, 0 failed/);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toContain('hello from python');
    expect(html).toContain('hello from typescript');
    expect(html).toMatch(/Verified/);
    // The options: downloads from the examples folder's own URL, sources in the repository.
    expect(html).toContain('href="/snippets/python/hello.py"');
    expect(html).toContain('href="https://example.test/repo/blob/main/snippets/ts/hello.ts"');
    expect(readFileSync(join(dist, 'snippets', 'python', 'hello.py'), 'utf8')).toBe('print("hello from python")\n');
    expect(Object.keys(snapshot(join(dist, 'snippets'))).sort()).toEqual(['python/hello.out', 'python/hello.py', 'ts/hello.out', 'ts/hello.ts']);
    // The interface around an example is left out of the site's search index; the code and its output are not.
    expect(html).toMatch(/<figcaption class="provenance[^"]*"[^>]* data-pagefind-ignore/);
    expect(html).toMatch(/<div class="pg-toolbar[^"]*"[^>]* data-pagefind-ignore/);
    expect(html).toMatch(/<div class="example-output-label[^"]*"[^>]* data-pagefind-ignore/);
  });

  it('fails on a wrong output with its file and line, and leaves dist/ as it was', async () => {
    const before = snapshot(dist);
    writeFileSync(join(root, 'snippets', 'python', 'hello.out'), 'hello from pithon\n');
    const { status, output, error } = await buildSite(root);
    expect(status, output).toBe('error');
    expect(error?.message).toMatch(/The build stopped at the problem above/);
    expect(output).toMatch(/✗ snippets\/python\/hello\.out:1 \[[^\]]+\]: output of snippets\/python\/hello\.py differs/);
    expect(output).toContain('-hello from pithon');
    expect(output).toContain('→ if the new output is right: npx starlight-checked-examples --update snippets/python/hello.py');
    expect(snapshot(dist)).toEqual(before);
  });
});
