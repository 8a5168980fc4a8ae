/**
 * Human-readable report of a check. Runtimes that fail an example the same way share one block, headed with all
 * their names, so a wrong output on seven runtimes is one diff, not seven.
 */
import type { CheckReport } from './check.ts';
import { fixHint } from './hints.ts';
import { normalize } from './normalize.ts';
import type { Failure, RuntimeResult } from './types.ts';

const indent = (text: string) => text.split('\n').map((line) => `    ${line}`).join('\n');

/**
 * Runtime labels as one heading, versions of the same runtime joined:
 * `CPython 3.11.7 · 3.13.1, PyPy 7.3.11 (Python 3.9.16)`.
 */
export function runtimeList(labels: string[]): string {
  const byName = new Map<string, string[]>();
  for (const label of labels) {
    const space = label.indexOf(' ');
    const name = space < 0 ? label : label.slice(0, space);
    byName.set(name, [...(byName.get(name) ?? []), space < 0 ? '' : label.slice(space + 1)]);
  }
  return [...byName].map(([name, versions]) => [name, versions.filter(Boolean).join(' · ')].filter(Boolean).join(' ')).join(', ');
}

interface FailureGroup {
  labels: string[];
  failure: Failure;
}

/** The runtime's own name is dropped from its detail (the diff's `+++ actual output (CPython …)`), so equal failures compare equal. */
const withoutLabel = (failure: Failure, label: string): Failure =>
  failure.detail ? { ...failure, detail: failure.detail.replaceAll(` (${label})`, '') } : failure;

function groupFailures(results: RuntimeResult[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const { label, failure } of results) {
    if (!failure) continue;
    const own = withoutLabel(failure, label);
    const key = [own.location, own.message, normalize(own.detail ?? '')].join('\0');
    const group = groups.get(key);
    if (group) group.labels.push(label);
    else groups.set(key, { labels: [label], failure: own });
  }
  return [...groups.values()];
}

export function formatFailures(report: CheckReport): string[] {
  return report.results.flatMap((result) => {
    if (result.failure) return [`✗ ${result.failure.location}: ${result.failure.message}`];
    return groupFailures(result.results).map(({ labels, failure }) => {
      const hint = fixHint(result.example, failure);
      return [
        `✗ ${failure.location} [${runtimeList(labels)}]: ${failure.message}`,
        ...(failure.detail ? [indent(failure.detail)] : []),
        ...(hint ? [indent(`→ ${hint}`)] : []),
      ].join('\n');
    });
  });
}

/** `CPython 3.11.7: 12 passed, 0 failed (9 cached)` for each runtime, and the count of files that did not load. */
export function formatSummary(report: CheckReport): string[] {
  const byRuntime = new Map<string, { passed: number; failed: number; cached: number }>();
  for (const { label, failure, cached } of report.results.flatMap((r) => r.results)) {
    const counts = byRuntime.get(label) ?? { passed: 0, failed: 0, cached: 0 };
    if (failure) counts.failed++;
    else counts.passed++;
    if (cached) counts.cached++;
    byRuntime.set(label, counts);
  }
  const lines = [...byRuntime].map(([label, c]) => `${label}: ${c.passed} passed, ${c.failed} failed${c.cached ? ` (${c.cached} cached)` : ''}`);
  const broken = report.results.filter((r) => r.failure).length;
  if (broken) lines.push(`${broken} example file(s) could not be loaded`);
  return lines;
}

export function hasFailures(report: CheckReport): boolean {
  return report.results.some((r) => r.failure || r.results.some((x) => x.failure));
}
