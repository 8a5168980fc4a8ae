/** Turns a finished run into a failure with a location (`examples/…:line`), or undefined when it passed. */
import { escapeRegExp } from './languages/escape.ts';
import { languageById } from './languages/registry.ts';
import { formatBytes, wallClockLimitMs } from './limits.ts';
import type { ExampleFile, Failure, RunLimits, RunOutput } from './types.ts';

/** Rewrites absolute paths of the example to its project-relative path, so tracebacks read like the repo. */
export function relativizePaths(text: string, example: ExampleFile): string {
  return text.replace(new RegExp(`(file://)?${escapeRegExp(example.absPath)}`, 'g'), example.displayPath);
}

/** The line in the example a traceback or stack trace points at, as its language reads it (languages/). */
export function lineFromTrace(stderr: string, example: ExampleFile): number | undefined {
  return languageById(example.language).errorLine?.(stderr, example.absPath);
}

/** The error line of a traceback, as its language reads it; empty when the language cannot tell. */
function errorLine(stderr: string, example: ExampleFile): string {
  return languageById(example.language).errorMessage?.(stderr) ?? '';
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
