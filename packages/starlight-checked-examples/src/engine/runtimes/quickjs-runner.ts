/**
 * Runs one TypeScript example on QuickJS-ng (WebAssembly, from npm) in a Node process of its own:
 *   node quickjs-runner.ts <site root> <example.ts> <memory limit in bytes> [<the example, types stripped>]
 * The QuickJS packages are the site's (site-packages.ts).
 * Types are stripped with Node's own stripper (positions kept, so stack lines are the file's), here unless the
 * check has done it already. The embedding has
 * no console, timers or collector call, so this file is the host: `console` from guest-console.js, `setTimeout`
 * and `setInterval` as tasks that run, earliest first, once the job queue has drained (virtual time: nothing
 * waits), and `gc()` (guest-gc.js). Exit status 1 and the error on stderr for an uncaught exception, as Node does.
 * An unhandled rejection goes unseen: quickjs-emscripten exposes no rejection tracker (the other engines fail it).
 */
import { readFileSync, writeSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import type { QuickJSHandle, QuickJSSyncVariant } from 'quickjs-emscripten-core';
import { siteRequire } from './site-packages.ts';

const [root, file, memory, stripped] = process.argv.slice(2);
if (!root || !file) throw new Error('usage: quickjs-runner.ts <site root> <example.ts> [memory bytes]');
const require = siteRequire(root);
const { newQuickJSWASMModuleFromVariant } = require('quickjs-emscripten-core') as typeof import('quickjs-emscripten-core');
const variant = (require('@jitl/quickjs-ng-wasmfile-release-sync') as { default: QuickJSSyncVariant }).default;
const guest = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

const quickjs = await newQuickJSWASMModuleFromVariant(variant);
const runtime = quickjs.newRuntime();
if (memory) runtime.setMemoryLimit(Number(memory));
runtime.setMaxStackSize(1024 * 1024);
const vm = runtime.newContext();

const write = (stream: string, text: string) => writeSync(stream === 'stderr' ? 2 : 1, `${text}\n`);

/** Evaluates `code` (a function expression) and calls it with `args`; throws the guest's error as text. */
function callGuest(code: string, name: string, args: QuickJSHandle[]): void {
  const fn = vm.unwrapResult(vm.evalCode(code, name));
  vm.unwrapResult(vm.callFunction(fn, vm.undefined, ...args)).dispose();
  fn.dispose();
}

const writeHandle = vm.newFunction('write', (stream, text) => {
  write(vm.getString(stream), vm.getString(text));
});
callGuest(guest('guest-console.js'), 'guest-console.js', [writeHandle]);
writeHandle.dispose();
vm.unwrapResult(vm.evalCode(guest('guest-gc.js'), 'guest-gc.js')).dispose();

// Timers: [due, sequence] orders them as a browser or Node would for equal delays.
interface Timer { id: number; due: number; seq: number; fn: QuickJSHandle; args: QuickJSHandle[]; interval?: number }
const timers = new Map<number, Timer>();
let now = 0;
let sequence = 0;
const addTimer = (interval: boolean) =>
  vm.newFunction(interval ? 'setInterval' : 'setTimeout', (fn, delay, ...args) => {
    const ms = Math.max(0, Number(vm.dump(delay)) || 0);
    const id = ++sequence;
    timers.set(id, { id, due: now + ms, seq: id, fn: fn.dup(), args: args.map((a) => a.dup()), interval: interval ? Math.max(1, ms) : undefined });
    return vm.newNumber(id);
  });
const clearTimer = vm.newFunction('clearTimeout', (id) => {
  const timer = timers.get(Number(vm.dump(id)));
  if (!timer) return;
  timers.delete(timer.id);
  for (const handle of [timer.fn, ...timer.args]) handle.dispose();
});
for (const [name, handle] of [['setTimeout', addTimer(false)], ['setInterval', addTimer(true)], ['clearTimeout', clearTimer], ['clearInterval', clearTimer]] as const) {
  vm.setProp(vm.global, name, handle);
}

/** Prints an uncaught error the way Node does (its stack names the example's lines) and exits 1. */
function uncaught(error: QuickJSHandle): never {
  const shown = vm.dump(error) as { name?: string; message?: string; stack?: string } | unknown;
  if (shown && typeof shown === 'object' && 'message' in shown) {
    const { name = 'Error', message = '', stack = '' } = shown as { name?: string; message?: string; stack?: string };
    write('stderr', `Uncaught ${name}: ${message}\n${stack}`.trimEnd());
    write('stderr', `${name}: ${message}`);
  } else write('stderr', `Uncaught ${JSON.stringify(shown)}`);
  process.exit(1);
}

function drainJobs(): void {
  for (;;) {
    const result = runtime.executePendingJobs();
    if (result.error) uncaught(result.error);
    if (result.value === 0) return;
  }
}

const source = stripped ? readFileSync(stripped, 'utf8') : stripTypeScriptTypes(readFileSync(file, 'utf8'));
const evaluated = vm.evalCode(source, file, { type: 'module' });
if (evaluated.error) uncaught(evaluated.error);
const completion: QuickJSHandle = evaluated.value;

for (;;) {
  drainJobs();
  const next = [...timers.values()].sort((a, b) => a.due - b.due || a.seq - b.seq)[0];
  if (!next) break;
  now = next.due;
  if (next.interval) {
    next.due = now + next.interval;
    next.seq = ++sequence;
  } else timers.delete(next.id);
  const result = vm.callFunction(next.fn, vm.undefined, ...next.args);
  if (result.error) uncaught(result.error);
  result.value.dispose();
  if (!next.interval) for (const handle of [next.fn, ...next.args]) handle.dispose();
}

// A module whose top-level await never settles ends here as in Node, which exits with status 13.
const state = vm.getPromiseState(completion);
if (state.type === 'rejected') uncaught(state.error);
if (state.type === 'pending') {
  write('stderr', 'Warning: Detected unsettled top-level await');
  process.exit(13);
}
process.exit(0);
