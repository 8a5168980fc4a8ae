// Preloaded into every Bun run of the check: `gc()` is JavaScriptCore's own full collection (`fullGC` from
// `bun:jsc`), which honours ECMA-262's kept-alive list as V8 does. Bun's own `gc()` under `--expose-gc` is
// `Bun.gc(true)`, which empties that list first, so a WeakRef target read in the same job can go; the pages
// name that difference as Bun's, not JavaScriptCore's.
import { fullGC } from 'bun:jsc';

globalThis.gc = () => {
  fullGC();
};
