/**
 * The strict type check every TypeScript runtime (Node, Bun) needs before running examples: one compiler Program
 * in a worker thread (typecheck-worker.ts). Both runtimes use this one function as their `prepare`, and the
 * check calls a shared `prepare` once for all of them, so a batch is type-checked once however many engines run it.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { OWN_TS_ARGV } from '../own-typescript.ts';
import type { ExampleFile, Failure } from '../types.ts';

export const TYPESCRIPT_VERSION: string = createRequire(import.meta.url)('typescript/package.json').version;

/**
 * One worker for the life of the process, so a dev server's re-check of one edited example reuses the compiler
 * and the library files it has already parsed (typecheck.ts): a fresh worker spent seconds on those before the
 * first runtime could run. It keeps the process alive only while a request is pending.
 */
let worker: Worker | undefined;
let nextRequest = 0;
const pending = new Map<number, { resolve: (errors: Map<string, string[]>) => void; reject: (error: Error) => void }>();

function startWorker(): Worker {
  const started = new Worker(new URL('./typecheck-worker.ts', import.meta.url), { execArgv: OWN_TS_ARGV });
  const fail = (error: Error) => {
    if (worker === started) worker = undefined;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  started.on('message', ({ id, errors }: { id: number; errors: [string, string[]][] }) => {
    pending.get(id)?.resolve(new Map(errors));
    pending.delete(id);
    if (pending.size === 0) started.unref();
  });
  started.once('error', fail);
  started.once('exit', (code) => fail(new Error(`the type-check worker exited (${code}) without a result`)));
  return started;
}

function typeCheckInWorker(files: string[], displayPaths: Record<string, string>): Promise<Map<string, string[]>> {
  worker ??= startWorker();
  worker.ref();
  const id = nextRequest++;
  const result = new Promise<Map<string, string[]>>((resolve, reject) => pending.set(id, { resolve, reject }));
  worker.postMessage({ id, files, displayPaths });
  return result;
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
