/** Worker thread: runs typeCheck() off the main thread for each request and posts the errors back. */
import { parentPort } from 'node:worker_threads';
import { typeCheck } from './typecheck.ts';

parentPort!.on('message', ({ id, files, displayPaths }: { id: number; files: string[]; displayPaths: Record<string, string> }) => {
  parentPort!.postMessage({ id, errors: [...typeCheck(files, (path) => displayPaths[path] ?? path)] });
});
