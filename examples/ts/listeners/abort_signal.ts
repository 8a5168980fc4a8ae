// check: not-on=quickjs (no AbortController)
// Removing listeners explicitly: one
// AbortController per owner.

// #region main
const bus = new EventTarget();
const log = (text: string) => () =>
  console.log(text);
// The view's listeners share one signal...
const view = new AbortController();
const options = { signal: view.signal };
const onSaved = log('view: saved');
const onClosed = log('view: closed');
bus.addEventListener('saved', onSaved, options);
bus.addEventListener('closed', onClosed, options);

bus.dispatchEvent(new Event('saved'));
view.abort(); // ...so one call removes them all
bus.dispatchEvent(new Event('saved'));
bus.dispatchEvent(new Event('closed'));
console.log('after abort(): nothing more was delivered');
// #endregion
