/**
 * `starlight-checked-examples/runtime`: the runtimes examples run on, the sandbox and limits they run under, and the
 * types a runtime implements. Not for pages: loading it reads the runtimes' own files.
 *
 * A site adds a runtime (and its language) with a module whose default export is a RuntimeProvider, named in the
 * `runtimes` option by its path; `runProcess` runs a command on an example under the engine's sandbox and limits.
 */
export { detectRuntimes, selectRuntimes, type DetectedRuntimes } from './engine/runtimes/index.ts';
export { resolveRuntimes } from './engine/runtimes/resolve.ts';
export { runProcess } from './engine/runtimes/subprocess.ts';
export { EXAMPLE_COMPILER_OPTIONS } from './engine/runtimes/typecheck.ts';
export { BUILTIN_RUNTIME_IDS } from './engine/languages/registry.ts';
export { python } from './engine/languages/python.ts';
export { typescript } from './engine/languages/typescript.ts';
export type {
  DetectContext,
  ExampleFile,
  Failure,
  Language,
  LanguageId,
  RunLimits,
  RunOutput,
  Runtime,
  RuntimeId,
  RuntimeProvider,
} from './engine/types.ts';
export { isSandboxed, sandboxed, withMemoryLimit } from './engine/runtimes/sandbox.ts';
