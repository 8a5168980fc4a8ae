/// <reference lib="dom" />
// Runs in a browser (Chromium with
// --js-flags=--expose-gc).
const gc = globalThis.gc;
if (!gc) throw new Error('needs --js-flags=--expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
let reported = false;
window.addEventListener('error', (event) => {
  reported = true;
  console.log('error event:', event.message);
  // Handled: not logged as uncaught.
  event.preventDefault();
});

const registry = new FinalizationRegistry<string>((name) => {
  throw new Error(`cleanup for ${name} failed`);
});
registry.register({}, 'a temporary');

await nextTask();
gc();
for (let i = 0; i < 10 && !reported; i++) await nextTask();
console.log('page still running');
// #endregion
