#!/usr/bin/env -S node --disable-warning=ExperimentalWarning
/**
 * The check's command line (options and work in src/engine/check-command.ts), run in the project's root. This
 * entry is plain JavaScript, so Node does not start its TypeScript stripper for it. It turns on Node's compile
 * cache (in the project's .cache/node-compile/, checked against each file's content by Node), so a check with
 * nothing to run neither strips nor compiles the engine's TypeScript again: both were half of its time. It loads
 * own-typescript.mjs, which strips the package's own TypeScript where Node refuses to (under node_modules).
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import '../src/engine/own-typescript.mjs';

enableCompileCache(join(process.cwd(), '.cache', 'node-compile'));
await import('../src/engine/check-command.ts');
