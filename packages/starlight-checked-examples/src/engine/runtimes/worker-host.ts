/**
 * The sandboxed process of sandboxed-worker.ts: runs one worker thread and relays its messages over the IPC
 * channel. It exits with the worker.
 */
import { Worker } from 'node:worker_threads';
import { OWN_TS_ARGV } from '../own-typescript.ts';
import type { HostMessage, ParentMessage } from './sandboxed-worker.ts';

const send = (message: HostMessage) => process.send!(message);
let worker: Worker | undefined;
const shared = new Map<string, Int32Array>();

process.on('message', (message: ParentMessage) => {
  if (message.kind === 'start') {
    const workerData = { ...message.workerData };
    for (const [key, bytes] of Object.entries(message.shared)) {
      const buffer = new SharedArrayBuffer(bytes);
      shared.set(key, new Int32Array(buffer));
      workerData[key] = buffer;
    }
    worker = new Worker(new URL(message.url), { workerData, execArgv: OWN_TS_ARGV });
    worker.on('message', (data) => send({ kind: 'message', data }));
    worker.on('error', (error) => send({ kind: 'error', message: error.message, stack: error.stack }));
    worker.on('exit', (code) => process.exit(code));
  } else if (message.kind === 'interrupt') {
    Atomics.store(shared.get(message.key)!, message.index, message.value);
  } else {
    worker?.postMessage(message.data);
  }
});
// The parent going away (its IPC channel closing) ends the worker too.
process.on('disconnect', () => process.exit(1));
