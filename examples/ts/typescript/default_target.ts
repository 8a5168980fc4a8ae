// Type-checks a small program with the TypeScript
// compiler and no `target` or `lib` setting at
// all, as in an empty tsconfig.
// check: timeout=120
import { writeFileSync } from 'node:fs';
import ts from 'typescript';

writeFileSync('snippet.ts', `
const ref = new WeakRef({ id: 1 });
const keys: WeakKey[] = [{}, Symbol('key')];
`); // in the run's temporary folder

// The two programs share lib files: one host
// parses each once.
const host = ts.createCompilerHost({});
const parsed = new Map<string, ts.SourceFile | undefined>();
const parse = host.getSourceFile;
host.getSourceFile = (name, ...rest) => {
  if (!parsed.has(name)) parsed.set(name, parse(name, ...rest));
  return parsed.get(name);
};

// #region main
// As in a tsconfig.json: no target, then es2020.
const settings = [{}, { target: 'es2020' }];
const common = {
  strict: true,
  types: [],
  skipLibCheck: true,
};
console.log('TypeScript', ts.version);
for (const setting of settings) {
  const json = { ...setting, ...common };
  const { options } =
    ts.convertCompilerOptionsFromJson(json, '.');
  const files = ['snippet.ts'];
  const errors = ts.getPreEmitDiagnostics(
    ts.createProgram(files, options, host),
  );
  console.log(JSON.stringify(setting));
  const lib = ts.getDefaultLibFileName(options);
  console.log('  lib:', lib);
  for (const { messageText } of errors) {
    const flat = ts.flattenDiagnosticMessageText;
    const text = flat(messageText, ' ');
    console.log('  error:', text);
  }
  if (errors.length === 0) {
    console.log('  no errors');
  }
}
// #endregion
