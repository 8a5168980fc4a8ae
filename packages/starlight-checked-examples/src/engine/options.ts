/**
 * The plugin's options: what a site passes to `checkedExamples(options)` or, so that the command-line check reads
 * the same, exports from `checked-examples.config.mjs` in its root. Every option is plain data (a custom runtime
 * is named by the path of its module), so the check's own process and the CLI receive exactly what the build has.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { isAbsolute, join, relative, resolve } from 'node:path';

export interface CheckedExamplesOptions {
  /** The examples folder, relative to the project root. Default `'examples'`. */
  examples?: string;
  /** Where passing results, probes and Pyodide snapshots are kept, relative to the project root. Default `'.cache'`. */
  cacheDir?: string;
  /**
   * The runtimes, in the order reports and pages list them: built-in ids, or paths (starting with `.` or `/`,
   * relative to the project root) of modules whose default export is a `RuntimeProvider`. Default: every built-in
   * runtime. A runtime this machine lacks is skipped with a notice.
   */
  runtimes?: string[];
  /** Defaults for every run; an example's own `check: timeout=` / `memory=` comment wins. */
  limits?: { cpuSeconds?: number; memoryBytes?: number; outputBytes?: number };
  /** The Run and Edit buttons under each example (Pyodide and TypeScript in the reader's browser). Default `true`. */
  runButton?: boolean;
  /** Offer each example for download, at `/<examples folder>/<path>`. Default `true`. */
  downloads?: boolean;
  /** The project root's URL in its repository (`https://github.com/o/r/blob/main/`): each example links to its source. */
  sourceUrl?: string;
  /** Paths other integrations serve that are not pages (`/llms.txt`): links to them pass the link check. */
  extraRoutes?: string[];
  /** The command that checks examples, as messages tell an author to run it. Default `'npx starlight-checked-examples'`. */
  checkCommand?: string;
}

export type ResolvedOptions = Required<Omit<CheckedExamplesOptions, 'sourceUrl' | 'runtimes'>> &
  Pick<CheckedExamplesOptions, 'sourceUrl' | 'runtimes'> & { limits: Required<NonNullable<CheckedExamplesOptions['limits']>> };

export const CONFIG_FILE = 'checked-examples.config.mjs';

export const DEFAULTS: ResolvedOptions = {
  examples: 'examples',
  cacheDir: '.cache',
  limits: { cpuSeconds: 10, memoryBytes: 1024 ** 3, outputBytes: 1024 * 1024 },
  runButton: true,
  downloads: true,
  extraRoutes: ['/sitemap-index.xml'],
  checkCommand: 'npx starlight-checked-examples',
};

const KINDS: Record<keyof CheckedExamplesOptions, string> = {
  examples: 'string',
  cacheDir: 'string',
  runtimes: 'string[]',
  limits: 'object',
  runButton: 'boolean',
  downloads: 'boolean',
  sourceUrl: 'string',
  extraRoutes: 'string[]',
  checkCommand: 'string',
};

const kindOf = (value: unknown) =>
  Array.isArray(value) ? (value.every((item) => typeof item === 'string') ? 'string[]' : 'array') : value === null ? 'null' : typeof value;

/** The options with their defaults; an unknown option or a value of the wrong kind is an error naming it. */
export function resolveOptions(options: CheckedExamplesOptions = {}, from = 'checkedExamples()'): ResolvedOptions {
  for (const [name, value] of Object.entries(options)) {
    const kind = KINDS[name as keyof CheckedExamplesOptions];
    if (!kind) throw new Error(`${from}: unknown option "${name}" (the options are ${Object.keys(KINDS).join(', ')})`);
    if (value !== undefined && kindOf(value) !== kind) throw new Error(`${from}: option "${name}" must be a ${kind}, not ${JSON.stringify(value)}`);
  }
  for (const [name, value] of Object.entries(options.limits ?? {})) {
    if (!(name in DEFAULTS.limits)) throw new Error(`${from}: unknown limit "${name}" (the limits are ${Object.keys(DEFAULTS.limits).join(', ')})`);
    if (typeof value !== 'number' || !(value > 0)) throw new Error(`${from}: limit "${name}" must be a positive number, not ${JSON.stringify(value)}`);
  }
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return { ...DEFAULTS, ...defined, limits: { ...DEFAULTS.limits, ...options.limits } };
}

/**
 * The options of `root`'s checked-examples.config.mjs (defaults when it has none), as the CLI and the check use them.
 * Loaded with Node's require() of an ES module (so the file may not use top-level await): Astro may run the plugin
 * in Vite's module runner, which handles import() itself and is closed by the time the plugin's hooks run.
 */
export function loadOptions(root: string): ResolvedOptions {
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file)) return resolveOptions();
  const module = createRequire(import.meta.url)(file) as { default?: CheckedExamplesOptions };
  return resolveOptions(module.default ?? {}, CONFIG_FILE);
}

/**
 * Fails when `root` has an options file whose options are not `options`: the command-line check reads that file,
 * and would check differently from the build that was given `options`.
 */
export function assertSameAsFile(root: string, options: ResolvedOptions): void {
  if (!existsSync(join(root, CONFIG_FILE))) return;
  if (!isDeepStrictEqual(loadOptions(root), options)) {
    throw new Error(`the options given to checkedExamples() differ from ${CONFIG_FILE}'s, which the command-line check reads: pass that file's export to the plugin (import it), or give the plugin none`);
  }
}

/**
 * What the options mean for one project: its folders as absolute paths, and the settings of a check. `srcDir` is
 * Astro's (the integration knows it; the CLI assumes Astro's default).
 */
export function projectSettings(root: string, options: ResolvedOptions, srcDir = join(root, 'src')) {
  const at = (path: string) => (isAbsolute(path) ? path : resolve(root, path));
  const cacheDir = at(options.cacheDir);
  return {
    examplesDir: at(options.examples),
    cacheDir,
    /** Starlight's pages: its docs loader's folder. */
    pagesDir: join(srcDir, 'content', 'docs'),
    /** The options of checkExamples (check.ts) besides the runtimes and what to check. */
    check: {
      root,
      examplesDir: at(options.examples),
      cacheDir: join(cacheDir, 'examples'),
      limits: { timeoutMs: options.limits.cpuSeconds * 1000, memoryBytes: options.limits.memoryBytes },
      maxOutputBytes: options.limits.outputBytes,
      checkCommand: options.checkCommand,
    },
    /** The options of checkPages (pages.ts). */
    pages: {
      factsFile: join(cacheDir, 'pages.json'),
      extraRoutes: options.extraRoutes,
      examplesFolder: relative(root, at(options.examples)),
    },
  };
}
