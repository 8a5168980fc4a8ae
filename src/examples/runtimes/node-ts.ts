/**
 * TypeScript examples on this project's Node 24 (V8): after the shared strict type check (type-check-step.ts),
 * each file runs with `--expose-gc` through Node's own type stripping.
 */
import type { Runtime } from '../types.ts';
import { runProcess } from './subprocess.ts';
import { TYPESCRIPT_VERSION, typeCheckExamples } from './type-check-step.ts';

export function nodeRuntime(): Runtime {
  const label = `Node ${process.versions.node} (V8 ${process.versions.v8.split('-')[0]})`;
  return {
    id: 'node',
    language: 'ts',
    label,
    family: 'Node',
    shortVersion: process.versions.node.split('.')[0]!,
    engine: 'V8',
    version: `${label} / TypeScript ${TYPESCRIPT_VERSION}`,
    prepare: typeCheckExamples,
    run: (example, limits) =>
      runProcess(process.execPath, ['--expose-gc', '--disable-warning=ExperimentalWarning', example.absPath], limits),
    dispose: async () => {},
  };
}
