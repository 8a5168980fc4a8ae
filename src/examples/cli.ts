/** `node src/examples/cli.ts` still works: the entry is cli.mjs (`npm run examples`), which starts faster. */
import './cli.mjs';
