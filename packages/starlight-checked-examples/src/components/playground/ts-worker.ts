/**
 * A Web Worker that runs one type-stripped TypeScript example as an ES module, like `node --expose-gc file.ts`:
 * console output goes to the page, the run ends when the module has finished and no timer is pending (Node exits
 * when its event loop is empty), and an uncaught error is a failure. One worker per run: a module cannot be
 * re-run in a fresh global scope otherwise.
 */
import { formatLog } from './inspect.ts';
import { workerScope, type FromWorker, type TypeScriptRequest } from './protocol.ts';

const self = workerScope<TypeScriptRequest>();
const post = (message: FromWorker) => self.postMessage(message);
let written = 0;
let limit = Infinity;
let status = 0;

function write(stream: 'stdout' | 'stderr', text: string) {
  written += new TextEncoder().encode(text).length;
  if (written > limit) post({ type: 'capped' });
  else post({ type: 'output', stream, text });
}

const toStdout = (...args: unknown[]) => write('stdout', formatLog(args) + '\n');
const toStderr = (...args: unknown[]) => write('stderr', formatLog(args) + '\n');
Object.assign(console, { log: toStdout, info: toStdout, debug: toStdout, error: toStderr, warn: toStderr });

/**
 * Browsers do not let a page force a collection (Node does, with --expose-gc). The stand-in says so once (a
 * notice beside the output, not in it), then allocates what the engine must reclaim: short-lived small objects,
 * which fill the young generation (V8 then scavenges, as `gc({ type: 'minor' })` does), and for a full
 * collection also large buffers, dropped at once, whose external memory makes V8 collect the whole heap.
 * Each buffer's first megabyte is written (the rest stays unused, reserved rather than used): with only a byte
 * written, kept_during_job.ts matched the check's Chromium (a real gc()) in 14 of 25 runs on the site, with a
 * megabyte in 37 of 37, and kept_pending_promise.ts and registry_dropped_late.ts in 12 of 12 each (Chromium 156;
 * more rounds or larger untouched buffers did worse). Likely, not guaranteed: a difference is then blamed on the
 * stand-in (explain.ts).
 */
const globals = globalThis as { gc?: (options?: boolean | { type?: string }) => void };
if (typeof globals.gc !== 'function') {
  let explained = false;
  const young = () => {
    let keep: { i: number; next: unknown } | undefined;
    for (let i = 0; i < 300_000; i++) keep = { i, next: i % 64 ? keep : undefined };
  };
  globals.gc = (options) => {
    if (!explained) {
      explained = true;
      post({ type: 'notice', text: 'gc(): a browser cannot force a garbage collection, so this stand-in allocates memory the engine must reclaim, which makes it collect; that it collects everything gc() would is likely, not guaranteed.' });
    }
    young();
    if (options === true || (typeof options === 'object' && options.type === 'minor')) return;
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 4; i++) new Uint8Array(64 * 1024 * 1024).fill(1, 0, 1_000_000);
      young();
    }
  };
}

// Node keeps running while a timer is pending; track timers so the run ends when the program has nothing left.
const pending = new Set<ReturnType<typeof setTimeout>>();
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout, setInterval: realSetInterval, clearInterval: realClearInterval } = globalThis;
Object.assign(globalThis, {
  setTimeout(callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) {
    const id = realSetTimeout(() => {
      pending.delete(id);
      callback(...args);
    }, ms);
    pending.add(id);
    return id;
  },
  clearTimeout(id: ReturnType<typeof setTimeout>) {
    pending.delete(id);
    realClearTimeout(id);
  },
  setInterval(callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) {
    const id = realSetInterval(callback, ms, ...args);
    pending.add(id);
    return id;
  },
  clearInterval(id: ReturnType<typeof setInterval>) {
    pending.delete(id);
    realClearInterval(id);
  },
});

const uncaught = (error: unknown) => {
  status = 1;
  write('stderr', `Uncaught ${error instanceof Error ? (error.stack ?? String(error)) : formatLog([error])}\n`);
};
addEventListener('error', (event) => {
  event.preventDefault();
  uncaught((event as ErrorEvent).error ?? (event as ErrorEvent).message);
});
addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  uncaught((event as PromiseRejectionEvent).reason);
});

/** `Chrome 140`, `Firefox 141`, `Safari 18`: enough to tell which engine ran the program. */
function browserName(): string {
  const agent = navigator.userAgent;
  const engine = /(Firefox|Edg|Chrome)\/(\d+)/.exec(agent);
  if (engine) return `${engine[1] === 'Edg' ? 'Edge' : engine[1]} ${engine[2]}`;
  const safari = /Version\/(\d+).*Safari/.exec(agent);
  return safari ? `Safari ${safari[1]}` : 'this browser';
}

const nextTask = () => new Promise((resolve) => realSetTimeout(resolve, 0));

self.onmessage = async ({ data }) => {
  limit = data.maxOutputBytes;
  post({ type: 'started', runtime: browserName() });
  const url = URL.createObjectURL(new Blob([data.code], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ url);
  } catch (error) {
    uncaught(error);
  }
  while (pending.size > 0) await nextTask();
  await nextTask(); // finalization callbacks that are already due
  post({ type: 'done', status });
};
