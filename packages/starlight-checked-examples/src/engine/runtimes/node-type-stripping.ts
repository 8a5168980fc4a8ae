/**
 * Node runs a .ts file by stripping its types with amaro (a WebAssembly build of SWC bundled with Node), which every
 * process loads and compiles anew: about 40 ms of CPU per run, more than most examples take. So the check strips
 * each example once, with the function Node itself uses (strip-types-worker.ts), and each run preloads
 * node-stripped-loader.mjs, which hands Node that result. Types are replaced by whitespace, so every line and
 * column, `import.meta` and stack trace are those of the file as written.
 *
 * An example that Node would not load as an ES module, or whose types cannot be stripped, runs the ordinary way:
 * Node then strips it itself, and reports whatever error it finds.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { OWN_TS_ARGV } from '../own-typescript.ts';
import type { ExampleFile } from '../types.ts';
import type { StripReply, StripRequest } from './strip-types-worker.ts';

const LOADER = new URL('./node-stripped-loader.mjs', import.meta.url);

export class NodeTypeStripping {
  #worker: Worker | undefined;
  #folder: string | undefined;
  #next = 0;
  readonly #pending = new Map<number, (reply: StripReply) => void>();
  /** Stripped file by example path and source, so an edited example (in dev) is stripped again. */
  readonly #files = new Map<string, Promise<string | undefined>>();

  /** The arguments that make `node` load `example` already stripped; none when it has to strip it itself. */
  async preload(example: ExampleFile): Promise<string[]> {
    const stripped = await this.strippedFile(example);
    if (!stripped) return [];
    const loader = new URL(LOADER);
    loader.search = new URLSearchParams({ url: pathToFileURL(example.absPath).href, stripped }).toString();
    return ['--import', loader.href];
  }

  /** The file that holds `example` with its types stripped, or undefined when Node has to strip it itself. */
  strippedFile(example: ExampleFile): Promise<string | undefined> {
    const key = createHash('sha256').update(example.absPath).update('\0').update(example.source).digest('hex');
    let file = this.#files.get(key);
    if (!file) {
      file = this.#strip(example, key);
      this.#files.set(key, file);
    }
    return file;
  }

  async #strip(example: ExampleFile, key: string): Promise<string | undefined> {
    const id = this.#next++;
    const reply = new Promise<StripReply>((resolve) => this.#pending.set(id, resolve));
    this.#start().postMessage({ id, source: example.source, url: pathToFileURL(example.absPath).href } satisfies StripRequest);
    const answer = await reply;
    if (!('code' in answer)) return undefined;
    // Outside the run's own folder, and read-only inside its sandbox (sandbox.ts binds only that folder writable).
    this.#folder ??= mkdtempSync(join(tmpdir(), 'node-stripped-'));
    const path = join(this.#folder, `${key}.js`);
    writeFileSync(path, answer.code);
    return path;
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./strip-types-worker.ts', import.meta.url), { execArgv: OWN_TS_ARGV });
    worker.on('message', (reply: StripReply) => {
      this.#pending.get(reply.id)?.(reply);
      this.#pending.delete(reply.id);
    });
    this.#worker = worker;
    return worker;
  }

  async dispose(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
    if (this.#folder) rmSync(this.#folder, { recursive: true, force: true });
    this.#folder = undefined;
    this.#files.clear();
  }
}
