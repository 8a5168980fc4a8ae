/**
 * The one strict type check of the TypeScript examples: a single compiler Program over every file that has to
 * run. It is CPU-heavy, so the runtime calls it in a worker thread (typecheck-worker.ts).
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import ts from 'typescript';

// Node's types come from this project wherever the examples are (fixtures live in temporary folders too).
const typeRoot = dirname(dirname(createRequire(import.meta.url).resolve('@types/node/package.json')));

/**
 * The compiler options examples are checked with. Every file is an ES module (top-level await works), and
 * erasableSyntaxOnly allows exactly the syntax Node's type stripping can run.
 */
export const EXAMPLE_COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2024,
  lib: ['lib.es2024.d.ts'],
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  typeRoots: [typeRoot],
  types: ['node'],
  erasableSyntaxOnly: true,
  allowImportingTsExtensions: true,
  noUnusedLocals: true,
  skipLibCheck: true,
};

/** Type errors per file, each as `file:line:col: message`, for the given absolute paths. */
export function typeCheck(files: string[], displayPath: (absPath: string) => string): Map<string, string[]> {
  const program = ts.createProgram(files, EXAMPLE_COMPILER_OPTIONS);
  const errors = new Map<string, string[]>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const file = diagnostic.file;
    if (!file || diagnostic.start === undefined) {
      // A global problem (bad option, missing lib) concerns every file.
      for (const path of files) errors.set(path, [...(errors.get(path) ?? []), `TS${diagnostic.code}: ${message}`]);
      continue;
    }
    const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start);
    const where = `${displayPath(file.fileName)}:${line + 1}:${character + 1}`;
    errors.set(file.fileName, [...(errors.get(file.fileName) ?? []), `${where}: TS${diagnostic.code}: ${message}`]);
  }
  return errors;
}
