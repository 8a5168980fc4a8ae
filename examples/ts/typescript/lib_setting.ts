// Type-checks a small program under several `lib`
// settings with the TypeScript compiler, and
// prints what each one reports.
// check: timeout=60
import { writeFileSync } from 'node:fs';
import ts from 'typescript';

// #region snippet
const program = `
const ref = new WeakRef({ id: 1 });
const byKey = new WeakMap<symbol, string>();
byKey.set(Symbol('local'), 'ok');
byKey.set(Symbol.for('shared'), 'compiles, throws at run time');
const keys: WeakKey[] = [{}, Symbol('key')];
`;
// #endregion
// In a temporary folder:
writeFileSync('snippet.ts', program);

// #region main
// The values you would write in tsconfig.json.
const settings = [
  { lib: ['es2020'] },
  { lib: ['es2020', 'es2021.weakref'] },
  { lib: ['es2022'] },
  { lib: ['es2023'] },
  { lib: ['es2022', 'es2023.collection'] },
];
// The programs share lib files: one host
// parses each once.
const host = ts.createCompilerHost({});
type Parsed = ts.SourceFile | undefined;
const parsed = new Map<string, Parsed>();
const parse = host.getSourceFile;
host.getSourceFile = (name, ...rest) => {
  if (!parsed.has(name)) {
    parsed.set(name, parse(name, ...rest));
  }
  return parsed.get(name);
};
for (const setting of settings) {
  const json = {
    ...setting,
    strict: true,
    types: [],
    skipLibCheck: true,
  };
  const { options } =
    ts.convertCompilerOptionsFromJson(json, '.');
  const files = ['snippet.ts'];
  const found = ts.getPreEmitDiagnostics(
    ts.createProgram(files, options, host),
  );
  console.log(JSON.stringify(setting));
  for (const problem of found) {
    const { file, start, messageText } = problem;
    // 0-based, and the program starts with a
    // blank line: so this is the line number
    // within the snippet above.
    const { line } =
      file!.getLineAndCharacterOfPosition(start!);
    const text = ts.flattenDiagnosticMessageText(
      messageText,
      ' ',
    );
    console.log(`  line ${line}: ${text}`);
  }
  if (found.length === 0) {
    console.log('  no errors');
  }
}
// #endregion
