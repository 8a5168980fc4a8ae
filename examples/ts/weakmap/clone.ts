// check: not-on=quickjs (no structuredClone)
// #region main
// structuredClone and postMessage copy only the
// kinds of object the HTML standard lists. The
// weak ones are not among them.
const values: [string, unknown][] = [
  ['WeakMap', new WeakMap()],
  ['WeakSet', new WeakSet()],
  ['WeakRef', new WeakRef({})],
  ['FinalizationRegistry', new FinalizationRegistry(() => {})],
];
const { port1, port2 } = new MessageChannel();
const attempt = (copy: () => unknown) => {
  try {
    copy();
    return 'copied';
  } catch (error) {
    return (error as Error).name;
  }
};
for (const [name, value] of values) {
  const cloned = attempt(() => structuredClone(value));
  const sent = attempt(() => port1.postMessage(value));
  console.log(`${name}: ${cloned}, ${sent}`);
}
port1.close();
port2.close();
// #endregion
