/** The browser's console.log formatting (src/components/playground/inspect.ts) against Node's own util.inspect. */
import { inspect as nodeInspect, format } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatLog, inspect } from '../../src/components/playground/inspect.ts';

class User {
  name = 'ada';
  tags = ['a', 'b'];
}

const VALUES: unknown[] = [
  'text',
  "it's",
  'both \' and "',
  'line\nbreak',
  42,
  -0.5,
  10n,
  true,
  null,
  undefined,
  Symbol('s'),
  [],
  [1, 'two', [3]],
  {},
  { a: 1, 'b-c': 'x', nested: { deep: [null] } },
  new User(),
  new Map([['k', { v: 1 }]]),
  new Set([1, 2]),
  function named() {},
  () => 1,
  User,
  Object.create(null),
];

describe('inspect', () => {
  it.each(VALUES.map((value) => [nodeInspect(value), value]))('formats %s as Node does', (_, value) => {
    expect(inspect(value)).toBe(nodeInspect(value));
  });

  it('joins console.log arguments as Node does, strings unquoted at the top level', () => {
    const args = ['alive:', 'ada', 1, undefined, ['x'], { ok: true }];
    expect(formatLog(args)).toBe(format(...args));
  });

  it('tells a difference from Node apart (control case)', () => {
    expect(inspect({ a: 'x' })).not.toBe(nodeInspect({ a: 'y' }));
  });
});
