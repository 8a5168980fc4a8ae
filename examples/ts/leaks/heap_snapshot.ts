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
function count(file: string, name: string) {
  const text = readFileSync(file, 'utf8');
  const { snapshot, nodes, strings } =
    JSON.parse(text);
  const { meta } = snapshot;
  const typeNames: string[] = meta.node_types[0];
  const fields: string[] = meta.node_fields;
  const width = fields.length;
  const type = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  let found = 0;
  for (let i = 0; i < nodes.length; i += width) {
    const kind = typeNames[nodes[i + type]];
    const nodeName = strings[nodes[i + nameAt]];
    if (kind === 'object' && nodeName === name) {
      found++;
    }
  }
  return found;
}

const before = writeHeapSnapshot(
  'before.heapsnapshot',
);
console.log('before:', count(before, 'Session'));
cache.clear(); // the fix
const after = writeHeapSnapshot(
  'after.heapsnapshot',
);
console.log('after:', count(after, 'Session'));
// #endregion
