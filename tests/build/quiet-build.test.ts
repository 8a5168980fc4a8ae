/**
 * A good build of the real site prints what concerns an author and nothing else: no bundler warnings about
 * Astro's own code, no warning about Starlight's translations collection, no colour codes into a pipe.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_LOG } from '../global-setup.ts';

describe('a good build', () => {
  it('prints no noise (read from the build tests/global-setup.ts made)', () => {
    expect(existsSync(BUILD_LOG), `${BUILD_LOG} is written by a test run without SKIP_SITE_BUILD`).toBe(true);
    const log = readFileSync(BUILD_LOG, 'utf8');
    expect(log).toContain('[build] Complete!');
    expect(log).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(log).not.toContain('collection "i18n"');
    expect(log).not.toContain('\x1b[');
    expect(log).not.toContain('Could not render `/404`');
    expect(log).not.toContain('PLUGIN_TIMINGS');
  });
});
