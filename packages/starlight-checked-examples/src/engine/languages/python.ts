/** Python examples (`.py`), as CPython, Pyodide and PyPy report their failures. */
import type { Language } from '../types.ts';
import { escapeRegExp } from './escape.ts';

export const python: Language = {
  id: 'python',
  label: 'Python',
  extensions: ['.py'],
  lineComment: '#',
  codeLang: 'python',
  /** A traceback lists the innermost frame last: `File "…/x.py", line 12`. */
  errorLine(stderr, absPath) {
    const lines = [...stderr.matchAll(new RegExp(`File "${escapeRegExp(absPath)}", line (\\d+)`, 'g'))];
    return lines.length ? Number(lines[lines.length - 1]![1]) : undefined;
  },
  /** A traceback ends with the error. */
  errorMessage: (stderr) => stderr.trimEnd().split('\n').pop()?.trim() ?? '',
  varyingCauses: ['when the collector runs (collect explicitly: gc.collect())', 'the order of a set or WeakSet of objects hashed by id (sort what you print)'],
};
