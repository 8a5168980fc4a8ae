// A leak test with Node.js's test runner. The
// file runs twice: as the test file, in a child
// that node:test starts, and as the runner, which
// prints one line per test, without timings.
// check: not-on=bun (execArgv breaks node:test)
import assert from 'node:assert/strict';
import { run, test } from 'node:test';

// #region helper
// Fails the test if `make()`'s object is still
// reachable once the test has dropped it.
async function assertCollected(
  make: () => object,
): Promise<void> {
  // Only the WeakRef holds it:
  const ref = new WeakRef(make());
  await new Promise((resolve) =>
    setTimeout(resolve, 0),
  );
  globalThis.gc!(); // needs --expose-gc
  assert.equal(
    ref.deref(),
    undefined,
    'still reachable',
  );
}
// #endregion

// #region tests
class Session {
  // The leak: never pruned.
  static open: Session[] = [];
  constructor() {
    Session.open.push(this);
  }
}
class FixedSession {}

if (process.env.NODE_TEST_CONTEXT) {
  test('Session is collected', () =>
    assertCollected(() => new Session()));
  test('FixedSession is collected', () =>
    assertCollected(() => new FixedSession()));
}
// #endregion

// #region runner
if (!process.env.NODE_TEST_CONTEXT) {
  const tests = run({
    files: [import.meta.filename],
    execArgv: process.execArgv, // for --expose-gc
  });
  for await (const { type, data } of tests) {
    if (type === 'test:pass') {
      console.log('ok', data.name);
    }
    if (type === 'test:fail') {
      // Our error is the cause of the runner's.
      const { cause } = data.details.error as {
        cause?: Error;
      };
      const message = String(cause?.message);
      const [reason] = message.split('\n');
      console.log('not ok', data.name, '-', reason);
    }
  }
}
// #endregion
