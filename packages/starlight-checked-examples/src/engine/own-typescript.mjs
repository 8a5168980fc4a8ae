// Node refuses to strip the types of files under node_modules (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING),
// which is where this package's own .ts files are once it is installed from npm. Loaded with --import
// (OWN_TS_ARGV, own-typescript.ts) in every Node process and worker thread the engine starts, and by the CLI,
// it strips them itself; every other file, an example's included, is left to Node. Node decides by a file's
// real path, so where the package is not under node_modules (a workspace's symlink) the hook stays off: there
// Node strips the files and its compile cache keeps them (with the hook, the CLI's check of five cached examples
// took 0.33 s instead of 0.15 s).
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const OWN_SOURCE = new URL('../', import.meta.url).href;

/**
 * Runs `strip` without the warning Node prints the first time stripTypeScriptTypes runs ("an experimental
 * feature"): in a process the engine did not start (Astro's, loading a site's own runtime module) no
 * --disable-warning flag keeps it out of the site's build log.
 */
function quietly(strip) {
  const emitWarning = process.emitWarning;
  process.emitWarning = (warning, ...rest) => {
    if (!String(warning).includes('stripTypeScriptTypes')) emitWarning.call(process, warning, ...rest);
  };
  try {
    return strip();
  } finally {
    process.emitWarning = emitWarning;
  }
}

if (OWN_SOURCE.includes('/node_modules/')) {
  registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith(OWN_SOURCE) || !url.endsWith('.ts')) return nextLoad(url, context);
      const source = quietly(() => stripTypeScriptTypes(readFileSync(fileURLToPath(url), 'utf8')));
      return { format: 'module', source, shortCircuit: true };
    },
  });
}
