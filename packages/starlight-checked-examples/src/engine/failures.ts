/** Turns a finished run into a failure with a location (`examples/…:line`), or undefined when it passed. */
import { formatBytes, wallClockLimitMs } from './limits.ts';
import type { ExampleFile, Failure, RunLimits, RunOutput } from './types.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rewrites absolute paths of the example to its project-relative path, so tracebacks read like the repo. */
export function relativizePaths(text: string, example: ExampleFile): string {
  return text.replace(new RegExp(`(file://)?${escape(example.absPath)}`, 'g'), example.displayPath);
}

/**
 * The line in the example a traceback or stack trace points at: Python lists the innermost frame last
 * (`File "…/x.py", line 12`), Node lists it first (`at … (file:///…/x.ts:12:5)`).
 */
export function lineFromTrace(stderr: string, example: ExampleFile): number | undefined {
  const file = escape(example.absPath);
  if (example.language === 'python') {
    const lines = [...stderr.matchAll(new RegExp(`File "${file}", line (\\d+)`, 'g'))];
    return lines.length ? Number(lines[lines.length - 1]![1]) : undefined;
  }
  const match = new RegExp(`${file}:(\\d+)`).exec(stderr);
  return match ? Number(match[1]) : undefined;
}

/**
 * The error line of a traceback: Python prints it last; Node and Bun print it after the code frame. Bun writes a
 * plain `Error` as `error: …` (shown here as `Error: …`, its real name) and a system error code first (`EROFS: …`).
 */
function errorLine(stderr: string, example: ExampleFile): string {
  if (example.language === 'python') return stderr.trimEnd().split('\n').pop()?.trim() ?? '';
  const line = /^(?:\w*(?:Error|Exception)\b.*|error: .*|E[A-Z]{2,}: .*)$/m.exec(stderr)?.[0] ?? '';
  return line.replace(/^error: /, 'Error: ');
}

/** How each runtime reports an allocation refused at the memory limit (Python, PyPy, V8, JavaScriptCore). */
function outOfMemory(stderr: string, error: string): boolean {
  return /^MemoryError\b/.test(error) || /out of memory|allocation failed/i.test(stderr);
}

export function runFailure(example: ExampleFile, run: RunOutput, limits: RunLimits): Failure | undefined {
  const line = lineFromTrace(run.stderr, example);
  const location = line ? `${example.displayPath}:${line}` : example.displayPath;
  const detail = relativizePaths(run.stderr, example).trimEnd() || undefined;
  if (run.error) return { location, message: run.error, detail };
  const raise = 'raise the limit with a "check: timeout=<seconds>" comment';
  if (run.cpuExceeded) {
    return { location, message: `used more than ${limits.timeoutMs / 1000} s of CPU time (an endless loop? ${raise})`, detail };
  }
  if (run.timedOut) {
    const seconds = wallClockLimitMs(limits) / 1000;
    return { location, message: `still running after ${seconds} s of wall-clock time (waiting for something that never happens? ${raise})`, detail };
  }
  if (run.outputExceeded) {
    return { location, message: `printed more than ${Math.round(limits.maxOutputBytes / 1024)} KiB of output and was stopped`, detail };
  }
  if (run.exitCode === 0) return wroteToStderr(example, run, location, detail);
  const error = errorLine(relativizePaths(run.stderr, example), example);
  if (outOfMemory(run.stderr, error)) {
    const limit = formatBytes(limits.maxMemoryBytes);
    return { location, message: `ran out of memory: the limit is ${limit} per run (raise it with a "check: memory=<size>" comment)`, detail };
  }
  const message = line && error ? `uncaught exception: ${error}` : `exited with status ${run.exitCode}`;
  return { location, message, detail };
}

/** A passing run that wrote to stderr fails unless the example declares that stderr is part of what it shows. */
function wroteToStderr(example: ExampleFile, run: RunOutput, location: string, detail: string | undefined): Failure | undefined {
  if (example.stderr || !run.stderr.trim()) return undefined;
  // What it wrote is the detail, not the message: runtimes that wrote different words share one block.
  const message = 'passed but wrote to stderr, shown below (a reader sees only stdout under the example; if stderr is part of what it shows, add a "check: stderr" comment)';
  return { location, message, detail };
}

/** What a passing run shows on the page: stdout, then stderr when the example declares it part of its output. */
export const shownOutput = (example: ExampleFile, run: RunOutput): string => (example.stderr ? run.stdout + run.stderr : run.stdout);
