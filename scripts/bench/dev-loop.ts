/**
 * What an author waits for in `npm run dev` after saving an example: from the save to the first verdict in the
 * terminal (the first runtime to fail), and to the whole report (every runtime). The dev-server test's small site
 * (packages/starlight-checked-examples/tests/fixtures/dev-site, without its slow example) with a TypeScript example added, so both languages' runtimes
 * are measured; a Python and a TypeScript wrong output, and a TypeScript type error. Best of several saves.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SAVES = 3;
const TS_EXAMPLE = 'const target = { id: 1 };\nconst held = new WeakRef(target);\nconsole.log(held.deref()?.id);\n';

interface Verdicts {
  first: number;
  all: number;
}

export async function devLoop(root: string): Promise<void> {
  // Inside the repository, so the copy resolves astro from the project's node_modules (as the dev-server test does).
  const fixtures = join(root, 'packages', 'starlight-checked-examples', 'tests', 'fixtures');
  const site = mkdtempSync(join(fixtures, '.tmp-bench-dev-'));
  cpSync(join(fixtures, 'dev-site'), site, { recursive: true });
  rmSync(join(site, 'examples', 'python', 'slow.py'));
  rmSync(join(site, 'examples', 'python', 'slow.out'));
  mkdirSync(join(site, 'examples', 'ts'));
  writeFileSync(join(site, 'examples', 'ts', 'held.ts'), TS_EXAMPLE);
  writeFileSync(join(site, 'examples', 'ts', 'held.out'), '1\n');
  let log = '';
  const astro = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', '0'], {
    cwd: site,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  astro.stdout.on('data', (chunk) => (log += chunk));
  astro.stderr.on('data', (chunk) => (log += chunk));
  const until = async (condition: (text: string) => boolean, mark: number, what: string) => {
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 20))) {
      if (condition(log.slice(mark))) return performance.now();
    }
    throw new Error(`timed out waiting for ${what}:\n${log}`);
  };
  /** Saves `text` into an example and waits for its failure (`what`): the first block, then the whole report. */
  const save = async (path: string, text: string, what: string): Promise<Verdicts> => {
    const mark = log.length;
    const start = performance.now();
    writeFileSync(join(site, 'examples', path), text);
    const first = await until((text) => text.includes('Example check failed'), mark, `the first verdict on ${path}`);
    // The whole report: a failure that does not say that other runtimes are still being checked.
    const complete = (text: string) => text.split('Example check failed').slice(1).some((block) => !block.includes('still being checked'));
    const all = await until(complete, mark, `every verdict on ${path}`);
    // Timed only if the verdict is the mistake saved, not a leftover of the one before.
    if (!log.slice(mark).includes(what)) throw new Error(`the failure of ${path} does not say "${what}":\n${log.slice(mark)}`);
    return { first: (first - start) / 1000, all: (all - start) / 1000 };
  };
  /** Restores an example and waits until it passes again. */
  const restore = async (path: string, text: string) => {
    const mark = log.length;
    writeFileSync(join(site, 'examples', path), text);
    await until((text) => text.includes(`examples/${path}: `), mark, `${path} to pass again`);
  };
  try {
    await until((text) => text.includes(' passed, '), 0, 'the first check');
    const cases: [string, string, string, string, string][] = [
      ['Python, wrong output', 'python/hello.py', 'print("changed")\n', 'print("hello")\n', '+changed'],
      ['TypeScript, wrong output', 'ts/held.ts', TS_EXAMPLE.replace('?.id', '?.id, 2'), TS_EXAMPLE, '+1 2'],
      ['TypeScript, type error', 'ts/held.ts', TS_EXAMPLE.replace('{ id: 1 }', '{ id: 1 as string }'), TS_EXAMPLE, 'type error'],
    ];
    for (const [label, path, broken, good, what] of cases) {
      const runs: Verdicts[] = [];
      for (let attempt = 0; attempt < SAVES; attempt++) {
        // A pause, so the file watcher does not take two saves for one; each save differs from the last (a comment).
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const comment = path.endsWith('.py') ? '#' : '//';
        runs.push(await save(path, `${comment} save ${attempt}\n${broken}`, what));
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await restore(path, good);
      }
      const first = Math.min(...runs.map((run) => run.first));
      const all = Math.min(...runs.map((run) => run.all));
      console.log(`${label.padEnd(28)} first verdict ${first.toFixed(2)} s, every runtime ${all.toFixed(2)} s`);
    }
  } finally {
    astro.kill();
    rmSync(site, { recursive: true, force: true });
  }
}
