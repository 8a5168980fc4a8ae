/**
 * The sandbox of every process that runs examples (fork servers, and every command started by runProcess):
 * bubblewrap (`bwrap`) mounts the whole file system read-only and binds only the given run directories writable,
 * gives the process a fresh /dev and /proc (with /proc/sys read-only), a new network namespace with nothing in it,
 * no capabilities (a root build cannot remount anything), and kills it when its parent dies.
 * Memory is limited with RLIMIT_DATA (`prlimit`, or setrlimit in the fork server's child): every runtime's
 * allocator sees a failed allocation (Python raises MemoryError, V8 stops with "heap out of memory"). CPU time is
 * limited the same way with RLIMIT_CPU.
 *
 * Where bwrap cannot run (not installed, user namespaces disabled, macOS), runs fall back to `unshare -rn`
 * (network only) and the check says so once; in CI (see inCi) a missing sandbox is an error.
 */
import { spawnSync } from 'node:child_process';
import { constants } from 'node:os';

const READ_ONLY_SYSTEM = [
  '--ro-bind', '/', '/',
  '--dev', '/dev',
  '--proc', '/proc',
  '--ro-bind', '/proc/sys', '/proc/sys',
  '--remount-ro', '/dev',
  '--unshare-net',
  '--cap-drop', 'ALL',
  '--die-with-parent',
];

const works = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

const PRLIMIT_PROBE = ['prlimit', '--data=1073741824:1073741824', 'true'];

let support: { bwrap: boolean; unshare: boolean; prlimit: boolean } | undefined;
function probe() {
  // Every check asks, so the usual answer costs one process: prlimit run inside bwrap. Only when that fails is
  // each asked alone, to say which one is missing. unshare is the fallback for a missing bwrap: not asked with it.
  if (!support && works('bwrap', [...READ_ONLY_SYSTEM, '--', ...PRLIMIT_PROBE])) support = { bwrap: true, unshare: false, prlimit: true };
  support ??= {
    bwrap: works('bwrap', [...READ_ONLY_SYSTEM, '--', 'true']),
    unshare: works('unshare', ['-rn', 'true']),
    prlimit: works(PRLIMIT_PROBE[0]!, PRLIMIT_PROBE.slice(1)),
  };
  return support;
}

/** True when runs are confined by bwrap. */
export function isSandboxed(): boolean {
  return probe().bwrap;
}

/**
 * `command` confined to read-only files, with `writable` folders bound read-write, and no network.
 * `infoFd` asks bwrap to write `{"child-pid": …}` to that descriptor (the pid to interrupt: signals sent
 * to bwrap itself are not forwarded).
 */
export function sandboxed(command: string[], writable: string[], infoFd?: number): string[] {
  const { bwrap, unshare } = probe();
  if (bwrap) {
    const info = infoFd === undefined ? [] : ['--info-fd', String(infoFd)];
    return ['bwrap', ...READ_ONLY_SYSTEM, ...writable.flatMap((dir) => ['--bind', dir, dir]), ...info, '--', ...command];
  }
  return unshare ? ['unshare', '-rn', ...command] : command;
}

/** `command` with its data segment (heap, anonymous mappings) limited to `bytes`. */
export function withMemoryLimit(command: string[], bytes: number): string[] {
  return probe().prlimit ? ['prlimit', `--data=${bytes}:${bytes}`, '--', ...command] : command;
}

/**
 * `command` with its CPU time limited (RLIMIT_CPU): SIGXCPU at `seconds`, which ends a program that does not catch
 * it (Node, Bun), and SIGKILL `graceSeconds` later; no core file.
 */
export function withCpuLimit(command: string[], seconds: number, graceSeconds: number): string[] {
  return probe().prlimit ? ['prlimit', `--cpu=${seconds}:${seconds + graceSeconds}`, '--core=0', '--', ...command] : command;
}

/** Whether a command run through `sandboxed` was ended by SIGXCPU (bwrap exits with 128 + the signal's number). */
export function endedBySigxcpu(exitCode: number | null, signal: NodeJS.Signals | null): boolean {
  return signal === 'SIGXCPU' || (isSandboxed() && exitCode === 128 + constants.signals.SIGXCPU);
}

/** A CI run: `CI` set to anything but empty, `false` or `0` (services set `true`, some `1`, a few their name). */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI?.trim().toLowerCase();
  return !!value && value !== 'false' && value !== '0';
}

/**
 * What the report says about the sandbox: nothing when runs are sandboxed, one notice when not.
 * Throws in CI, where an unconfined run must never pass unnoticed.
 */
export function sandboxNotices(env: NodeJS.ProcessEnv = process.env): string[] {
  const { bwrap, unshare, prlimit } = probe();
  if (bwrap && prlimit) return [];
  const missing = [
    bwrap ? '' : `bwrap could not start (install bubblewrap; user namespaces must be enabled): runs can write wherever this build can${unshare ? '' : ' and reach the network'}`,
    prlimit ? '' : 'prlimit is missing: command-line runs have no memory or CPU-time limit',
  ].filter(Boolean);
  if (inCi(env)) throw new Error(`CI=${env.CI} but examples cannot run sandboxed: ${missing.join('; ')}.`);
  return [`Runs are not sandboxed: ${missing.join('; ')}.`];
}
