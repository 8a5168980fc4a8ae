/**
 * TypeScript examples: one strict type check of every example that needs a run (typecheck.ts, in a worker
 * thread so the other runtimes keep going), then each file runs on this project's Node 24 with `--expose-gc`,
 * through Node's own type stripping.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Failure, Runtime } from '../types.ts';
import { runProcess } from './subprocess.ts';

const TYPESCRIPT_VERSION: string = createRequire(import.meta.url)('typescript/package.json').version;

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

export function nodeRuntime(): Runtime {
  const label = `Node ${process.versions.node}`;
  return {
    id: 'node',
    language: 'ts',
    label,
    version: `${label} / TypeScript ${TYPESCRIPT_VERSION}`,
    async prepare(examples) {
      const byPath = new Map(examples.map((example) => [example.absPath, example]));
      const failures = new Map<string, Failure>();
      const displayPaths = Object.fromEntries(examples.map((example) => [example.absPath, example.displayPath]));
      const errors = await typeCheckInWorker([...byPath.keys()], displayPaths);
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
    },
    run: (example, limits) =>
      runProcess(process.execPath, ['--expose-gc', '--disable-warning=ExperimentalWarning', example.absPath], limits),
    dispose: async () => {},
  };
}
