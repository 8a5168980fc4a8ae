/**
 * The strict type check every TypeScript runtime (Node, Bun) needs before running examples: one compiler Program
 * in a worker thread (typecheck-worker.ts). Both runtimes use this one function as their `prepare`, and the
 * check calls a shared `prepare` once for all of them, so a batch is type-checked once however many engines run it.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ExampleFile, Failure } from '../types.ts';

export const TYPESCRIPT_VERSION: string = createRequire(import.meta.url)('typescript/package.json').version;

function typeCheckInWorker(files: string[], displayPaths: Record<string, string>): Promise<Map<string, string[]>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./typecheck-worker.ts', import.meta.url), { workerData: { files, displayPaths } });
    worker.once('message', (entries: [string, string[]][]) => {
      resolve(new Map(entries));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the type-check worker exited (${code}) without a result`)));
  });
}

/** Type errors by example id. Runtimes share this function, and the check calls it once per batch. */
export async function typeCheckExamples(examples: ExampleFile[]): Promise<Map<string, Failure>> {
  const byPath = new Map(examples.map((example) => [example.absPath, example]));
  const displayPaths = Object.fromEntries(examples.map((example) => [example.absPath, example.displayPath]));
  const errors = await typeCheckInWorker([...byPath.keys()], displayPaths);
  const failures = new Map<string, Failure>();
  for (const [path, messages] of errors) {
    const example = byPath.get(path);
    if (!example) continue;
    const first = /^(.*?:\d+:\d+): /.exec(messages[0]!);
    failures.set(example.id, {
      location: first ? first[1]! : example.displayPath,
      message: `type error (${messages.length} in this file)`,
      detail: messages.join('\n'),
    });
  }
  return failures;
}
