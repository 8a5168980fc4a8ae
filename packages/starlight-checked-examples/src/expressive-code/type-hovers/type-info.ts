/**
 * Type information for every identifier of a TypeScript example, from one language service over all examples
 * (the same compiler options the check uses), so a region shown on a page gets the types of the whole file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { EXAMPLE_COMPILER_OPTIONS } from '../../engine/runtimes/typecheck.ts';

export interface TypeHover {
  /** 1-based line in the example file. */
  line: number;
  /** 0-based column range of the identifier in that line. */
  start: number;
  end: number;
  /** What an editor shows on hover: `const ref: WeakRef<User>`. */
  text: string;
  /** The first paragraph of the declaration's documentation comment, if it has one. */
  doc?: string;
}

/** The first paragraph of a documentation comment: the summary, without the examples that may follow. */
function summary(parts: ts.SymbolDisplayPart[] | undefined): string {
  return ts.displayPartsToString(parts).trim().split(/\n\s*\n/)[0]!.trim();
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));
}

function createService(files: string[]): ts.LanguageService {
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => files,
    getScriptVersion: (file) => String(statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0),
    getScriptSnapshot: (file) => {
      const text = ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => process.cwd(),
    getCompilationSettings: () => EXAMPLE_COMPILER_OPTIONS,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host);
}

const services = new Map<string, { files: string[]; service: ts.LanguageService }>();
/**
 * Hovers already found, per program (a new one is made once any example changes): a build renders every page
 * three times (the page, /llms-full.txt, /llms-small.txt), and finding the hovers of all examples takes seconds.
 */
const found = new WeakMap<ts.Program, Map<string, TypeHover[]>>();

/** Hovers for every identifier in `file`, one language service per examples folder. */
export function typeHovers(examplesDir: string, file: string): TypeHover[] {
  let entry = services.get(examplesDir);
  if (!entry) {
    const files = tsFiles(examplesDir);
    entry = { files, service: createService(files) };
    services.set(examplesDir, entry);
  }
  // A file added since the service started (in `astro dev`) joins the program; the host reads the list each time.
  if (!entry.files.includes(file)) entry.files.push(file);
  const { service } = entry;
  const program = service.getProgram();
  const known = program && (found.get(program) ?? found.set(program, new Map()).get(program)!);
  const cached = known?.get(file);
  if (cached) return cached;
  const source = program?.getSourceFile(file) ?? ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2024);
  const hovers: TypeHover[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      const info = service.getQuickInfoAtPosition(file, node.getStart(source));
      const text = info ? ts.displayPartsToString(info.displayParts) : '';
      if (text) {
        const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
        const doc = summary(info?.documentation);
        hovers.push({ line: line + 1, start: character, end: character + node.getWidth(source), text, ...(doc ? { doc } : {}) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  known?.set(file, hovers);
  return hovers;
}
