/**
 * Worker thread entry: strips the types of TypeScript sources with Node's own function, as Node does when it runs
 * a .ts file (see node-type-stripping.ts). Started with Node's experimental warning switched off, since that
 * function still announces itself as experimental.
 */
import { stripTypeScriptTypes } from 'node:module';
import { parentPort } from 'node:worker_threads';

export interface StripRequest {
  id: number;
  source: string;
  /** The file's URL, which Node names the stripped code after (its `//# sourceURL`). */
  url: string;
}

export type StripReply = { id: number; code: string } | { id: number; error: string };

parentPort!.on('message', ({ id, source, url }: StripRequest) => {
  try {
    parentPort!.postMessage({ id, code: stripTypeScriptTypes(source, { mode: 'strip', sourceUrl: url }) } satisfies StripReply);
  } catch (error) {
    parentPort!.postMessage({ id, error: String(error) } satisfies StripReply);
  }
});
