/// <reference lib="dom" />
// Runs in a browser (Chromium with
// --js-flags=--expose-gc).
const gc = globalThis.gc;
if (!gc) throw new Error('needs --js-flags=--expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
const tooltips = new WeakMap<Element, { text: string }>();

let element: HTMLElement | undefined =
  document.createElement('p');
document.body.append(element);
let data: { text: string } | undefined = { text: 'Saved!' };
tooltips.set(element, data);

// WeakRefs only to watch both objects go.
const elementRef = new WeakRef(element);
const dataRef = new WeakRef(data);
data = undefined; // only the WeakMap holds it

element.remove(); // out of the document...
console.log('removed, still a key:', tooltips.has(element));
element = undefined; // ...and out of variables

await nextTask();
gc();
console.log('element gone:', elementRef.deref() === undefined);
console.log('its data gone:', dataRef.deref() === undefined);
// #endregion
