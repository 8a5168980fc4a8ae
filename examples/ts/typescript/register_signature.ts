const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

const calls: string[] = [];
const named = (name: string) => (held: unknown) =>
  calls.push(`${name} got ${held}`);

// #region main
// TypeScript declares
// register(target, heldValue: T, token?): the
// held value is required, although JavaScript
// lets you leave it out (the callback then
// receives undefined).
const labels = new FinalizationRegistry<string>(
  named('labels'),
);
// Allowing undefined does not make it optional...
const maybe = new FinalizationRegistry<string | undefined>(
  named('maybe'),
);
// ...only a void held value may be left out.
const none = new FinalizationRegistry<void>(named('none'));

function registerWithoutHeldValues(): void {
  // Both calls fail the type check with TS2554:
  // "Expected 2-3 arguments, but got 1."
  // @ts-expect-error
  labels.register({});
  // @ts-expect-error
  maybe.register({});
  none.register({});
}
// #endregion

registerWithoutHeldValues();
await nextTask();
gc();
for (let i = 0; i < 3; i++) await nextTask();
// Callback order is not specified: print sorted.
console.log(calls.sort().join('\n'));
