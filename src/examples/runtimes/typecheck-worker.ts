/** Worker thread entry: runs typeCheck() off the main thread and posts the errors back. */
import { parentPort, workerData } from 'node:worker_threads';
import { typeCheck } from './typecheck.ts';

const { files, displayPaths } = workerData as { files: string[]; displayPaths: Record<string, string> };
parentPort!.postMessage([...typeCheck(files, (path) => displayPaths[path] ?? path)]);
