/**
 * What pages need to show an example: its source, its region names and the real output of each verified run.
 * Runtimes whose outputs agree (after normalisation) share one output; a runtime that differs gets its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { runtimeIdentity, skipReason, type CheckReport } from './check.ts';
import { LocatedError } from './errors.ts';
import { expectedPath, readExpected } from './expected.ts';
import { normalize, varies } from './normalize.ts';
import { knownRuntimeIds } from './languages/registry.ts';
import { parseRegions } from './regions.ts';
import { groupLabel } from './labels.ts';
import type { ExampleUse } from './pages.ts';
import type { ExampleFile, LanguageId, Runtime, RuntimeId, RuntimeResult, SkippedRuntime } from './types.ts';

export interface ShownOutput {
  /** Labels of the runtimes that printed this, e.g. `CPython 3.11.7`; empty for an unverified expected output. */
  runtimes: string[];
  /** Runtime ids, in the same order. */
  ids: RuntimeId[];
  /** The runtimes in short: `CPython 3.11 · 3.12 · 3.13 · 3.14, PyPy 3.9` (see labels.ts); empty when unverified. */
  label: string;
  stdout: string;
}

export interface ExampleRecord {
  /** `examples/…` path. */
  path: string;
  /** Where the file is on this machine (used at build time only, e.g. for type information). */
  absPath: string;
  language: LanguageId;
  source: string;
  regions: string[];
  outputs: ShownOutput[];
  /** Runtime labels the example passed on in this build; empty when checks were off. */
  verifiedOn: string[];
  /** The same in short (`CPython 3.11–3.14, PyPy 3.9`, see labels.ts); empty when checks were off. */
  verifiedLabel: string;
  /** Runtime labels it failed on (dev server only: a build stops instead). */
  failedOn: string[];
  /** Runtimes of its language that did not run it, with the reason: `Chromium 156 (V8): uses Node.js APIs`. */
  notRunOn: string[];
}

/** A runtime that ran in this build, for tables: `{ id: 'py312', label: 'CPython 3.12.7 (Pyodide 0.27.7)', short: 'CPython 3.12' }`. */
export interface RuntimeColumn {
  id: RuntimeId;
  language: LanguageId;
  label: string;
  short: string;
}

export interface Manifest {
  /** ISO date of the check. */
  checkedAt: string;
  /** The runtimes that ran, in report order; empty when checks were off. */
  runtimes: RuntimeColumn[];
  /** Keyed by the path relative to `examples/`, as pages name it: `python/intro/hello.py`. */
  examples: Record<string, ExampleRecord>;
  /** Where pages show examples (filled in by whoever knows the pages: the Astro integration). */
  uses?: ExampleUse[];
  /** Dev server only: its first check is still running, and outputs are the committed ones, not yet verified. */
  checking?: boolean;
}

function groupOutputs(results: RuntimeResult[]): ShownOutput[] {
  const groups = new Map<string, { results: RuntimeResult[]; stdout: string }>();
  for (const result of results) {
    const key = normalize(result.stdout);
    const group = groups.get(key);
    if (group) group.results.push(result);
    else groups.set(key, { results: [result], stdout: result.stdout });
  }
  return [...groups.values()].map(({ results: members, stdout }) => ({
    runtimes: members.map((r) => r.label),
    ids: members.map((r) => r.runtime),
    label: groupLabel(members.map((r) => r.brief)),
    stdout,
  }));
}

function record(example: ExampleFile, outputs: ShownOutput[], results: RuntimeResult[] = [], skipped: SkippedRuntime[] = []): ExampleRecord {
  return {
    path: example.displayPath,
    absPath: example.absPath,
    language: example.language,
    source: example.source,
    regions: [...parseRegions(example.source, example.language, example.displayPath).keys()],
    outputs,
    verifiedOn: results.filter((r) => !r.failure).map((r) => r.label),
    verifiedLabel: groupLabel(results.filter((r) => !r.failure).map((r) => r.brief), { ranges: true }),
    failedOn: results.filter((r) => r.failure).map((r) => r.label),
    notRunOn: skipped.map((r) => `${groupLabel([r.brief])}: ${r.reason}`),
  };
}

/** Where a runtime comes in the configured order (one no longer configured comes last). */
function configuredPlace(id: RuntimeId): number {
  const ids = knownRuntimeIds();
  return ids.includes(id) ? ids.indexOf(id) : ids.length;
}

export function manifestFromReport(report: CheckReport, into: Manifest = { checkedAt: '', runtimes: [], examples: {} }): Manifest {
  for (const { example, results, skipped } of report.results) {
    if (!example) continue;
    for (const result of results) {
      if (into.runtimes.some((r) => r.id === result.runtime)) continue;
      const short = groupLabel([{ ...result.brief, engine: undefined }]);
      into.runtimes.push({ id: result.runtime, language: example.language, label: result.label, short });
      into.runtimes.sort((a, b) => configuredPlace(a.id) - configuredPlace(b.id));
    }
    const passed = results.filter((r) => !r.failure);
    into.examples[example.id] = record(example, groupOutputs(passed), results, skipped);
  }
  into.checkedAt = new Date().toISOString();
  return into;
}

/** A manifest made without running anything (checks switched off): outputs are the committed expected files. */
export function unverifiedManifest(examples: ExampleFile[]): Manifest {
  const entries = examples.map((example) => {
    const path = expectedPath(example);
    const outputs = existsSync(path) ? [{ runtimes: [], ids: [], label: '', stdout: readFileSync(path, 'utf8') }] : [];
    return [example.id, record(example, outputs)] as const;
  });
  return { checkedAt: new Date().toISOString(), runtimes: [], examples: Object.fromEntries(entries) };
}

/**
 * What the dev server shows until its first check has ended: the committed expected outputs, marked as being
 * checked. An example whose region markers are broken is left out until the check reports it.
 */
export function checkingManifest(examples: ExampleFile[]): Manifest {
  const readable = examples.filter((example) => {
    try {
      parseRegions(example.source, example.language, example.displayPath);
      return true;
    } catch (error) {
      if (error instanceof LocatedError) return false;
      throw error;
    }
  });
  return { ...unverifiedManifest(readable), checking: true };
}

/**
 * The manifest a build will have if its check passes, made before anything has run: each runtime's output is its
 * committed expected output, which a passing check proves it printed (a build whose check fails is never
 * published). So pages can render while the check runs. Output that differs on every run (an address) is not
 * the same bytes twice: `varyingOutputs` names the runs that show such output, and `actual`, a report of those
 * runs, puts their real output in place of the committed one.
 */
export function expectedManifest(examples: ExampleFile[], runtimes: Runtime[], actual?: CheckReport): Manifest {
  const ran = new Map(actual?.results.flatMap(({ path, results }) => results.filter((r) => !r.failure).map((r) => [`${path}\0${r.runtime}`, r.stdout])));
  const results = examples.map((example) => ({
    path: example.displayPath,
    example,
    skipped: runtimes
      .filter((runtime) => runtime.language === example.language && skipReason(example, runtime))
      .map((runtime) => ({ ...runtimeIdentity(runtime), reason: skipReason(example, runtime)! })),
    results: runtimes
      .filter((runtime) => runtime.language === example.language && !skipReason(example, runtime))
      .map((runtime) => ({
        ...runtimeIdentity(runtime),
        stdout: ran.get(`${example.displayPath}\0${runtime.id}`) ?? readExpected(example, runtime.id)?.text ?? '',
        cached: true,
      })),
  }));
  return manifestFromReport({ results, updated: [], notices: [] });
}

/**
 * The runs whose output a page shows and which differs on every run (an address), so they need this build's run:
 * each example's file, with the runtime that leads each such output (runtimes that agree share one shown output).
 */
export function varyingOutputs(manifest: Manifest): { absPath: string; runtimes: RuntimeId[] }[] {
  return Object.values(manifest.examples)
    .map((example) => ({ absPath: example.absPath, runtimes: example.outputs.filter((output) => varies(output.stdout)).map((output) => output.ids[0]!) }))
    .filter((example) => example.runtimes.length > 0);
}
