/// <reference lib="dom" />
// Runs in a browser: the control for
// browser/removed_iframe.ts.

// #region main
const frame = document.createElement('iframe');
document.body.append(frame);
const inner = frame.contentWindow as unknown as
  typeof globalThis;
// After this, its document is not fully active.
frame.remove();

const ran: string[] = [];
inner.setTimeout(() => ran.push('iframe timer'), 0);
inner.queueMicrotask(() => ran.push('iframe microtask'));
setTimeout(() => ran.push('page timer'), 0);

await new Promise((resolve) => setTimeout(resolve, 50));
console.log('ran:', ran.join(', '));
// #endregion
