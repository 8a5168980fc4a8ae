/**
 * The type check of an edited TypeScript program in the browser (typecheck-worker.ts runs it): the build's
 * compiler options (src/engine/runtimes/typecheck.ts), but with the globals of the worker that runs the
 * program (lib.webworker and the gc() stand-in) in place of Node's types, which a browser run does not have.
 * No Node.js or DOM imports here, so a unit test runs the same check in Node.
 */
import type ts from 'typescript';

export const FILE = '/example.ts';

/** The lib files the check reads (lib.es2024 and lib.webworker reference the others). */
export const LIB_FILES = /^lib\.(es5|es20\d\d(\.\w+)*|decorators(\.legacy)?|webworker(\.\w+)*)\.d\.ts$/;

/** The run worker's gc(), typed as Node's (@types/node) so the examples' `globalThis.gc` checks the same. */
const GC_DECLARATION = `
interface GCOptions {
  execution?: 'sync' | 'async' | undefined;
  flavor?: 'regular' | 'last-resort' | undefined;
  type?: 'major-snapshot' | 'major' | 'minor' | undefined;
  filename?: string | undefined;
}
interface GCFunction {
  (minor?: boolean): void;
  (options: GCOptions & { execution: 'async' }): Promise<void>;
  (options: GCOptions): void;
}
declare var gc: GCFunction | undefined;
`;

export interface TypeProblem {
  line: number;
  column: number;
  message: string;
}

export function compilerOptions(typescript: typeof ts): ts.CompilerOptions {
  return {
    strict: true,
    noEmit: true,
    target: typescript.ScriptTarget.ES2024,
    lib: ['lib.es2024.d.ts', 'lib.webworker.d.ts'],
    module: typescript.ModuleKind.ES2022,
    moduleResolution: typescript.ModuleResolutionKind.Bundler,
    moduleDetection: typescript.ModuleDetectionKind.Force,
    types: [],
    erasableSyntaxOnly: true,
    allowImportingTsExtensions: true,
    noUnusedLocals: true,
    skipLibCheck: true,
  };
}

/** A checker over the given lib files (name → text); lib files are parsed once, on first use. */
export function createChecker(typescript: typeof ts, libs: Map<string, string>) {
  const options = compilerOptions(typescript);
  const parsed = new Map<string, ts.SourceFile>();
  const files = new Map([...libs].map(([name, text]) => [`/lib/${name}`, text]));
  files.set('/lib/gc.d.ts', GC_DECLARATION);
  // The compiler's parse options say which files are modules (moduleDetection): every file but declarations.
  const libFile = (name: string, parse: ts.ScriptTarget | ts.CreateSourceFileOptions) => {
    let file = parsed.get(name);
    if (!file && files.has(name)) parsed.set(name, (file = typescript.createSourceFile(name, files.get(name)!, parse)));
    return file;
  };
  return (source: string): TypeProblem[] => {
    const host: ts.CompilerHost = {
      getSourceFile: (name, parse) => (name === FILE ? typescript.createSourceFile(FILE, source, parse) : libFile(name, parse)),
      getDefaultLibFileName: () => '/lib/lib.d.ts',
      getDefaultLibLocation: () => '/lib',
      writeFile: () => {},
      getCurrentDirectory: () => '/',
      getCanonicalFileName: (name) => name,
      useCaseSensitiveFileNames: () => true,
      getNewLine: () => '\n',
      fileExists: (name) => name === FILE || files.has(name),
      readFile: (name) => (name === FILE ? source : files.get(name)),
    };
    const program = typescript.createProgram({ rootNames: [FILE, '/lib/gc.d.ts'], options, host });
    return typescript.getPreEmitDiagnostics(program).map((diagnostic) => {
      const message = typescript.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      if (!diagnostic.file || diagnostic.start === undefined) return { line: 0, column: 0, message: `TS${diagnostic.code}: ${message}` };
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      return { line: line + 1, column: character + 1, message: `TS${diagnostic.code}: ${message}` };
    });
  };
}
