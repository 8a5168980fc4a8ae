const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

interface User {
  name: string;
}

// #region main
function greeting(ref: WeakRef<User>): string {
  // Dereference once, into a local:
  const user = ref.deref();
  if (user === undefined) return 'nobody is there';
  // From here on, `user` is a User, kept alive:
  return `hello, ${user.name}`;
}

// Used again at the end:
const ada: User = { name: 'ada' };
let temporary: User | undefined = { name: 'temporary' };
const adaRef = new WeakRef(ada);
const temporaryRef = new WeakRef(temporary);
temporary = undefined;

await new Promise((resolve) => setTimeout(resolve, 0));
gc();
console.log(greeting(adaRef));
console.log(greeting(temporaryRef));

try {
  // Strict TypeScript rejects an unchecked use
  // (the directive proves it) with TS2532:
  // "Object is possibly 'undefined'." ...
  // @ts-expect-error
  console.log(temporaryRef.deref().name);
} catch (error) {
  // ... because at run time it fails once the
  // target is gone.
  const { name, message } = error as Error;
  console.log(`${name}: ${message}`);
}
console.log('still in use:', ada.name);
// #endregion
