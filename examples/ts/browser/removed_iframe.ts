/// <reference lib="dom" />
// Runs in a browser (Chromium with
// --js-flags=--expose-gc).
const gc = globalThis.gc;
if (!gc) throw new Error('needs --js-flags=--expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const frame = document.createElement('iframe');
document.body.append(frame);
const inner = frame.contentWindow as unknown as
  typeof globalThis;

const ran: string[] = [];
// A callback made in this page, and one made in
// the iframe (a function of the iframe's realm,
// pushing to the same array).
const pageNote = (name: string) => ran.push(name);
const makeNote = new inner.Function(
  'ran',
  'return (name) => ran.push(name)',
);
const frameNote = makeNote(ran) as (name: string) => number;

const registries = [
  new FinalizationRegistry<string>(pageNote),
  new inner.FinalizationRegistry<string>(pageNote),
  new inner.FinalizationRegistry<string>(frameNote),
  new FinalizationRegistry<string>(frameNote),
];
const names = [
  'page registry, page callback',
  'iframe registry, page callback',
  'iframe registry, iframe callback',
  'page registry, iframe callback',
];
registries.forEach((r, i) => r.register({}, names[i]!));

// After this, its document is not fully active.
frame.remove();

await nextTask();
gc();
for (let i = 0; i < 10; i++) await nextTask();
console.log(ran.sort().join('\n'));
// #endregion
