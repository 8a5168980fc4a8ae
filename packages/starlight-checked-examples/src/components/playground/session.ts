/**
 * Runs, stops, edits and resets examples in the browser (loaded on the first click by controls.ts).
 * Python runs on one Pyodide worker shared by the page and kept warm between runs; TypeScript gets a fresh
 * worker per run after its types are stripped. Every run has a time limit and an output limit, and its
 * output is compared with the verified output by the engine's own rules (compare.ts, normalize.ts).
 */
import { compareOutput } from '../../engine/compare.ts';
import type { PlaygroundData } from './controls.ts';
import { explainDifference } from './explain.ts';
import type { Editor } from './editor.ts';
import type { FromWorker, PythonRequest, TypeScriptRequest } from './protocol.ts';
import type { TypeCheckRequest, TypeCheckResult } from './typecheck-worker.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const PYODIDE_URL = `${BASE}pyodide/`;
const NONDETERMINISM_URL = `${BASE}js/nondeterminism/`;
/** Output shown per run; a program that prints more is stopped. */
const MAX_OUTPUT_BYTES = 256 * 1024;

interface Parts {
  copy: HTMLButtonElement;
  run: HTMLButtonElement;
  stop: HTMLButtonElement;
  edit: HTMLButtonElement;
  reset: HTMLButtonElement;
  whole: HTMLButtonElement | null;
  panel: HTMLElement;
  status: HTMLElement;
  output: HTMLElement;
  notices: HTMLElement;
  verdict: HTMLElement;
}

function parts(root: HTMLElement): Parts {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  return {
    copy: $('[data-action="copy"]'),
    run: $('[data-action="run"]'),
    stop: $('[data-action="stop"]'),
    edit: $('[data-action="edit"]'),
    reset: $('[data-action="reset"]'),
    whole: root.querySelector<HTMLButtonElement>('[data-action="whole"]'),
    panel: $('.pg-panel'),
    status: $('.pg-status'),
    output: $('.pg-output'),
    notices: $('.pg-notices'),
    verdict: $('.pg-verdict'),
  };
}

const newPythonWorker = () => new Worker(new URL('./python-worker.ts', import.meta.url), { type: 'module' });
let pythonWorker: Worker | undefined;

/** After Stop: a fresh interpreter, started now so the next run does not wait for it. */
function replacePythonWorker() {
  pythonWorker?.terminate();
  pythonWorker = newPythonWorker();
  pythonWorker.postMessage({ indexURL: PYODIDE_URL } satisfies PythonRequest);
}

/** Starts Pyodide before the first run (the reader's pointer is on Run, or focus): nothing happens if it is started. */
export function warmPython() {
  if (pythonWorker) return;
  pythonWorker = newPythonWorker();
  // A warm-up that fails is dropped quietly; the next Run starts a new worker and reports the failure.
  pythonWorker.onmessage = (event: MessageEvent<FromWorker>) => {
    if (event.data.type !== 'failed') return;
    pythonWorker?.terminate();
    pythonWorker = undefined;
  };
  pythonWorker.postMessage({ indexURL: PYODIDE_URL } satisfies PythonRequest);
}

let stripper: Promise<typeof import('sucrase')> | undefined;
async function stripTypes(source: string): Promise<string> {
  stripper ??= import('sucrase');
  const { transform } = await stripper;
  return transform(source, { transforms: ['typescript'], disableESTransforms: true }).code;
}

type StopReason = 'stop' | 'time' | 'capped' | 'other';
let current: { root: HTMLElement; stop(reason: StopReason): void } | undefined;
const editors = new WeakMap<HTMLElement, { editor: Editor; host: HTMLElement }>();

/** Whole megabytes: the status is a live region, so it changes about once per megabyte, not per chunk. */
const megabytes = (bytes: number) => Math.round(bytes / 1e6);

function line(className: string, text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

function stopMessage(reason: StopReason, timeoutMs: number): string {
  switch (reason) {
    case 'stop':
      return 'Stopped. (A fresh worker is ready for the next run.)';
    case 'time':
      return `Stopped: the program ran for more than ${timeoutMs / 1000} s, the time limit for a run (the same as in the build's check). Is there an endless loop?`;
    case 'capped':
      return `Stopped: the program printed more than ${MAX_OUTPUT_BYTES / 1024} KiB, the output limit for a run here.`;
    case 'other':
      return 'Stopped: another example started running.';
  }
}

/** The verdict: the run's stdout against the verified output, with the engine's normalisation and diff. */
function showVerdict(ui: Parts, data: PlaygroundData, stdout: string, status: number, runtime: string, source: string) {
  const edited = source !== data.source;
  const parts: HTMLElement[] = [];
  if (status !== 0) parts.push(line('pg-exit', `The program exited with status ${status} (the error is in the output above).`));
  if (data.expected === undefined) {
    parts.push(line('', 'There is no verified output to compare with: this example did not pass the check in this build.'));
    ui.verdict.replaceChildren(...parts);
    return;
  }
  const verified = data.expectedLabel ? 'the verified output' : 'the expected output (not verified in this build)';
  const yours = edited ? 'Your edited program: ' : '';
  const python = data.language === 'python';
  const reference = data.expectedLabel || 'expected';
  const mismatch = compareOutput(data.expected, stdout, `verified (${reference})`, `this run (${runtime})`);
  if (!mismatch) {
    const where = python ? runtime : `${reference}; this run: ${runtime}`;
    parts.push(line('pg-match', `✓ ${yours}matches ${verified} (${where})`));
  } else {
    parts.push(line('pg-differ', `✗ ${yours}differs from ${verified} (${reference}), from line ${mismatch.line}:`));
    const diff = document.createElement('pre');
    diff.setAttribute('aria-label', 'Differences: lines starting with - are verified, + are this run');
    for (const text of mismatch.diff.split('\n')) {
      const row = document.createElement('span');
      row.className = text.startsWith('+') ? 'pg-added' : text.startsWith('-') ? 'pg-removed' : '';
      row.textContent = text + '\n';
      diff.append(row);
    }
    parts.push(diff);
    if (!python) {
      const { text, collection } = explainDifference({ reference, others: data.others, stdout, browser: runtime, source, edited });
      const why = document.createElement('p');
      why.append(`Where and why: ${text}`);
      if (collection) {
        const link = document.createElement('a');
        link.href = NONDETERMINISM_URL;
        link.textContent = 'why collection is not deterministic';
        why.append(' ', link, '.');
      }
      parts.push(why);
    }
  }
  ui.verdict.replaceChildren(...parts);
}

/**
 * The type check of an edited TypeScript program, in its own worker (typecheck-worker.ts), started when the
 * reader first opens an editor so the compiler loads while they type.
 */
let typeChecker: Worker | undefined;
let typeCheckIds = 0;
function startTypeChecker(): Worker {
  return (typeChecker ??= new Worker(new URL('./typecheck-worker.ts', import.meta.url), { type: 'module' }));
}

function checkTypes(source: string): Promise<TypeCheckResult> {
  const worker = startTypeChecker();
  const id = ++typeCheckIds;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<TypeCheckResult>) => {
      if (event.data.id !== id) return;
      worker.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the compiler did not load')), { once: true });
    worker.postMessage({ id, source } satisfies TypeCheckRequest);
  });
}

/** The type check's verdict on an edit, first in the verdict once both the run and the check have ended. */
async function showTypeCheck(ui: Parts, result: Promise<TypeCheckResult>) {
  const verdict = ui.verdict;
  const first = verdict.firstElementChild;
  let shown: HTMLElement;
  try {
    const { version, problems } = await result;
    if (problems.length === 0) {
      shown = line('pg-typecheck pg-match', `✓ Your edits type-check (TypeScript ${version}, with the build's strict options).`);
    } else {
      shown = document.createElement('div');
      shown.className = 'pg-typecheck';
      const count = problems.length === 1 ? '1 type error' : `${problems.length} type errors`;
      const list = document.createElement('ul');
      list.append(...problems.map((p) => Object.assign(document.createElement('li'), { textContent: p.line ? `Line ${p.line}, column ${p.column}: ${p.message}` : p.message })));
      shown.append(
        line('pg-differ', `✗ TypeScript ${version} finds ${count} in your program, so the build's check would reject it (the run went ahead with the types stripped, as Node.js does):`),
        list,
      );
    }
  } catch (error) {
    typeChecker = undefined;
    shown = line('pg-typecheck', `Your edits were not type-checked: ${error instanceof Error ? error.message : String(error)}.`);
  }
  // A run started since has its own verdict.
  if (verdict.firstElementChild === first) verdict.prepend(shown);
}

async function run(root: HTMLElement, data: PlaygroundData) {
  current?.stop('other');
  const ui = parts(root);
  const source = editors.get(root)?.editor.text() ?? data.source;
  const typeCheck = data.language === 'ts' && source !== data.source ? checkTypes(source) : undefined;
  ui.panel.hidden = false;
  ui.output.replaceChildren();
  ui.notices.replaceChildren();
  ui.verdict.replaceChildren();
  ui.stop.hidden = false;

  let worker: Worker;
  let request: PythonRequest | TypeScriptRequest;
  if (data.language === 'python') {
    worker = pythonWorker ??= newPythonWorker();
    request = { indexURL: PYODIDE_URL, program: { path: `/${data.file}`, source, maxOutputBytes: MAX_OUTPUT_BYTES } };
    ui.status.textContent = 'Starting Python (Pyodide, served by this site)…';
  } else {
    ui.status.textContent = 'Stripping the types…';
    let code: string;
    try {
      code = await stripTypes(source);
    } catch (error) {
      ui.status.textContent = `Could not strip the types: ${error instanceof Error ? error.message : String(error)}`;
      ui.stop.hidden = true;
      return;
    }
    worker = new Worker(new URL('./ts-worker.ts', import.meta.url), { type: 'module' });
    request = { code: `${code}\n//# sourceURL=${data.file}`, maxOutputBytes: MAX_OUTPUT_BYTES };
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let runtime = '';
  let stdout = '';
  const finish = (status: string) => {
    clearTimeout(timer);
    worker.onmessage = null;
    worker.onerror = null;
    if (data.language === 'ts') worker.terminate();
    ui.status.textContent = status;
    if (document.activeElement === ui.stop) ui.run.focus();
    ui.stop.hidden = true;
    if (current === thisRun) current = undefined;
  };
  const thisRun = {
    root,
    stop(reason: StopReason) {
      if (data.language === 'python') replacePythonWorker();
      finish(stopMessage(reason, data.timeoutMs));
    },
  };
  current = thisRun;

  const onMessage = (message: FromWorker) => {
    switch (message.type) {
      case 'progress': {
        const text = `Downloading Python (first run only): ${megabytes(message.loaded)} of ${megabytes(message.total)} MB…`;
        if (ui.status.textContent !== text) ui.status.textContent = text;
        break;
      }
      case 'started':
        runtime = message.runtime;
        ui.status.textContent = `Running on ${runtime}…`;
        timer = setTimeout(() => thisRun.stop('time'), data.timeoutMs);
        break;
      case 'output': {
        if (message.stream === 'stdout') stdout += message.text;
        const chunk = document.createElement('span');
        if (message.stream === 'stderr') chunk.className = 'pg-stderr';
        chunk.textContent = message.text;
        ui.output.append(chunk);
        break;
      }
      case 'notice':
        ui.notices.append(line('pg-notice', message.text));
        break;
      case 'capped':
        thisRun.stop('capped');
        break;
      case 'done':
        finish(`Finished on ${runtime}.`);
        showVerdict(ui, data, stdout, message.status, runtime, source);
        if (typeCheck) void showTypeCheck(ui, typeCheck);
        break;
      case 'failed':
        // A worker that could not start is dropped; the next Run tries again with a new one.
        if (data.language === 'python') {
          pythonWorker?.terminate();
          pythonWorker = undefined;
        }
        finish(`Could not run the program: ${message.message}`);
        break;
    }
  };
  worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
  worker.onerror = (event) => onMessage({ type: 'failed', message: event.message || 'the worker did not start' });
  worker.postMessage(request);
}

async function edit(root: HTMLElement, figure: HTMLElement, data: PlaygroundData) {
  if (editors.has(root)) return;
  const ui = parts(root);
  const pre = figure.querySelector<HTMLElement>('.expressive-code pre');
  if (!pre) return;
  ui.status.textContent = '';
  if (data.language === 'ts') startTypeChecker();
  const { createEditor } = await import('./editor.ts');
  const host = document.createElement('div');
  host.className = 'playground-editor';
  pre.after(host);
  pre.style.display = 'none';
  const name = data.file.slice(data.file.lastIndexOf('/') + 1);
  const editor = await createEditor(host, data.source, data.language, `Editor: ${name}, the whole program`);
  editors.set(root, { editor, host });
  root.dataset.editing = '';
  ui.copy.textContent = 'Copy your program';
  ui.edit.hidden = true;
  ui.reset.hidden = false;
  if (ui.whole) ui.whole.hidden = true;
  editor.focus();
}

function reset(root: HTMLElement, figure: HTMLElement) {
  const editing = editors.get(root);
  if (!editing) return;
  if (current?.root === root) current.stop('stop');
  editing.editor.destroy();
  editing.host.remove();
  editors.delete(root);
  delete root.dataset.editing;
  const pre = figure.querySelector<HTMLElement>('.expressive-code pre');
  if (pre) pre.style.display = '';
  const ui = parts(root);
  ui.panel.hidden = true;
  ui.reset.hidden = true;
  ui.copy.textContent = 'Copy whole program';
  ui.edit.hidden = false;
  if (ui.whole) ui.whole.hidden = false;
  ui.edit.focus();
}

/** The editor's text, while the reader edits this example (undefined otherwise). */
export const editedText = (root: HTMLElement) => editors.get(root)?.editor.text();

export async function act(root: HTMLElement, figure: HTMLElement, data: PlaygroundData, action: string) {
  if (action === 'run') await run(root, data);
  else if (action === 'stop' && current?.root === root) current.stop('stop');
  else if (action === 'edit') await edit(root, figure, data);
  else if (action === 'reset') reset(root, figure);
}
