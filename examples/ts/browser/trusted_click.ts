/// <reference lib="dom" />
// check: click=#target
// Runs in a browser (Chromium with
// --js-flags=--expose-gc); the check clicks the
// button with the mouse, as a reader would.
const gc = globalThis.gc;
if (!gc) throw new Error('needs --js-flags=--expose-gc');

const button = document.createElement('button');
button.id = 'target';
button.textContent = 'Click me';
document.body.append(button);

// #region main
let ref: WeakRef<object> | undefined;
button.addEventListener('click', () => {
  ref = new WeakRef({}); // now on the kept list
});
button.addEventListener('click', (event) => {
  gc();
  const how = event.isTrusted ? 'real click' : 'el.click()';
  const kept = ref?.deref() !== undefined;
  console.log(`${how}: target kept:`, kept);
});

// Synthetic: both run inside this script's job.
button.click();

// A real click: the listeners run from the event
// loop, and HTML performs a microtask checkpoint
// after each one, which empties the kept list
// before the second listener.
await new Promise((resolve) => {
  button.addEventListener('click', resolve, { once: true });
});
// #endregion
