/**
 * The integration keeps a build's terminal quiet: Astro's lines that tell an author nothing are dropped, and one
 * bundler warning about Astro's own code (quiet.ts).
 */
import { describe, expect, it } from 'vitest';
import { BUILD_FAILED } from '../../src/integration/build-stop.ts';
import { dropNoise, quietWarnings } from '../../src/integration/quiet.ts';

describe('a quiet build', () => {
  it('drops from Astro\'s log only the lines that tell an author nothing (quiet.ts, NOISE)', () => {
    const written: string[] = [];
    const destination = { write: (event: { label: string | null; message: string }) => written.push(`${event.label}: ${event.message}`) > 0 };
    const logger = { options: { destination } };
    dropNoise(logger);
    dropNoise(logger); // a restarted dev server: still one filter
    const log = (label: string | null, message: string) => destination.write({ label, message });
    log('build', 'Could not render `/404` from route `/[...slug]` as it conflicts with higher priority route `/404`.');
    log('build', 'Could not render `/guide` from route `/[...slug]` as it conflicts with higher priority route `/guide`.');
    log('build', 'Caught error rendering /2: Error: The build stopped at the problem above.');
    log(null, 'The build stopped at the 2 problems above.');
    log('vite', '✗ Build failed in 999ms');
    const global = globalThis as { [BUILD_FAILED]?: string };
    global[BUILD_FAILED] = 'The build stopped at the problem above.';
    log('vite', '✗ Build failed in 1.2s');
    delete global[BUILD_FAILED];
    log('vite', '\x1b[33m[PLUGIN_TIMINGS] \x1b[0mJavaScript callbacks ran for 526ms of this 29.4s build (2%).\n  - plugin vite:asset load');
    log('checked-examples', 'Example check failed:');
    expect(written).toEqual([
      'build: Could not render `/guide` from route `/[...slug]` as it conflicts with higher priority route `/guide`.',
      'vite: ✗ Build failed in 999ms',
      'checked-examples: Example check failed:',
    ]);
  });

  it('drops only the bundler warning about Astro\'s "use astro:head-inject" marker', () => {
    const passed: string[] = [];
    const onwarn = quietWarnings.build.rolldownOptions.onwarn;
    onwarn({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'module level directive "use astro:head-inject" in "a.mdx"' }, (w) => passed.push(w.message));
    onwarn({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'module level directive "use client" in "b.js"' }, (w) => passed.push(w.message));
    onwarn({ code: 'CIRCULAR_DEPENDENCY', message: 'a.ts -> b.ts -> a.ts' }, (w) => passed.push(w.message));
    expect(passed).toEqual(['module level directive "use client" in "b.js"', 'a.ts -> b.ts -> a.ts']);
  });
});
