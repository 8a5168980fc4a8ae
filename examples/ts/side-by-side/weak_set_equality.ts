// The TypeScript half of a pair; the Python half:
// ../../python/side-by-side/weak_set_equality.py
class Tag {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  // An equals() method changes nothing:
  // JavaScript collections never call it.
  equals(other: Tag): boolean {
    return other.name === this.name;
  }
}

// #region main
const seen = new WeakSet<Tag>();
const first = new Tag('urgent');
seen.add(first);

// A different, "equal" object:
const copy = new Tag('urgent');
console.log('same object:', seen.has(first));
// By identity only:
console.log('equal object:', seen.has(copy));
// #endregion
