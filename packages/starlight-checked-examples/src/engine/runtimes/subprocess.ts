/**
 * Runs one example as a child process with the engine's limits: a fresh temporary working directory (the only
 * place it can write), a scrubbed environment, no network, a memory and a CPU-time limit (see sandbox.ts), a
 * wall-clock limit and an output limit.
 *
 * At the wall-clock limit or with too much output the program first gets SIGINT, so a Python example prints a
 * traceback that names the line it was stuck on; SIGKILL follows after a short grace period.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { cpuSeconds, GRACE_MS, wallClockLimitMs } from '../limits.ts';
import type { RunLimits, RunOutput } from '../types.ts';
import { endedBySigxcpu, isSandboxed, sandboxed, withCpuLimit, withMemoryLimit } from './sandbox.ts';
import { WallClock } from './wall-clock.ts';

/**
 * Runs a command and resolves to its trimmed stdout, or undefined when it is missing or fails. With `cacheDir`,
 * an answer is remembered for that executable file (its path, size and modification time): a check with nothing
 * to run then starts no interpreter just to learn its version.
 */
export async function probe(command: string, args: string[], cacheDir?: string): Promise<string | undefined> {
  const file = cacheDir && executableFile(command);
  const stat = file && statSync(file);
  const key = stat && createHash('sha256').update(JSON.stringify([file, stat.size, stat.mtimeMs, stat.ino, args])).digest('hex');
  const remembered = key && join(cacheDir, 'probes', key);
  if (remembered && existsSync(remembered)) return readFileSync(remembered, 'utf8');
  const answer = await new Promise<string | undefined>((resolve) => {
    execFile(command, args, { encoding: 'utf8', timeout: 20_000 }, (error, stdout) => resolve(error ? undefined : stdout.trim()));
  });
  if (remembered && answer !== undefined) {
    mkdirSync(dirname(remembered), { recursive: true });
    writeFileSync(remembered, answer);
  }
  return answer;
}

/** The file a command runs: itself when it is a path, else the first executable of that name on PATH. */
function executableFile(command: string): string | undefined {
  const candidates = command.includes('/') ? [command] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, command));
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}

/** The whole environment an example sees: nothing of the caller's but PATH. */
export function scrubbedEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, TMPDIR: home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ...extra };
}

export function runProcess(command: string, args: string[], limits: RunLimits, env: Record<string, string> = {}): Promise<RunOutput> {
  const cwd = mkdtempSync(join(tmpdir(), 'example-'));
  const limited = withMemoryLimit(sandboxed([command, ...args], [cwd], 3), limits.maxMemoryBytes);
  const [program, ...rest] = withCpuLimit(limited, cpuSeconds(limits), Math.ceil(GRACE_MS / 1000));
  const child = spawn(program!, rest, { cwd, env: scrubbedEnv(cwd, env), stdio: ['ignore', 'pipe', 'pipe', isSandboxed() ? 'pipe' : 'ignore'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  let timedOut = false;
  let outputExceeded = false;
  // bwrap reports the sandboxed program's pid on descriptor 3 (which the program does not inherit); without bwrap
  // the child is the program.
  let programPid = child.pid;
  const stop = () => {
    try {
      if (programPid) process.kill(programPid, 'SIGINT');
    } catch {
      // Already gone.
    }
    setTimeout(() => child.kill('SIGKILL'), GRACE_MS).unref();
  };
  const wallClock = new WallClock(wallClockLimitMs(limits), () => {
    timedOut = true;
    stop();
  });
  if (!isSandboxed() && programPid) wallClock.follow(programPid);
  let info = '';
  (child.stdio[3] as Readable | null)?.on('data', (chunk: Buffer) => {
    info += chunk.toString();
    const reported = /"child-pid":\s*(\d+)/.exec(info)?.[1];
    if (!reported) return;
    programPid = Number(reported);
    wallClock.follow(programPid);
  });
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
  child.stdout!.on('data', collect(stdout));
  child.stderr!.on('data', collect(stderr));

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      wallClock.stop();
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      wallClock.stop();
      rmSync(cwd, { recursive: true, force: true });
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        exitCode,
        timedOut,
        cpuExceeded: endedBySigxcpu(exitCode, signal),
        outputExceeded,
      });
    });
  });
}
