/**
 * What pages need to show an example: its source, its region names and the real output of each verified run.
 * Runtimes whose outputs agree (after normalisation) share one output; a runtime that differs gets its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { CheckReport } from './check.ts';
import { expectedPath } from './expected.ts';
import { normalize } from './normalize.ts';
import { parseRegions, type Language } from './regions.ts';
import type { ExampleFile, RuntimeResult } from './types.ts';

export interface ShownOutput {
  /** Labels of the runtimes that printed this, e.g. `CPython 3.11.7`; empty for an unverified expected output. */
  runtimes: string[];
  stdout: string;
}

export interface ExampleRecord {
  /** `examples/…` path. */
  path: string;
  /** Where the file is on this machine (used at build time only, e.g. for type information). */
  absPath: string;
  language: Language;
  source: string;
  regions: string[];
  outputs: ShownOutput[];
  /** Runtime labels the example passed on in this build; empty when checks were off. */
  verifiedOn: string[];
  /** Runtime labels it failed on (dev server only: a build stops instead). */
  failedOn: string[];
}

export interface Manifest {
  /** ISO date of the check. */
  checkedAt: string;
  /** Keyed by the path relative to `examples/`, as pages name it: `python/basics/first_ref.py`. */
  examples: Record<string, ExampleRecord>;
}

function groupOutputs(results: RuntimeResult[]): ShownOutput[] {
  const groups = new Map<string, ShownOutput>();
  for (const { label, stdout } of results) {
    const key = normalize(stdout);
    const group = groups.get(key);
    if (group) group.runtimes.push(label);
    else groups.set(key, { runtimes: [label], stdout });
  }
  return [...groups.values()];
}

function record(example: ExampleFile, outputs: ShownOutput[], results: RuntimeResult[] = []): ExampleRecord {
  return {
    path: example.displayPath,
    absPath: example.absPath,
    language: example.language,
    source: example.source,
    regions: [...parseRegions(example.source, example.language, example.displayPath).keys()],
    outputs,
    verifiedOn: results.filter((r) => !r.failure).map((r) => r.label),
    failedOn: results.filter((r) => r.failure).map((r) => r.label),
  };
}

export function manifestFromReport(report: CheckReport, into: Manifest = { checkedAt: '', examples: {} }): Manifest {
  for (const { example, results } of report.results) {
    if (!example) continue;
    const passed = results.filter((r) => !r.failure);
    into.examples[example.id] = record(example, groupOutputs(passed), results);
  }
  into.checkedAt = new Date().toISOString();
  return into;
}

/** A manifest made without running anything (checks switched off): outputs are the committed expected files. */
export function unverifiedManifest(examples: ExampleFile[]): Manifest {
  const entries = examples.map((example) => {
    const path = expectedPath(example);
    const outputs = existsSync(path) ? [{ runtimes: [], stdout: readFileSync(path, 'utf8') }] : [];
    return [example.id, record(example, outputs)] as const;
  });
  return { checkedAt: new Date().toISOString(), examples: Object.fromEntries(entries) };
}
