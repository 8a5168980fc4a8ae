/** Messages between the page (session.ts) and the run workers (python-worker.ts, ts-worker.ts). */

export interface PythonRequest {
  /** Where Pyodide's files are: `<base>pyodide/`. */
  indexURL: string;
  /** Absent: only start Pyodide (a fresh worker warms up after Stop). */
  program?: {
    /** The program's path inside the interpreter (shown in tracebacks). */
    path: string;
    source: string;
    maxOutputBytes: number;
  };
}

export interface TypeScriptRequest {
  /** JavaScript with the types stripped. */
  code: string;
  maxOutputBytes: number;
}

export type FromWorker =
  | { type: 'progress'; loaded: number; total: number }
  /** The program starts now (the time limit starts here); `runtime` names what runs it. */
  | { type: 'started'; runtime: string }
  | { type: 'output'; stream: 'stdout' | 'stderr'; text: string }
  /** Something the runner (not the program) tells the reader, shown outside the program's output. */
  | { type: 'notice'; text: string }
  /** The program printed more than the limit: the page stops the worker. */
  | { type: 'capped' }
  | { type: 'done'; status: number }
  /** The worker itself failed (Pyodide did not load, for example). */
  | { type: 'failed'; message: string };

/** The worker's global scope, typed without the WebWorker lib (which clashes with the DOM lib of the project). */
export function workerScope<Request>() {
  return globalThis as unknown as {
    postMessage(message: FromWorker): void;
    onmessage: ((event: { data: Request }) => void) | null;
    fetch: typeof fetch;
  };
}
