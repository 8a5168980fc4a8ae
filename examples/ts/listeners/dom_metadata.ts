const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// Stand-ins for DOM elements, so the example runs in Node. In a
// browser these would be real elements, from document.querySelector.
interface ElementLike {
  id: string;
}

// #region main
// Per-element data that disappears with the element: no cleanup
// code when the element is removed.
const clicks = new WeakMap<ElementLike, number>();

function recordClick(element: ElementLike): number {
  const count = (clicks.get(element) ?? 0) + 1;
  clicks.set(element, count);
  return count;
}

// Only to make the collection visible in the output:
const registry = new FinalizationRegistry<string>((id) =>
  console.log(`#${id} collected, its data with it`),
);

function showDialog(): void {
  const button: ElementLike = { id: 'save' };
  registry.register(button, button.id);
  recordClick(button);
  console.log('clicks on #save:', recordClick(button));
} // the dialog closes: its button is removed and dropped

showDialog();
await nextTask();
gc();
await nextTask();
// #endregion
