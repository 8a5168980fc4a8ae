// #region main
// A brand check that cannot be forged: only
// objects made by the class are in the set.
const genuine = new WeakSet<object>();

class Token {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
    genuine.add(this);
  }

  static isGenuine(candidate: object): boolean {
    return genuine.has(candidate);
  }
}

const real = new Token('abc');
// Same shape, not made by Token:
const fake = { value: 'abc' };
console.log('real:', Token.isGenuine(real));
console.log('fake:', Token.isGenuine(fake));
// #endregion
