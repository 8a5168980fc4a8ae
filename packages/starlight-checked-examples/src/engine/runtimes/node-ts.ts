/**
 * TypeScript examples on this project's Node 24 (V8): after the shared strict type check (type-check-step.ts),
 * each file runs with `--expose-gc`, its types stripped by Node's own function once per check rather than once
 * per process (node-type-stripping.ts).
 */
import type { Runtime } from '../types.ts';
import { NodeTypeStripping } from './node-type-stripping.ts';
import { missingHostApis } from './host-apis.ts';
import { runProcess } from './subprocess.ts';
import { TYPESCRIPT_VERSION, typeCheckExamples } from './type-check-step.ts';

export function nodeRuntime(): Runtime {
  const stripping = new NodeTypeStripping();
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
    unsupported: (example) => missingHostApis(example.source, 'node'),
    run: async (example, limits) =>
      runProcess(process.execPath, ['--expose-gc', '--disable-warning=ExperimentalWarning', ...(await stripping.preload(example)), example.absPath], limits),
    dispose: () => stripping.dispose(),
  };
}
