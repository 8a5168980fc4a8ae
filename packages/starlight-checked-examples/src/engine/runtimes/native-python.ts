/** CPython (`python3`) and PyPy (`pypy3`) from the machine, when present. */
import { availableParallelism } from 'node:os';
import type { Runtime } from '../types.ts';
import { ForkServer } from './forkserver.ts';
import { Pool } from './pool.ts';
import { probe } from './subprocess.ts';

// The interpreter's own settings; the environment is otherwise scrubbed (see subprocess.ts).
const PYTHON_ENV = { PYTHONIOENCODING: 'utf-8', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' };

const VERSION_SCRIPT = [
  'import platform, sys',
  'impl = platform.python_implementation()',
  'v = platform.python_version()',
  'print(impl, v if impl != "PyPy" else "%d.%d.%d (Python %s)" % (sys.pypy_version_info[:3] + (v,)))',
  'print(sys.executable)',
  'print("%d.%d" % sys.version_info[:2])',
].join('\n');

interface NativeSpec {
  id: 'cpython' | 'pypy';
  command: string;
  implementation: string;
}

export const NATIVE_PYTHONS: NativeSpec[] = [
  { id: 'cpython', command: 'python3', implementation: 'CPython' },
  { id: 'pypy', command: 'pypy3', implementation: 'PyPy' },
];

/** The runtime, or undefined when the command is missing or is not the expected implementation. */
export async function nativePython({ id, command, implementation }: NativeSpec, cacheDir?: string): Promise<Runtime | undefined> {
  // The real executable, not the command: `python3` is often a shim script (pyenv) that costs more than the run.
  const [label, executable, shortVersion] = (await probe(command, ['-c', VERSION_SCRIPT], cacheDir))?.split('\n') ?? [];
  if (!label?.startsWith(implementation + ' ') || !executable || !shortVersion) return undefined;
  const pool = new Pool(availableParallelism(), () => new ForkServer(executable, PYTHON_ENV), (server) => server.stop());
  return {
    id,
    language: 'python',
    label,
    family: implementation,
    shortVersion,
    version: label,
    run: (example, limits) => pool.use((server) => server.run(example, limits)),
    dispose: () => pool.dispose(),
  };
}
