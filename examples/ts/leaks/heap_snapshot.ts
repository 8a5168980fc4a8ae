// Writes two V8 heap snapshots into the run's
// temporary folder and counts the objects of one
// class in each.
// check: timeout=30
import { readFileSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';

// #region main
class Session {
  readonly user: string;
  constructor(user: string) {
    this.user = user;
  }
}

// The leak: never pruned.
const cache = new Map<number, Session>();
for (let i = 0; i < 500; i++) {
  cache.set(i, new Session(`u${i}`));
}

// A snapshot is JSON: one flat array of numbers
// for all nodes (a fixed number of fields each)
// and a string table.
function countInstances(file: string, name: string): number {
  const snapshot = JSON.parse(readFileSync(file, 'utf8'));
  const { node_fields, node_types } = snapshot.snapshot.meta;
  const typeNames: string[] = node_types[0];
  const width = node_fields.length;
  const [type, nameAt] = ['type', 'name'].map((f) =>
    node_fields.indexOf(f),
  );
  let count = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const kind = typeNames[snapshot.nodes[i + type]];
    const nodeName =
      snapshot.strings[snapshot.nodes[i + nameAt]];
    if (kind === 'object' && nodeName === name) count++;
  }
  return count;
}

const before = writeHeapSnapshot('before.heapsnapshot');
console.log('before:', countInstances(before, 'Session'));
cache.clear(); // the fix
const after = writeHeapSnapshot('after.heapsnapshot');
console.log('after:', countInstances(after, 'Session'));
// #endregion
