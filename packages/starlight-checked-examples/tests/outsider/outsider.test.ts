/**
 * The package as an outsider gets it: packed as npm would publish it, installed from the tarball into a new Astro +
 * Starlight project outside the repository, set up with only the files the README's Quick start shows. The build
 * checks the examples and shows their outputs; a wrong output fails the build with its file and line and leaves
 * dist/ as it was; the bin fails with the same line. The project copies the repository's package-lock.json, so
 * npm installs the versions the repository is tested with (and mostly from its cache).
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { snapshot } from '../helpers/snapshot.ts';

const PACKAGE = join(import.meta.dirname, '..', '..');
const REPOSITORY = join(PACKAGE, '..', '..');
const WRONG_OUTPUT_LINE = 'examples/python/hello.out:1';

// Vitest's variables (NODE_ENV=test, ...) would make Astro build a development site; Node 24, the one running
// these tests, comes first on PATH for npm and the bin's #! line.
const VITEST_VARIABLES = ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.includes(name))),
  PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
  ASTRO_TELEMETRY_DISABLED: '1',
};

const folder = mkdtempSync(join(tmpdir(), 'outsider-'));
const site = join(folder, 'site');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(command: string, args: string[], cwd: string) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${[command, ...args].join(' ')}: exit ${result.status} in ${seconds} s`);
  return { status: result.status, stdout: result.stdout, output: result.stdout + result.stderr };
}

/** Each file of the README's Quick start: a line `` `path`: `` directly above a fenced block of its whole text. */
function quickStartFiles(readme: string): Record<string, string> {
  const start = readme.indexOf('## Quick start');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const files = [...section.matchAll(/^`([^`\s]+)`:\n\n(`{3,})[^\n]*\n([\s\S]*?)^\2$/gm)];
  return Object.fromEntries(files.map(([, path, , text]) => [path!, text!]));
}

const astroBuild = () => run(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], site);

let packed: string[] = [];

beforeAll(() => {
  const pack = run('npm', ['pack', '-w', 'starlight-checked-examples', '--pack-destination', folder, '--json', '--ignore-scripts'], REPOSITORY);
  expect(pack.status, pack.output).toBe(0);
  const [tarball] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packed = tarball!.files.map((file) => file.path);

  mkdirSync(site);
  copyFileSync(join(REPOSITORY, 'package-lock.json'), join(site, 'package-lock.json'));
  const { dependencies } = JSON.parse(readFileSync(join(REPOSITORY, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const manifest = {
    name: 'outsider',
    private: true,
    type: 'module',
    dependencies: {
      astro: dependencies.astro,
      '@astrojs/starlight': dependencies['@astrojs/starlight'],
      'starlight-checked-examples': `file:${join(folder, tarball!.filename)}`,
    },
  };
  writeFileSync(join(site, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], site);
  expect(install.status, install.output).toBe(0);
}, 600_000);

it('packs every file of src/ and bin/, and no test', () => {
  const tracked = spawnSync('git', ['ls-files', 'src', 'bin'], { cwd: PACKAGE, encoding: 'utf8' }).stdout.trim().split('\n');
  expect(tracked).toContain('bin/starlight-checked-examples.mjs');
  expect(tracked).toContain('src/engine/runtimes/pyodide-driver.py');
  expect(tracked.filter((path) => !packed.includes(path))).toEqual([]);
  expect(packed.filter((path) => path.startsWith('tests/'))).toEqual([]);
});

it('builds the Quick start site, checking both examples and showing their outputs', () => {
  const files = quickStartFiles(readFileSync(join(PACKAGE, 'README.md'), 'utf8'));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['astro.config.mjs', 'examples/python/hello.out']));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  const build = astroBuild();
  expect(build.status, build.output).toBe(0);
  // The site added no optional runtime: the notice names the npm package to add.
  expect(build.output).toContain('bun is not installed (add this npm package to the site)');
  // Stripping the package's TypeScript (own-typescript.mjs) is an experimental Node feature; it says so nowhere.
  expect(build.output).not.toContain('ExperimentalWarning');
  const page = readFileSync(join(site, 'dist', 'index.html'), 'utf8');
  // ExampleOutput.astro's markup: the label, then the output in a <pre>.
  const outputs = [...page.matchAll(/class="example-output-label[ "][^>]*>[^<]*<\/div>\s*<pre[^>]*><code[^>]*>([^<]*)<\/code>/g)].map(([, text]) => text);
  expect(outputs).toEqual(expect.arrayContaining(['hello from python', 'hello from typescript']));
}, 600_000);

it('fails the build on a wrong output with its file and line, leaving dist/ as it was', () => {
  const before = snapshot(join(site, 'dist'));
  expect(Object.keys(before)).toContain('index.html');
  writeFileSync(join(site, 'examples', 'python', 'hello.out'), 'hello from pithon\n');
  const build = astroBuild();
  expect(build.status).not.toBe(0);
  expect(build.output).toContain(WRONG_OUTPUT_LINE);
  expect(snapshot(join(site, 'dist'))).toEqual(before);
}, 600_000);

it('fails the check from the bin with the same line', () => {
  const check = run(join('node_modules', '.bin', 'starlight-checked-examples'), [], site);
  expect(check.status, check.output).toBe(1);
  expect(check.output).toContain(WRONG_OUTPUT_LINE);
  expect(check.output).not.toContain('ExperimentalWarning');
}, 600_000);

it("runs a runtime of the site's own, named in checked-examples.config.mjs, from the installed package", () => {
  writeFileSync(join(site, 'examples', 'python', 'hello.out'), 'hello from python\n');
  mkdirSync(join(site, 'runtimes'));
  copyFileSync(join(PACKAGE, 'tests', 'fixtures', 'shell-site', 'runtimes', 'dash.mjs'), join(site, 'runtimes', 'dash.mjs'));
  writeFileSync(join(site, 'checked-examples.config.mjs'), "export default { runtimes: ['cpython', 'node', './runtimes/dash.mjs'] };\n");
  mkdirSync(join(site, 'examples', 'sh'));
  writeFileSync(join(site, 'examples', 'sh', 'hello.sh'), 'echo "hello from dash"\n');
  writeFileSync(join(site, 'examples', 'sh', 'hello.out'), 'hello from dash\n');
  writeFileSync(join(site, 'src', 'content', 'docs', 'shell.mdx'), "---\ntitle: Shell\n---\nimport Example from 'starlight-checked-examples/components/Example.astro';\n\n<Example file=\"sh/hello.sh\" />\n");
  const build = astroBuild();
  expect(build.status, build.output).toBe(0);
  expect(build.output).toMatch(/dash [\d.-]+: 1 passed, 0 failed/);
  expect(readFileSync(join(site, 'dist', 'shell', 'index.html'), 'utf8')).toContain('hello from dash');
  expect(build.output).not.toContain('ExperimentalWarning');
  const check = run(join('node_modules', '.bin', 'starlight-checked-examples'), [], site);
  expect(check.status, check.output).toBe(0);
  expect(check.output).toMatch(/dash [\d.-]+: 1 passed, 0 failed/);
}, 600_000);
