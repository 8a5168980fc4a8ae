/**
 * A Web Worker that owns one Pyodide interpreter, served by the site itself from `<base>pyodide/` (copied there by
 * pyodide-assets.ts at build time). It runs each program as a fresh `__main__` with the same Python code the
 * check uses (the engine's _example_runner.py and pyodide-driver.py), streaming stdout and stderr as they come.
 */
import type { PyodideAPI } from 'pyodide';
import exampleRunner from '../../engine/runtimes/_example_runner.py?raw';
import pyodideDriver from '../../engine/runtimes/pyodide-driver.py?raw';
import { workerScope, type FromWorker, type PythonRequest } from './protocol.ts';

const self = workerScope<PythonRequest>();
const post = (message: FromWorker) => self.postMessage(message);

/** Counts the bytes of Pyodide's downloads, so the page can show progress on the first run. */
function countDownloads() {
  const realFetch = self.fetch.bind(self);
  let loaded = 0;
  let total = 0;
  self.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    if (!response.body) return response;
    total += Number(response.headers.get('content-length') ?? 0);
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.length;
        post({ type: 'progress', loaded, total });
        controller.enqueue(chunk);
      },
    });
    const { status, statusText, headers } = response;
    return new Response(response.body.pipeThrough(counter), { status, statusText, headers });
  };
  return () => {
    self.fetch = realFetch;
  };
}

async function start(indexURL: string): Promise<PyodideAPI> {
  const restoreFetch = countDownloads();
  try {
    const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as typeof import('pyodide');
    const pyodide = await loadPyodide({ indexURL });
    pyodide.runPython(exampleRunner);
    pyodide.runPython(pyodideDriver);
    return pyodide;
  } finally {
    restoreFetch();
  }
}

let pyodide: Promise<PyodideAPI> | undefined;
let written = 0;
let limit = Infinity;

function sink(stream: 'stdout' | 'stderr') {
  const decoder = new TextDecoder();
  return {
    write(buffer: Uint8Array) {
      written += buffer.length;
      if (written > limit) post({ type: 'capped' });
      else post({ type: 'output', stream, text: decoder.decode(buffer, { stream: true }) });
      return buffer.length;
    },
  };
}

self.onmessage = async ({ data }) => {
  try {
    pyodide ??= start(data.indexURL);
    const python = await pyodide;
    const program = data.program;
    if (!program) return;
    const python3 = python.runPython('import sys; "%d.%d" % sys.version_info[:2]') as string;
    post({ type: 'started', runtime: `Pyodide, Python ${python3}` });
    written = 0;
    limit = program.maxOutputBytes;
    python.setStdout(sink('stdout'));
    python.setStderr(sink('stderr'));
    python.FS.mkdirTree(program.path.slice(0, program.path.lastIndexOf('/')));
    python.FS.writeFile(program.path, program.source);
    const runExample = python.globals.get('run_example') as (path: string, source: string, cwd: string) => number;
    const status = runExample(program.path, program.source, '/tmp/run');
    python.FS.unlink(program.path);
    post({ type: 'done', status });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
