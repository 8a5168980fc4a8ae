/**
 * Expected outputs beside an example: `<name>.out` for every runtime, or `<name>.<runtime>.out` where one
 * runtime legitimately prints something else.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { normalize } from './normalize.ts';
import { exampleStem } from './languages/registry.ts';
import type { ExampleFile, RuntimeId } from './types.ts';

const stem = (example: ExampleFile) => exampleStem(example.absPath);

export function expectedPath(example: ExampleFile, runtime?: RuntimeId): string {
  return `${stem(example)}${runtime ? `.${runtime}` : ''}.out`;
}

/** The expected output for a runtime and the file it came from, or undefined when there is none. */
export function readExpected(example: ExampleFile, runtime: RuntimeId): { path: string; text: string } | undefined {
  for (const path of [expectedPath(example, runtime), expectedPath(example)]) {
    if (existsSync(path)) return { path, text: readFileSync(path, 'utf8') };
  }
  return undefined;
}

/**
 * Rewrites the expected outputs from real runs: the output most runtimes agree on (the first of them on a tie)
 * becomes `<name>.out`, and each runtime whose output differs from it gets its own `<name>.<runtime>.out`;
 * per-runtime files that are no longer needed are removed. Returns the paths written.
 */
export function writeExpected(example: ExampleFile, outputs: { runtime: RuntimeId; stdout: string }[]): string[] {
  const votes = new Map<string, number>();
  for (const { stdout } of outputs) votes.set(normalize(stdout), (votes.get(normalize(stdout)) ?? 0) + 1);
  const most = Math.max(...votes.values());
  const common = outputs.find(({ stdout }) => votes.get(normalize(stdout)) === most);
  if (!common) return [];
  const written: string[] = [];
  const write = (path: string, text: string) => {
    // Output that differs only where normalisation applies (addresses) is not rewritten: no churn in review.
    if (existsSync(path) && normalize(readFileSync(path, 'utf8')) === normalize(text)) return;
    writeFileSync(path, text);
    written.push(path);
  };
  write(expectedPath(example), common.stdout);
  for (const { runtime, stdout } of outputs) {
    if (normalize(stdout) === normalize(common.stdout)) rmSync(expectedPath(example, runtime), { force: true });
    else write(expectedPath(example, runtime), stdout);
  }
  return written;
}
