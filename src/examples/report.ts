/** Human-readable report of a check: one block per failure, then per-runtime totals. */
import type { CheckReport } from './check.ts';

const indent = (text: string) => text.split('\n').map((line) => `    ${line}`).join('\n');

export function formatFailures(report: CheckReport): string[] {
  return report.results.flatMap((result) => {
    if (result.failure) return [`✗ ${result.failure.location}: ${result.failure.message}`];
    return result.results.flatMap(({ label, failure }) => {
      if (!failure) return [];
      const head = `✗ ${failure.location} [${label}]: ${failure.message}`;
      return [failure.detail ? `${head}\n${indent(failure.detail)}` : head];
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

export function formatReport(report: CheckReport, notices: string[] = []): string {
  return [...notices.map((n) => `! ${n}`), ...formatFailures(report), ...formatSummary(report)].join('\n');
}
