/**
 * The Astro integration: runs the example check while Astro builds, hands the results to pages, fails the build
 * if any example failed, and in `astro dev` re-checks an example when it changes. The build is written to a
 * staging folder (atomic-dist.ts), so a failure leaves dist/ as it was.
 *
 * In a build, pages do not wait for the check: they render the committed expected outputs (manifest.ts,
 * `expectedManifest`), which only a passing check lets through to dist/, and the check runs beside the whole
 * build in a process of its own (background-check.ts). Only an output that differs on every run (an address) is
 * taken from this build's own run, checked first. A failure is reported as soon as the check has found it, and
 * the build stops at its next step: astro:build:start, the next module Vite bundles or the next page to render
 * (build-stop.ts), at the latest astro:build:done. Always by an error thrown for Astro to report, never
 * process.exit: Astro may run in someone else's process.
 * In `astro dev`, the check runs in this process; pages show the committed outputs, captioned as being checked,
 * until its first check has ended, and then reload with its results.
 *
 *   EXAMPLES_CHECK=off  builds without running examples (pages show the committed expected output, unverified).
 */
// The site's own runtime modules are loaded with Node's require() in this process, and they import the package's
// public entries: where it is installed under node_modules, Node strips its TypeScript only with this hook.
import '../engine/own-typescript.mjs';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkExamples } from '../engine/check.ts';
import { loadExamples } from '../engine/discover.ts';
import { checkInBackground } from '../engine/background-check.ts';
import { checkingManifest, manifestFromReport, unverifiedManifest, type Manifest } from '../engine/manifest.ts';
import { DEFAULTS, projectSettings, type ResolvedOptions } from '../engine/options.ts';
import { checkExampleUses, checkPages, findExampleUses, pageUrl } from '../engine/pages.ts';
import { formatFailures, formatSummary } from '../engine/report.ts';
import { exampleStem, languages } from '../engine/languages/registry.ts';
import { detectRuntimes } from '../engine/runtimes/index.ts';
import { assertEveryLanguageRuns, resolveRuntimes } from '../engine/runtimes/resolve.ts';
import type { ExampleFile, Runtime, RuntimeResult } from '../engine/types.ts';
import { BUILD_FAILED, RENDER_ERROR, stopBundling } from './build-stop.ts';
import { PAGE_CHECK, type PageCheck } from './dev-page-check.ts';
import { plainLinkErrors } from './link-errors.ts';
import { explainRenderError } from './render-errors.ts';
import { dropNoise, exitWithParent, quietWarnings } from './quiet.ts';
import { isDownload, servesDownload } from './downloads.ts';
import { configModule, RESOLVED_ID, virtualModule, withdrawVirtualModule } from './virtual-module.ts';

const failed = (problems: string[]) => `Example check failed:\n${problems.join('\n')}`;

/**
 * Fails the build from a hook: Astro ends it with exit 1 (dist/ stays as it was, atomic-dist.ts) and prints the
 * error's message, here one line after the report. Astro introduces any error a hook throws with "An unhandled
 * error occurred while running the … hook", through the logger it gave the hook; this one is the check's verdict,
 * already reported, not a crash, so that line is left out.
 */
function failBuild(logger: AstroIntegrationLogger, problems: string[]): never {
  const error = logger.error.bind(logger);
  logger.error = (message) => {
    if (!message.startsWith('An unhandled error occurred')) error(message);
  };
  throw Object.assign(new Error(stoppedAt(problems)), { stack: '' });
}

const stoppedAt = (problems: string[]) => `The build stopped at ${problems.length === 1 ? 'the problem above' : `the ${problems.length} problems above`}.`;
const handOffs = globalThis as { [PAGE_CHECK]?: PageCheck; [BUILD_FAILED]?: string; [RENDER_ERROR]?: (pathname: string, error: Error) => boolean };

/** The integration, with the plugin's options (options.ts, resolved); Starlight sites add it through the plugin (index.ts). */
export default function checkedExamples(options: ResolvedOptions = DEFAULTS): AstroIntegration {
  let root = '';
  let settings = projectSettings('', options);
  let manifest: Manifest = { checkedAt: '', runtimes: [], examples: {} };
  let runtimes: Runtime[] = [];
  /** Resolves to the problems found by the first, full check (none when checks are off). */
  let initialCheck: Promise<string[]> = Promise.resolve([]);
  /** Build: resolves to what pages render, once the outputs that differ on every run have been checked. */
  let shown: Promise<Manifest> | undefined;
  /** What pages render (pages with problems never render: astro:build:start stops the build first). */
  const results = async () => (shown ? await shown : manifest);
  /** The dev server's page check, handed to its middleware (dev-page-check.ts). */
  let pageCheck: PageCheck | undefined;
  /** Takes what this integration left on `globalThis` for pages and middleware off again, once they are done. */
  const withdraw = () => {
    withdrawVirtualModule(results);
    if (pageCheck && handOffs[PAGE_CHECK] === pageCheck) delete handOffs[PAGE_CHECK];
    delete handOffs[BUILD_FAILED];
    delete handOffs[RENDER_ERROR];
  };

  const pagesDir = () => settings.pagesDir;
  const uses = () => findExampleUses(root, pagesDir());
  const pageProblems = () => checkPages(root, pagesDir(), manifest.examples, settings.pages);
  const formatted = (report: Parameters<typeof formatFailures>[0]) => formatFailures(report, options.checkCommand);
  const pageErrors = () => pageProblems().map((e) => `✗ ${e.message}`);
  const dispose = () => Promise.all(runtimes.map((runtime) => runtime.dispose()));
  /**
   * A build's problems are reported once, as soon as they are known, and the next page to render stops the build
   * (build-stop.ts); one that has no page left to render fails in astro:build:done.
   */
  let reported = false;
  /** Whether Vite bundles the pages now (from astro:build:start on). */
  let bundling = false;
  const report = (logger: AstroIntegrationLogger, problems: string[]) => {
    if (reported || problems.length === 0) return;
    reported = true;
    logger.error(failed(problems));
    handOffs[BUILD_FAILED] = stoppedAt(problems);
  };
  /** The problems of the whole check; a check that could not run is one. */
  const allProblems = () => initialCheck.catch((error: unknown) => [`✗ ${error instanceof Error ? error.message : String(error)}`]);
  /** A build with problems fails with the check's report: no stack trace, exit 1, and dist/ untouched. */
  const failOnProblems = (logger: AstroIntegrationLogger, problems: string[]) => {
    if (problems.length === 0) return;
    report(logger, problems);
    withdraw();
    failBuild(logger, problems);
  };

  return {
    name: 'checked-examples',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig, addMiddleware }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
        settings = projectSettings(root, options, fileURLToPath(config.srcDir));
        const { examplesDir } = settings;
        // Before any example is read: the runtimes bring their languages (which files are examples, and how to read them).
        const providers = resolveRuntimes(root, options.runtimes);
        dropNoise(logger);
        // A failed build leaves its failure here for the pages it did not render: not for this build's pages.
        delete handOffs[BUILD_FAILED];
        updateConfig({ vite: { plugins: [virtualModule(results), configModule({ examples: settings.pages.examplesFolder, downloads: options.downloads, sourceUrl: options.sourceUrl, runButton: options.runButton }), ...(command === 'build' ? [stopBundling(() => bundling)] : [])], ...quietWarnings } });

        const checking = process.env.EXAMPLES_CHECK !== 'off' && (command === 'build' || command === 'dev');
        if (!checking) {
          manifest = unverifiedManifest(loadExamples(root, examplesDir, settings.check.limits));
          manifest.uses = uses();
          if (command === 'build') logger.warn('EXAMPLES_CHECK=off: examples were NOT run; pages show unverified output.');
          // The pages are still checked: they cost nothing to check, and unchecked code must never be published.
          if (command === 'build') initialCheck = Promise.resolve(pageErrors());
          return;
        }
        if (command === 'dev') addMiddleware({ order: 'pre', entrypoint: new URL('./dev-page-check.ts', import.meta.url) });
        // Astro's dev server asks the package registry for a newer Astro and prints a notice: versions are pinned
        // in package-lock.json and raised on purpose, so the notice is only noise in an author's terminal.
        if (command === 'dev') process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
        if (command === 'build') {
          addMiddleware({ order: 'pre', entrypoint: new URL('./build-stop.ts', import.meta.url) });
          handOffs[RENDER_ERROR] = (pathname, error) => {
            const problem = explainRenderError(root, pathname, error);
            if (problem) logger.error(`Page check failed:\n${problem}`);
            return problem !== undefined;
          };
        }
        // The check starts now and runs beside the whole build, in a process of its own (background-check.ts).
        // In a build, pages render `shown`, and a build with problems stops once the check has found them (at the
        // latest in astro:build:done), before dist/ is replaced. In dev, the check runs in this process and keeps its
        // interpreters for the re-checks of edited examples.
        if (command === 'build') {
          const background = checkInBackground(root, options);
          // `manifest` is set here, before any page can see `shown` resolved: pages are checked against it.
          shown = background.shown.then(({ manifest: ready }) => {
            ready.uses = uses();
            return (manifest = ready);
          });
          // Its failure reaches the author through initialCheck (below), not as an unhandled rejection.
          shown.catch(() => {});
          initialCheck = (async () => {
            (await background.shown).notices.forEach((notice) => logger.warn(notice));
            await shown;
            const report = await background.report;
            report.notices.forEach((notice) => logger.warn(notice));
            formatSummary(report).forEach((line) => logger.info(line));
            return [...formatted(report), ...pageErrors()];
          })();
        } else {
          // Pages do not wait for the first check either: until it ends they show the committed outputs, captioned
          // as being checked, and then every open page reloads with the results (astro:server:setup).
          manifest = checkingManifest(loadExamples(root, examplesDir, settings.check.limits));
          manifest.uses = uses();
          initialCheck = (async () => {
            assertEveryLanguageRuns(root, examplesDir, providers);
            const detected = await detectRuntimes(settings.cacheDir, providers, root);
            runtimes = detected.runtimes;
            detected.notices.forEach((notice) => logger.warn(notice));
            const report = await checkExamples({ ...settings.check, runtimes });
            report.notices.forEach((notice) => logger.warn(notice));
            manifest = manifestFromReport(report);
            manifest.uses = uses();
            formatSummary(report).forEach((line) => logger.info(line));
            return [...formatted(report), ...pageErrors()];
          })();
        }
        // Reported as soon as the check has ended, wherever Astro is (a build then stops at its next step);
        // handled here, so an early failure is not an unhandled rejection.
        void allProblems().then((problems) => (command === 'build' ? report(logger, problems) : problems.length && logger.error(failed(problems))));
      },

      // Starlight has added the links validator's integration (builds only) by now: its failure is reported as
      // ours are (link-errors.ts).
      'astro:config:done': ({ config }) => plainLinkErrors(config),

      // A page that names a missing example or region, or holds inline code, stops the build before any page
      // renders (rendering would fail halfway), with the whole report. Region names are known without running.
      'astro:build:start': async ({ logger }) => {
        // A check that has already failed stops the build here, before Vite bundles anything.
        if (reported) await failOnProblems(logger, await allProblems());
        bundling = true;
        const examples = manifest.examples;
        const known = Object.keys(examples).length ? examples : checkingManifest(loadExamples(root, settings.examplesDir, settings.check.limits)).examples;
        if (checkPages(root, pagesDir(), known, settings.pages).length) await failOnProblems(logger, await allProblems());
      },

      'astro:build:done': async ({ dir, logger }) => {
        await failOnProblems(logger, await allProblems());
        withdraw(); // every page has rendered
        // Each example is offered for download at /<examples folder>/<path>, exactly as it was checked.
        if (options.downloads) cpSync(settings.examplesDir, join(fileURLToPath(dir), settings.pages.examplesFolder), { recursive: true, filter: isDownload });
      },

      'astro:server:setup': ({ server, logger }) => {
        exitWithParent(dispose);
        // Region names are known before anything has run, so a page is checked without waiting for the check.
        pageCheck = handOffs[PAGE_CHECK] = async (pathname) => {
          const url = pathname.replace(/\/?$/, '/').toLowerCase();
          return pageProblems()
            .filter((problem) => pageUrl(problem.file) === url)
            .map((problem) => ({ message: problem.message, absPath: join(root, problem.file), line: problem.line, place: `${problem.file}:${problem.line}` }));
        };
        const reloadResults = () => {
          const module = server.moduleGraph.getModuleById(RESOLVED_ID);
          if (module) server.moduleGraph.invalidateModule(module);
        };
        initialCheck.then(
          () => {
            reloadResults();
            server.hot.send({ type: 'full-reload' });
          },
          () => {},
        );
        server.watcher.add(settings.examplesDir);
        /** A failed re-check in the terminal and the browser's overlay; `pending` says what is still being checked. */
        const showProblems = (problems: string[], pending?: string) => {
          const message = failed(problems) + (pending ? `\n${pending}` : '');
          logger.error(message);
          // The page behind the overlay still shows what it showed before the change: the overlay says so. Its
          // "Stack Trace" panel gets the places of the problems instead of staying empty.
          const places = problems.map((problem) => /^✗ (\S+:\d+)/.exec(problem)?.[1]).filter(Boolean);
          const hint = 'The page behind this message still shows the example as it was before this change. Fix the example or its expected output; the page reloads once it passes.';
          server.hot.send({ type: 'error', err: { message, stack: places.join('\n'), hint } as { message: string; stack: string } });
        };
        // The latest re-check of each example (by stem): a save can arrive while an earlier one of the same
        // example is still being checked (an editor that truncates, then writes, saves twice), and the earlier
        // report, finishing last, would otherwise replace the newer one.
        const latest = new Map<string, number>();
        let saves = 0;
        const recheck = async (path: string) => {
          // After the first check, whose results would otherwise replace those of this one.
          await initialCheck.catch(() => {});
          if (runtimes.length === 0 || !path.startsWith(settings.examplesDir + sep)) return;
          // An example and its expected outputs share a stem: x.py, x.out, x.pypy.out.
          const stem = path.endsWith('.out') ? path.replace(/(\.[\w-]+)?\.out$/, '') : exampleStem(path);
          const save = ++saves;
          latest.set(stem, save);
          const superseded = () => latest.get(stem) !== save;
          // The first runtime to fail is shown at once (CPython's fork server answers in a fraction of a second,
          // Pyodide and the browser take longer); the whole report replaces it once every runtime has answered.
          let shownEarly = false;
          const onResult = (example: ExampleFile, result: RuntimeResult) => {
            if (!result.failure || shownEarly || superseded()) return;
            shownEarly = true;
            const first = formatted({ results: [{ path: example.displayPath, example, results: [result] }], updated: [], notices: [] });
            showProblems(first, `(${result.label} answered first; the other runtimes are still being checked)`);
          };
          const report = await checkExamples({ ...settings.check, runtimes, filters: languages().flatMap((language) => language.extensions.map((extension) => stem + extension)), onResult });
          if (report.results.length === 0 || superseded()) return;
          report.notices.forEach((notice) => logger.warn(notice));
          manifestFromReport(report, manifest);
          manifest.uses = uses();
          // The pages that show this example, checked again (a region may be gone); other pages did not change.
          const changed = new Set(report.results.map((result) => result.example?.id));
          const showing = uses().filter((use) => changed.has(use.file));
          const problems = [...formatted(report), ...checkExampleUses(showing, manifest.examples, settings.pages.examplesFolder).map((e) => `✗ ${e.message}`)];
          reloadResults();
          if (problems.length) showProblems(problems);
          else {
            logger.info(`${relative(root, path)}: ${formatSummary(report).join('; ')}`);
            // Reload only the pages that show this example (Vite reloads a tab whose URL matches the path).
            const pages = new Set(showing.map((use) => pageUrl(use.page)));
            for (const url of pages) server.hot.send({ type: 'full-reload', path: `${url}index.html` });
          }
        };
        server.watcher.on('change', (path) => void recheck(path));
        server.watcher.on('add', (path) => void recheck(path));
        server.httpServer?.on('close', () => {
          withdraw();
          void dispose();
        });
        // A browser asks for /favicon.ico on a page without an icon link (Astro's error page); the site's icon is
        // an SVG, so the request would only print a routing warning. Answered with "no content" unless one exists.
        server.middlewares.use('/favicon.ico', (_request, response, next) => {
          if (existsSync(join(root, 'public', 'favicon.ico'))) return next();
          response.statusCode = 204;
          response.end();
        });
        // Downloads: the build copies the examples into the site; the dev server serves them from their folder.
        if (options.downloads) server.middlewares.use(`/${settings.pages.examplesFolder}/`, (request, response, next) => {
          const file = join(settings.examplesDir, decodeURIComponent(new URL(request.url ?? '', 'http://dev').pathname));
          if (!file.startsWith(settings.examplesDir + sep) || !existsSync(file) || !servesDownload(settings.examplesDir, file)) return next();
          response.setHeader('content-type', 'text/plain; charset=utf-8');
          response.end(readFileSync(file));
        });
      },

    },
  };
}
