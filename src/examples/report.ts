/**
 * Human-readable report of a check. Runtimes that fail an example the same way share one block, headed with all
 * their names, so a wrong output on seven runtimes is one diff, not seven.
 */
import type { CheckReport } from './check.ts';
import { fixHint } from './hints.ts';
import { groupLabel } from './labels.ts';
import { normalize } from './normalize.ts';
import type { Failure, RuntimeResult } from './types.ts';

const indent = (text: string) => text.split('\n').map((line) => `    ${line}`).join('\n');

interface FailureGroup {
  results: RuntimeResult[];
  failure: Failure;
}

/** The runtime's own name is dropped from its detail (the diff's `+++ actual output (CPython …)`), so equal failures compare equal. */
const withoutLabel = (failure: Failure, label: string): Failure =>
  failure.detail ? { ...failure, detail: failure.detail.replaceAll(` (${label})`, '') } : failure;

function groupFailures(results: RuntimeResult[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const result of results) {
    if (!result.failure) continue;
    const own = withoutLabel(result.failure, result.label);
    const key = [own.location, own.message, normalize(own.detail ?? '')].join('\0');
    const group = groups.get(key);
    if (group) group.results.push(result);
    else groups.set(key, { results: [result], failure: own });
  }
  return [...groups.values()];
}

export function formatFailures(report: CheckReport): string[] {
  return report.results.flatMap((result) => {
    if (result.failure) return [`✗ ${result.failure.location}: ${result.failure.message}`];
    return groupFailures(result.results).map(({ results, failure }) => {
      const hint = fixHint(result.example, failure);
      // One runtime: its full label (exact version); several: the short group label, e.g. `CPython 3.11 · 3.12`.
      const runtimes = results.length === 1 ? results[0]!.label : groupLabel(results.map((r) => r.brief));
      return [
        `✗ ${failure.location} [${runtimes}]: ${failure.message}`,
        ...(failure.detail ? [indent(failure.detail)] : []),
        ...(hint ? [indent(`→ ${hint}`)] : []),
      ].join('\n');
    });
  });
}

/** `CPython 3.11.7: 12 passed, 0 failed (9 cached)` for each runtime (and how many examples it did not run), and the count of files that did not load. */
export function formatSummary(report: CheckReport): string[] {
  const byRuntime = new Map<string, { passed: number; failed: number; cached: number }>();
  for (const { label, failure, cached } of report.results.flatMap((r) => r.results)) {
    const counts = byRuntime.get(label) ?? { passed: 0, failed: 0, cached: 0 };
    if (failure) counts.failed++;
    else counts.passed++;
    if (cached) counts.cached++;
    byRuntime.set(label, counts);
  }
  const skipped = new Map<string, number>();
  for (const { label } of report.results.flatMap((r) => r.skipped ?? [])) skipped.set(label, (skipped.get(label) ?? 0) + 1);
  const lines = [...byRuntime].map(([label, c]) => {
    const notRun = skipped.get(label) ? `, ${skipped.get(label)} not run there (see their provenance)` : '';
    return `${label}: ${c.passed} passed, ${c.failed} failed${c.cached ? ` (${c.cached} cached)` : ''}${notRun}`;
  });
  const broken = report.results.filter((r) => r.failure).length;
  if (broken) lines.push(`${broken} example file(s) could not be loaded`);
  return lines;
}

export function hasFailures(report: CheckReport): boolean {
  return report.results.some((r) => r.failure || r.results.some((x) => x.failure));
}
