/**
 * A Web Worker that type-checks edited TypeScript programs (typecheck.ts). The page starts it when the reader
 * first opens an editor, so the compiler (several megabytes) and its lib files load while the reader types.
 */
import ts from 'typescript';
import { createChecker, LIB_FILES, type TypeProblem } from './typecheck.ts';

const sources = import.meta.glob<string>('/node_modules/typescript/lib/lib.*.d.ts', { query: '?raw', import: 'default', eager: true });
const libs = new Map(
  Object.entries(sources)
    .map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text] as const)
    .filter(([name]) => LIB_FILES.test(name)),
);
const check = createChecker(ts, libs);

export interface TypeCheckRequest {
  id: number;
  source: string;
}
export interface TypeCheckResult {
  id: number;
  version: string;
  problems: TypeProblem[];
}

const scope = globalThis as unknown as { onmessage: ((event: { data: TypeCheckRequest }) => void) | null; postMessage(message: TypeCheckResult): void };
scope.onmessage = ({ data }) => scope.postMessage({ id: data.id, version: ts.version, problems: check(data.source) });
