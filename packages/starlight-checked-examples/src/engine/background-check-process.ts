/**
 * The process a build checks its examples in (see background-check.ts): `node background-check-process.ts <root>
 * <options as JSON>`, started with an IPC channel. It detects the runtimes, sends what pages render (first
 * checking the examples whose output differs on every run, so pages show this build's output of those), then
 * checks everything and sends the report. It ends when its parent does.
 */
import type { BackgroundMessage } from './background-check.ts';
import { checkExamples } from './check.ts';
import { loadExamples } from './discover.ts';
import { expectedManifest, varyingOutputs } from './manifest.ts';
import { assertSameAsFile, projectSettings, type ResolvedOptions } from './options.ts';
import { detectRuntimes } from './runtimes/index.ts';
import { assertEveryLanguageRuns, resolveRuntimes } from './runtimes/resolve.ts';
import type { Runtime } from './types.ts';

const root = process.argv[2]!;
const options = JSON.parse(process.argv[3]!) as ResolvedOptions;
const settings = projectSettings(root, options);
const send = (message: BackgroundMessage) => new Promise((resolve) => process.send!(message, resolve));
let runtimes: Runtime[] = [];
const dispose = () => Promise.all(runtimes.map((runtime) => runtime.dispose()));
const parentGone = () => void dispose().finally(() => process.exit(0));
process.once('disconnect', parentGone);

try {
  // Not in the build's own process: there, Astro may still be importing the options file with the site's config.
  assertSameAsFile(root, options);
  const providers = resolveRuntimes(root, options.runtimes);
  assertEveryLanguageRuns(root, settings.examplesDir, providers);
  const detected = await detectRuntimes(settings.cacheDir, providers, root);
  runtimes = detected.runtimes;
  const files = loadExamples(root, settings.examplesDir, settings.check.limits);
  let manifest = expectedManifest(files, runtimes);
  const varying = varyingOutputs(manifest);
  if (varying.length) {
    // Only the runs whose output pages show (the full check then finds them in the result cache): these are
    // usually CPython's and PyPy's fork servers, which start at once, so pages do not wait for Pyodide to start.
    const leaders = new Set(varying.flatMap((example) => example.runtimes));
    const filters = varying.map((example) => example.absPath);
    manifest = expectedManifest(files, runtimes, await checkExamples({ ...settings.check, runtimes: runtimes.filter((r) => leaders.has(r.id)), filters }));
  }
  await send({ kind: 'shown', manifest, notices: detected.notices });
  await send({ kind: 'report', report: await checkExamples({ ...settings.check, runtimes }) });
} catch (error) {
  await send({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
} finally {
  await dispose();
  process.off('disconnect', parentGone);
  process.disconnect();
}
