/**
 * Runs, stops, edits and resets examples in the browser (loaded on the first click by controls.ts).
 * Python runs on one Pyodide worker shared by the page and kept warm between runs; TypeScript gets a fresh
 * worker per run after its types are stripped. Every run has a time limit and an output limit, and its
 * output is compared with the verified output by the engine's own rules (compare.ts, normalize.ts).
 */
import { compareOutput } from '../../examples/compare.ts';
import type { PlaygroundData } from './controls.ts';
import type { Editor } from './editor.ts';
import type { FromWorker, PythonRequest, TypeScriptRequest } from './protocol.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const PYODIDE_URL = `${BASE}pyodide/`;
const NONDETERMINISM_URL = `${BASE}js/nondeterminism/`;
/** Output shown per run; a program that prints more is stopped. */
const MAX_OUTPUT_BYTES = 256 * 1024;

interface Parts {
  run: HTMLButtonElement;
  stop: HTMLButtonElement;
  edit: HTMLButtonElement;
  reset: HTMLButtonElement;
  whole: HTMLButtonElement | null;
  panel: HTMLElement;
  status: HTMLElement;
  output: HTMLElement;
  verdict: HTMLElement;
}

function parts(root: HTMLElement): Parts {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  return {
    run: $('[data-action="run"]'),
    stop: $('[data-action="stop"]'),
    edit: $('[data-action="edit"]'),
    reset: $('[data-action="reset"]'),
    whole: root.querySelector<HTMLButtonElement>('[data-action="whole"]'),
    panel: $('.pg-panel'),
    status: $('.pg-status'),
    output: $('.pg-output'),
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
function showVerdict(ui: Parts, data: PlaygroundData, stdout: string, status: number, runtime: string, edited: boolean) {
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
  const mismatch = compareOutput(data.expected, stdout, `verified (${data.expectedLabel || 'expected'})`, `this run (${runtime})`);
  if (!mismatch) {
    const where = python ? runtime : `${data.expectedLabel || 'Node'}; this run: ${runtime}`;
    parts.push(line('pg-match', `✓ ${yours}matches ${verified} (${where})`));
  } else {
    parts.push(line('pg-differ', `✗ ${yours}differs from ${verified}, from line ${mismatch.line}:`));
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
      const why = document.createElement('p');
      const link = document.createElement('a');
      link.href = NONDETERMINISM_URL;
      link.textContent = 'why collection is not deterministic';
      why.append(
        `Where and why: the lines marked - are what Node printed in the build (${data.expectedLabel || 'Node'} with --expose-gc, ` +
          'where gc() forces a full collection); the lines marked + are what this browser printed. A browser cannot force a ' +
          'collection: the gc() here is a stand-in that only invites one, so objects the example expects to be gone may ' +
          `still be alive, and finalization callbacks may not have run yet${edited ? ' (your edits may explain the rest)' : ''}. See `,
        link,
        '.',
      );
      parts.push(why);
    }
  }
  ui.verdict.replaceChildren(...parts);
}

async function run(root: HTMLElement, data: PlaygroundData) {
  current?.stop('other');
  const ui = parts(root);
  const source = editors.get(root)?.editor.text() ?? data.source;
  const edited = source !== data.source;
  ui.panel.hidden = false;
  ui.output.replaceChildren();
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
      case 'capped':
        thisRun.stop('capped');
        break;
      case 'done':
        finish(`Finished on ${runtime}.`);
        showVerdict(ui, data, stdout, message.status, runtime, edited);
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
  const { createEditor } = await import('./editor.ts');
  const host = document.createElement('div');
  host.className = 'playground-editor';
  pre.after(host);
  pre.style.display = 'none';
  const name = data.file.slice(data.file.lastIndexOf('/') + 1);
  const editor = await createEditor(host, data.source, data.language, `Editor: ${name}, the whole program`);
  editors.set(root, { editor, host });
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
  const pre = figure.querySelector<HTMLElement>('.expressive-code pre');
  if (pre) pre.style.display = '';
  const ui = parts(root);
  ui.panel.hidden = true;
  ui.reset.hidden = true;
  ui.edit.hidden = false;
  if (ui.whole) ui.whole.hidden = false;
  ui.edit.focus();
}

export async function act(root: HTMLElement, figure: HTMLElement, data: PlaygroundData, action: string) {
  if (action === 'run') await run(root, data);
  else if (action === 'stop' && current?.root === root) current.stop('stop');
  else if (action === 'edit') await edit(root, figure, data);
  else if (action === 'reset') reset(root, figure);
}
