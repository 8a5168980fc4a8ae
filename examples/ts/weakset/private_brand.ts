// #region main
// The modern brand check: `#field in obj` is true
// only for objects that a constructor of this
// class has initialised.
class Token {
  readonly #genuine = true;
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }

  static isGenuine(candidate: object): boolean {
    return #genuine in candidate;
  }
}

const real = new Token('abc');
// Same shape, not made by Token:
const fake = { value: 'abc' };
console.log('real:', Token.isGenuine(real));
console.log('fake:', Token.isGenuine(fake));
// #endregion
