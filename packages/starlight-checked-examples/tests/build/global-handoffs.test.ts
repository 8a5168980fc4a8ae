/**
 * The integration hands its results to pages (virtual-module.ts) and its page check to the dev middleware
 * (dev-page-check.ts) through globalThis, because Astro loads those apart from the integration. Both must be taken
 * off again when the build or the dev server is done, so a later build in the same process (Astro's build() API)
 * never sees them. The hooks are called as Astro calls them, with examples checks off (nothing runs).
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import checkedExamples from '../../src/integration/index.ts';

/** The hooks, called with just what they use (a stand-in for Astro's options). */
type Hooks = Record<string, (options: object) => unknown>;

const RESULTS = Symbol.for('starlight-checked-examples:manifest');
const PAGE_CHECK = Symbol.for('checked-examples.page-check');
const global = globalThis as Record<symbol, unknown>;
const roots: string[] = [];
const saved = process.env.EXAMPLES_CHECK;
beforeAll(() => {
  process.env.EXAMPLES_CHECK = 'off';
});
afterAll(() => {
  if (saved === undefined) delete process.env.EXAMPLES_CHECK;
  else process.env.EXAMPLES_CHECK = saved;
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const logged: string[] = [];
const logger = { info() {}, warn() {}, debug() {}, error: (message: string) => logged.push(message) };

/** A site with one example and one page (which names `example`), and the integration's hooks after its setup. */
async function setUp(command: 'build' | 'dev', example = 'python/a.py') {
  const root = mkdtempSync(join(tmpdir(), 'handoffs-'));
  roots.push(root);
  mkdirSync(join(root, 'examples', 'python'), { recursive: true });
  writeFileSync(join(root, 'examples', 'python', 'a.py'), 'print("a")\n');
  writeFileSync(join(root, 'examples', 'python', 'a.out'), 'a\n');
  mkdirSync(join(root, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(join(root, 'src', 'content', 'docs', 'index.mdx'), `---\ntitle: Home\n---\nimport Example from 'starlight-checked-examples/components/Example.astro';\n<Example file="${example}" />\n`);
  const hooks = checkedExamples().hooks as Hooks;
  const setup = { command, config: { root: pathToFileURL(root + '/'), srcDir: pathToFileURL(root + '/src/') }, logger, updateConfig() {}, addMiddleware() {} };
  await hooks['astro:config:setup'](setup);
  return { root, hooks };
}

it('takes the results for pages off globalThis when the build is done', async () => {
  const { root, hooks } = await setUp('build');
  expect(global[RESULTS]).toBeTypeOf('function');
  await hooks['astro:build:start']?.({ logger });
  await hooks['astro:build:done']({ logger, dir: pathToFileURL(join(root, 'out') + '/') });
  expect(global[RESULTS]).toBeUndefined();
});

it('takes them off when the build fails too', async () => {
  const { hooks } = await setUp('build', 'python/gone.py');
  expect(global[RESULTS]).toBeTypeOf('function');
  await expect(hooks['astro:build:start']({ logger })).rejects.toThrow('The build stopped at the problem above.');
  expect(logged.at(-1)).toMatch(/^Example check failed:\n✗ src\/content\/docs\/index\.mdx:5: <Example file="python\/gone\.py">/);
  expect(global[RESULTS]).toBeUndefined();
});

it('takes the results and the page check off globalThis when the dev server closes', async () => {
  const { hooks } = await setUp('dev');
  const httpServer = new EventEmitter();
  const server = {
    watcher: Object.assign(new EventEmitter(), { add() {} }),
    moduleGraph: { getModuleById: () => undefined, invalidateModule() {} },
    hot: { send() {} },
    httpServer,
    middlewares: { use() {} },
  };
  hooks['astro:server:setup']({ server, logger });
  expect(global[RESULTS]).toBeTypeOf('function');
  expect(global[PAGE_CHECK]).toBeTypeOf('function');
  httpServer.emit('close');
  expect(global[RESULTS]).toBeUndefined();
  expect(global[PAGE_CHECK]).toBeUndefined();
});
