// #region main
class Token {
  readonly #genuine = true;

  // Throws a TypeError when `candidate` is not
  // an object.
  static isGenuineUnsafe(
    candidate: object,
  ): boolean {
    return #genuine in candidate;
  }

  // Input from outside: check it is an object.
  static isGenuine(candidate: unknown): boolean {
    const isObject =
      (typeof candidate === 'object' &&
        candidate !== null) ||
      typeof candidate === 'function';
    return isObject && #genuine in candidate;
  }
}

const brand = new WeakSet<object>();
// JSON.parse returns `any`: no type error here.
for (const json of ['1', 'null']) {
  const input = JSON.parse(json);
  const has = brand.has(input);
  console.log(`${input}: WeakSet has:`, has);
  try {
    const result = Token.isGenuineUnsafe(input);
    console.log(`${input}: #genuine in:`, result);
  } catch (error) {
    const { name } = error as Error;
    console.log(
      `${input}: #genuine in threw`,
      name,
    );
  }
  const guarded = Token.isGenuine(input);
  console.log(`${input}: guarded:`, guarded);
}
// #endregion
