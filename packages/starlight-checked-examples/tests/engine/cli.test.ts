/**
 * The command-line check as an author meets it, in a small project: one grouped diff with the fix for a wrong
 * output, the pages' wrong regions and inline code (which otherwise only the build would find), and `--update`
 * showing the diff of what it wrote. The project's checked-examples.config.mjs names its own command and runtimes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '..', '..', 'bin', 'starlight-checked-examples.mjs');
const root = mkdtempSync(join(tmpdir(), 'examples-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files: Record<string, string> = {
  'examples/python/hello.py': '# region main\nprint("hello")\n# endregion\n',
  'examples/python/hello.out': 'hi\n',
  'src/content/docs/page.mdx': '---\ntitle: Page\n---\n\n<Example file="python/hello.py" region="mian" />\n\n```python\nprint("unchecked")\n```\n',
  'checked-examples.config.mjs': "export default { checkCommand: 'npm run examples --', runtimes: ['cpython', 'pypy', 'node'] };\n",
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
};

const PAGE_PROBLEMS = [
  '✗ src/content/docs/page.mdx:5: <Example file="python/hello.py" region="mian">: no such region (regions are: main)',
  '✗ src/content/docs/page.mdx:7: inline python block; show a checked example with <Example file=…>',
];

it('reports a wrong output once, with the fix, and the pages\' problems', () => {
  const { status, output } = run();
  expect(status, output).toBe(1);
  expect(output.match(/--- examples\/python\/hello\.out/g), output).toHaveLength(1);
  expect(output).toContain('-hi\n    +hello');
  expect(output).toContain('→ if the new output is right: npm run examples -- --update examples/python/hello.py');
  for (const problem of PAGE_PROBLEMS) expect(output).toContain(problem);
});

it('shows the diff of each expected output --update rewrites', () => {
  const { status, output } = run('--update', 'examples/python/hello.py');
  expect(readFileSync(join(root, 'examples/python/hello.out'), 'utf8')).toBe('hello\n');
  expect(output).toContain('updated examples/python/hello.out\n    --- examples/python/hello.out\n    +++ examples/python/hello.out\n    @@ -1,1 +1,1 @@\n    -hi\n    +hello');
  // The pages still have their problems, whatever example was named.
  for (const problem of PAGE_PROBLEMS) expect(output).toContain(problem);
  expect(status).toBe(1);
});

it('lists its options with --help', () => {
  const { status, output } = run('--help');
  expect(status).toBe(0);
  expect(output).toContain('Usage: npm run examples -- [options]');
  expect(output).toContain('--runtime id     check only on this runtime (repeatable, or comma-separated); the runtimes option\n                   names them: cpython, pypy, node\n');
});

it('names an unknown option and points to --help, without a stack trace', () => {
  const { status, output } = run('--upadte');
  expect(status).toBe(2);
  expect(output).toContain("Unknown option '--upadte'");
  expect(output).toContain('(npm run examples -- --help lists the options)');
  expect(output).not.toMatch(/^\s+at /m);
});

it('names a mistake in the options file, or a runtime module of the site, without a stack trace', () => {
  const config = join(root, 'checked-examples.config.mjs');
  const good = readFileSync(config, 'utf8');
  writeFileSync(config, "export default { runtimes: ['cpython'], cache: '.c' };\n");
  let { status, output } = run();
  expect(status).toBe(2);
  expect(output.trim()).toBe('checked-examples.config.mjs: unknown option "cache" (the options are examples, cacheDir, runtimes, limits, runButton, downloads, sourceUrl, extraRoutes, checkCommand)');
  writeFileSync(config, "export default { runtimes: ['./no-such-runtime.mjs'] };\n");
  ({ status, output } = run('--help'));
  expect(status).toBe(2);
  expect(output).toContain("Cannot find module '");
  expect(output).not.toMatch(/^\s+at /m);
  writeFileSync(config, good);
});
