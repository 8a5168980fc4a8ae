// #region main
// The three methods of WeakSet, and what each
// does with a value that can never be a member.
const a = {};
const b = {};
// The constructor takes an iterable of members;
// add() returns the set, and adding a member
// twice changes nothing.
const set = new WeakSet<object>([a]);
set.add(b).add(b);
console.log(
  'has(a):', set.has(a),
  '| has({}):', set.has({}),
);
console.log(
  'delete(b):', set.delete(b), set.delete(b),
);
console.log('has(b):', set.has(b));

// A primitive can never be a member. add() and
// the constructor throw; has() and delete() just
// answer false.
const loose = set as WeakSet<WeakKey>;
const text = 'a' as unknown as WeakKey;
console.log('has:', loose.has(text));
console.log('delete:', loose.delete(text));
for (const attempt of [
  () => loose.add(text),
  () => new WeakSet([text]),
]) {
  try {
    attempt();
  } catch (error) {
    console.log('threw:', (error as Error).name);
  }
}
// #endregion
