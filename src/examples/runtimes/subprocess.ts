/**
 * Runs one example as a child process with the engine's limits: a fresh temporary working directory, a scrubbed
 * environment, no network (a new network namespace via `unshare -rn` where the kernel allows it), a time limit
 * and an output limit.
 *
 * On time-out or too much output the child first gets SIGINT, so a Python example prints a traceback that names
 * the line it was stuck on; SIGKILL follows after a short grace period.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GRACE_MS } from '../limits.ts';
import type { RunLimits, RunOutput } from '../types.ts';

let unshareWorks: boolean | undefined;
/** The command prefix that gives a process (and its children) no network: `unshare -rn`, where allowed. */
export function networkIsolation(): string[] {
  unshareWorks ??= spawnSync('unshare', ['-rn', 'true']).status === 0;
  return unshareWorks ? ['unshare', '-rn'] : [];
}

/** Runs a command and resolves to its trimmed stdout, or undefined when it is missing or fails. */
export function probe(command: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(command, args, { encoding: 'utf8', timeout: 20_000 }, (error, stdout) => resolve(error ? undefined : stdout.trim()));
  });
}

/** The whole environment an example sees: nothing of the caller's but PATH. */
export function scrubbedEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, TMPDIR: home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ...extra };
}

export function runProcess(command: string, args: string[], limits: RunLimits, env: Record<string, string> = {}): Promise<RunOutput> {
  const cwd = mkdtempSync(join(tmpdir(), 'example-'));
  const [program, ...rest] = [...networkIsolation(), command, ...args];
  const child = spawn(program!, rest, { cwd, env: scrubbedEnv(cwd, env), stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  let timedOut = false;
  let outputExceeded = false;

  const stop = () => {
    child.kill('SIGINT');
    setTimeout(() => child.kill('SIGKILL'), GRACE_MS).unref();
  };
  // Each stream has its own limit, so the traceback of an interrupted run still reaches stderr.
  const collect = (into: Buffer[]) => {
    let size = 0;
    return (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limits.maxOutputBytes) into.push(chunk);
      else if (!outputExceeded) {
        outputExceeded = true;
        stop();
      }
    };
  };
  child.stdout.on('data', collect(stdout));
  child.stderr.on('data', collect(stderr));
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, limits.timeoutMs);

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      rmSync(cwd, { recursive: true, force: true });
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        exitCode,
        timedOut,
        outputExceeded,
      });
    });
  });
}
