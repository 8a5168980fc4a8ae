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

/**
 * The source files parsed so far, by path, with the text they were parsed from: a later check (a dev server's,
 * after an edit) parses again only the files whose text changed, and the lib and @types/node files never.
 */
const parsed = new Map<string, { text: string; file: ts.SourceFile }>();
const host = ts.createCompilerHost(EXAMPLE_COMPILER_OPTIONS);
host.getSourceFile = (fileName, languageVersion, _onError, shouldCreateNewSourceFile) => {
  const text = ts.sys.readFile(fileName);
  if (text === undefined) return undefined;
  const known = parsed.get(fileName);
  if (known?.text === text && !shouldCreateNewSourceFile) return known.file;
  const file = ts.createSourceFile(fileName, text, languageVersion);
  parsed.set(fileName, { text, file });
  return file;
};
/** The last Program, whose structure the next one reuses where the files are the same. */
let previous: ts.Program | undefined;

/** Type errors per file, each as `file:line:col: message`, for the given absolute paths. */
export function typeCheck(files: string[], displayPath: (absPath: string) => string): Map<string, string[]> {
  const program = ts.createProgram(files, EXAMPLE_COMPILER_OPTIONS, host, previous);
  previous = program;
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
