const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// #region main
// Data that belongs to an object but lives outside it, invisible
// to its users.
const balances = new WeakMap<Account, number>();

class Account {
  constructor(initial: number) {
    balances.set(this, initial);
  }

  deposit(amount: number): number {
    const next = (balances.get(this) ?? 0) + amount;
    balances.set(this, next);
    return next;
  }
}

const account = new Account(10);
console.log('balance:', account.deposit(5));
console.log('own keys:', Object.keys(account)); // nothing to see
// #endregion

// #region lifetime
// The entry lives exactly as long as its key: watch it with a
// FinalizationRegistry.
const registry = new FinalizationRegistry<string>((held) =>
  console.log('collected:', held),
);
function openTemporary(): void {
  const temporary = new Account(1);
  registry.register(temporary, 'temporary account');
} // from here on, neither the account nor its entry is reachable

openTemporary();
await nextTask();
gc();
await nextTask(); // cleanup callbacks run in a later task
// #endregion
