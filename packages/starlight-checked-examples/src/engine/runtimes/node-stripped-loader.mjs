// Preloaded (`node --import`) into a Node run by node-ts.ts: hands Node an example's types already stripped, so the
// run's process does not load Node's TypeScript stripper (see node-type-stripping.ts). Plain JavaScript, because a
// .ts file here would itself be stripped by it.
// Its URL names the example (`url`) and the file that holds its stripped source (`stripped`). Anything else, and
// the example too when Node would not load it as an ES module, goes to Node's own loader unchanged.
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const params = new URL(import.meta.url).searchParams;
const example = params.get('url');
const stripped = params.get('stripped');

registerHooks({
  load(url, context, nextLoad) {
    if (url !== example || context.format !== 'module-typescript') return nextLoad(url, context);
    return { format: 'module', source: readFileSync(stripped, 'utf8'), shortCircuit: true };
  },
});
