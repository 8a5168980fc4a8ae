/**
 * Human-readable report of a check. Runtimes that fail an example the same way share one block, headed with all
 * their names, so a wrong output on seven runtimes is one diff, not seven.
 */
import type { CheckReport } from './check.ts';
import { fixHint, isOutputMismatch } from './hints.ts';
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

/**
 * Failures group by where and what: a traceback's frames, caret lines and library paths differ by runtime without
 * differing in substance. A wrong output is the exception: each different output is a block of its own.
 */
function groupKey(failure: Failure): string {
  const substance = isOutputMismatch(failure) ? normalize(failure.detail ?? '') : '';
  return [failure.location, failure.message, substance].join('\0');
}

function groupFailures(results: RuntimeResult[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const result of results) {
    if (!result.failure) continue;
    const own = withoutLabel(result.failure, result.label);
    const group = groups.get(groupKey(own));
    if (group) group.results.push(result);
    else groups.set(groupKey(own), { results: [result], failure: own });
  }
  return [...groups.values()];
}

/** The group's detail (its first runtime's), saying whose it is when the others' differ. */
function groupDetail({ results, failure }: FailureGroup): string | undefined {
  if (!failure.detail) return undefined;
  const details = new Set(results.map((r) => normalize(withoutLabel(r.failure!, r.label).detail ?? '')));
  if (details.size === 1) return failure.detail;
  return `${failure.detail}\n(as ${results[0]!.label} printed it; the other runtimes' differ only in detail)`;
}

export function formatFailures(report: CheckReport, checkCommand?: string): string[] {
  return report.results.flatMap((result) => {
    if (result.failure) return [`✗ ${result.failure.location}: ${result.failure.message}`];
    return groupFailures(result.results).map((group) => {
      const { results, failure } = group;
      const detail = groupDetail(group);
      const hint = fixHint(result.example, failure, checkCommand);
      // One runtime: its full label (exact version); several: the short group label, e.g. `CPython 3.11 · 3.12`.
      const runtimes = results.length === 1 ? results[0]!.label : groupLabel(results.map((r) => r.brief));
      return [
        `✗ ${failure.location} [${runtimes}]: ${failure.message}`,
        ...(detail ? [indent(detail)] : []),
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
