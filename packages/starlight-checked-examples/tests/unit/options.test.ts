/** The plugin's options: defaults, mistakes named, the options file the CLI reads, and what they mean for a project. */
import { describe, expect, it } from 'vitest';
import { assertSameAsFile, DEFAULTS, loadOptions, projectSettings, resolveOptions } from '../../src/engine/options.ts';
import { throwAwayProject } from '../helpers/example-project.ts';

describe('the options', () => {
  it('default to examples/, .cache/, every runtime, 10 s CPU, 1 GiB, 1 MiB of output, Run buttons and downloads', () => {
    expect(resolveOptions()).toEqual(DEFAULTS);
    expect(DEFAULTS).toEqual({
      examples: 'examples',
      cacheDir: '.cache',
      limits: { cpuSeconds: 10, memoryBytes: 1024 ** 3, outputBytes: 1024 * 1024 },
      runButton: true,
      downloads: true,
      extraRoutes: ['/sitemap-index.xml'],
      checkCommand: 'npx starlight-checked-examples',
    });
    expect(resolveOptions({ limits: { cpuSeconds: 30 }, sourceUrl: undefined }).limits).toEqual({ ...DEFAULTS.limits, cpuSeconds: 30 });
  });

  it('refuse an unknown option, a value of the wrong kind and a bad limit, naming it', () => {
    expect(() => resolveOptions({ example: 'x' } as never)).toThrow('checkedExamples(): unknown option "example" (the options are examples, cacheDir');
    expect(() => resolveOptions({ runtimes: 'node' } as never)).toThrow('checkedExamples(): option "runtimes" must be a string[], not "node"');
    expect(() => resolveOptions({ downloads: 'yes' } as never)).toThrow('option "downloads" must be a boolean');
    expect(() => resolveOptions({ limits: { memory: 1 } } as never)).toThrow('unknown limit "memory" (the limits are cpuSeconds, memoryBytes, outputBytes)');
    expect(() => resolveOptions({ limits: { cpuSeconds: 0 } })).toThrow('limit "cpuSeconds" must be a positive number, not 0');
  });

  it("are read from the project's checked-examples.config.mjs, or are the defaults without one", () => {
    const root = throwAwayProject('options-', { 'checked-examples.config.mjs': "export default { examples: 'docs-examples', checkCommand: 'npm run check --' };\n" });
    expect(loadOptions(root)).toEqual({ ...DEFAULTS, examples: 'docs-examples', checkCommand: 'npm run check --' });
    expect(loadOptions(throwAwayProject('no-options-', {}))).toEqual(DEFAULTS);
    const wrong = throwAwayProject('bad-options-', { 'checked-examples.config.mjs': 'export default { cache: ".c" };\n' });
    expect(() => loadOptions(wrong)).toThrow('checked-examples.config.mjs: unknown option "cache"');
  });

  it('put results, page facts and downloads where the options say, relative to the project', () => {
    const settings = projectSettings('/site', resolveOptions({ examples: 'snippets', cacheDir: 'tmp/cache', limits: { cpuSeconds: 2 } }), '/site/web');
    expect(settings).toMatchObject({
      examplesDir: '/site/snippets',
      cacheDir: '/site/tmp/cache',
      pagesDir: '/site/web/content/docs',
      check: { root: '/site', examplesDir: '/site/snippets', cacheDir: '/site/tmp/cache/examples', limits: { timeoutMs: 2000, memoryBytes: 1024 ** 3 } },
      pages: { factsFile: '/site/tmp/cache/pages.json', examplesFolder: 'snippets' },
    });
  });
});

describe('options given to the plugin and an options file', () => {
  it('must agree: the command-line check reads the file', () => {
    const root = throwAwayProject('both-options-', { 'checked-examples.config.mjs': "export default { examples: 'snippets' };\n" });
    expect(() => assertSameAsFile(root, resolveOptions({ examples: 'snippets' }))).not.toThrow();
    expect(() => assertSameAsFile(root, resolveOptions({ examples: 'examples' }))).toThrow(
      "the options given to checkedExamples() differ from checked-examples.config.mjs's, which the command-line check reads",
    );
    expect(() => assertSameAsFile(throwAwayProject('no-file-', {}), resolveOptions({ examples: 'x' }))).not.toThrow();
  });
});
