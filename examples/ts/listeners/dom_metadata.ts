const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// Stand-ins for DOM elements, so the example runs
// in Node. In a browser these would be real
// elements, from document.querySelector.
interface ElementLike {
  id: string;
}

// #region main
// Per-element data that disappears with the
// element: no cleanup code when it is removed.
interface ClickData {
  count: number;
}
const clicks = new WeakMap<ElementLike, ClickData>();

function recordClick(element: ElementLike) {
  const data = clicks.get(element) ?? { count: 0 };
  data.count++;
  clicks.set(element, data);
  return data.count;
}

// Only to show the collection in the output:
// WeakRefs to the element and to its data.
type Watched = [
  WeakRef<ElementLike>,
  WeakRef<ClickData>,
];
function showDialog(): Watched {
  const button: ElementLike = { id: 'save' };
  recordClick(button);
  const count = recordClick(button);
  console.log('clicks on #save:', count);
  const data = clicks.get(button)!;
  return [new WeakRef(button), new WeakRef(data)];
} // the dialog closes; its button is dropped

const [button, data] = showDialog();
await nextTask();
gc();
const gone = (ref: WeakRef<object>) =>
  ref.deref() === undefined;
console.log('#save collected:', gone(button));
console.log('its data collected:', gone(data));
// #endregion
