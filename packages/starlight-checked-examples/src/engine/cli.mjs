/**
 * `npm run examples`, whose options and work are in check-command.ts. This entry is plain JavaScript, so Node does
 * not start its TypeScript stripper for it; it turns on Node's compile cache (in .cache/node-compile/, checked
 * against each file's content by Node), so a check with nothing to run neither strips nor compiles the engine's
 * TypeScript again. Both were half of its time.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

enableCompileCache(join(import.meta.dirname, '..', '..', '.cache', 'node-compile'));
await import('./check-command.ts');
