/**
 * `starlight-checked-examples/runtime`: the runtimes examples run on, the sandbox and limits they run under, and the
 * types a runtime implements. Not for pages: loading it reads the runtimes' own files.
 */
export { detectRuntimes } from './engine/runtimes/index.ts';
export { EXAMPLE_COMPILER_OPTIONS } from './engine/runtimes/typecheck.ts';
export { RUNTIME_IDS, type ExampleFile, type Runtime, type RuntimeId } from './engine/types.ts';
export { isSandboxed, sandboxed, withMemoryLimit } from './engine/runtimes/sandbox.ts';
