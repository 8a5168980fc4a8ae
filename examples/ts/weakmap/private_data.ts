const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const nextTask = () =>
  new Promise((resolve) => setTimeout(resolve, 0));

// #region main
// Data that belongs to an object but lives
// outside it, invisible to its users.
interface Ledger {
  balance: number;
}
const ledgers = new WeakMap<Account, Ledger>();

class Account {
  constructor(initial: number) {
    ledgers.set(this, { balance: initial });
  }

  deposit(amount: number): number {
    const ledger = ledgers.get(this)!;
    ledger.balance += amount;
    return ledger.balance;
  }
}

const account = new Account(10);
console.log('balance:', account.deposit(5));
// It has none:
console.log('own keys:', Object.keys(account));
// #endregion

// #region lifetime
// An entry cannot outlive its key. Watch both
// halves of one: a WeakRef on the key and a
// WeakRef on its value.
type Watched = [
  WeakRef<Account>,
  WeakRef<Ledger>,
];
function openTemporary(): Watched {
  const temporary = new Account(1);
  const ledger = ledgers.get(temporary)!;
  return [
    new WeakRef(temporary),
    new WeakRef(ledger),
  ];
} // now only the WeakRefs refer to either

const [key, value] = openTemporary();
// Let the kept list be cleared, then collect:
await nextTask();
gc();
const gone = (ref: WeakRef<object>) =>
  ref.deref() === undefined;
console.log('key collected:', gone(key));
console.log('value collected:', gone(value));
// #endregion
