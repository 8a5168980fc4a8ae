/**
 * Every public name the reference pages document: one anchored entry each. The reference pages render these
 * (src/components/ApiEntry.astro), and the prose's inline code names link to them (src/markdown/api-links.ts).
 * Text fields may use `backticks` for code. Facts here come from the CPython documentation (docs.python.org/3/library/weakref.html)
 * and ECMA-262; where a program can show one, the entry's examples do.
 */
export type ApiLanguage = 'python' | 'js';

export interface ApiEntry {
  /** The anchor on its reference page: `/reference/python/#WeakValueDictionary`. */
  id: string;
  /** The heading. */
  name: string;
  language: ApiLanguage;
  kind: 'function' | 'class' | 'method' | 'attribute' | 'type' | 'exception' | 'constructor';
  signature: string;
  summary: string;
  params?: [name: string, description: string][];
  returns?: string;
  /** Exceptions (Python) or errors thrown (JavaScript), with when. */
  raises?: string[];
  /** "Added in 3.4", "Changed in 3.9: …". */
  versions: string[];
  /** Source text that marks an example as using this name. */
  usedBy: RegExp | RegExp[];
  /** The guide pages that explain it. */
  guides: [label: string, href: string][];
  /** JavaScript: the ECMA-262 section. */
  spec?: [label: string, href: string];
  /** JavaScript: the first versions that shipped it. */
  support?: string;
}

const ECMA = 'https://tc39.es/ecma262/';
const WEAKREF_SUPPORT = 'ES2021. Node.js 14.6, Chrome 84, Firefox 79, Safari 14.1.';
const WEAKMAP_SUPPORT = 'ES2015. Node.js 0.12, Chrome 36, Firefox 6, Safari 8. Non-registered symbols as keys: ES2023 (Node.js 20).';
const WEAKSET_SUPPORT = 'ES2015. Node.js 0.12, Chrome 36, Firefox 34, Safari 9. Non-registered symbols as members: ES2023 (Node.js 20).';
const WEAK_KEY = 'an object or a non-registered symbol (not a primitive, not a `Symbol.for()` symbol)';

export const PYTHON_API: ApiEntry[] = [
  {
    id: 'ref', name: 'ref', language: 'python', kind: 'class',
    signature: 'weakref.ref(object[, callback])',
    summary: 'A weak reference to `object`. Calling it returns the object while it is alive and `None` afterwards. Hashable if the object is; while both referents are alive, two references are equal when their objects are, afterwards only when they are the same reference. Can be subclassed.',
    params: [['object', 'Any object that supports weak references (see what can be weakly referenced).'], ['callback', 'Optional; called with the reference as its only argument when the object is about to be finalized, if the reference is still alive then.']],
    returns: 'A reference object (`weakref.ReferenceType`). Without a callback, an existing plain reference to the same object may be returned again.',
    raises: ['`TypeError` if `object` cannot be weakly referenced.'],
    versions: ['Added in 2.1.', 'Changed in 3.4: the `__callback__` attribute.'],
    usedBy: /weakref\.ref\(|(?<![.\w])ref\(\w/,
    guides: [['ref and callbacks', '/python/ref/'], ['What is a weak reference?', '/start/what-is-a-weak-reference/']],
  },
  {
    id: 'proxy', name: 'proxy', language: 'python', kind: 'function',
    signature: 'weakref.proxy(object[, callback])',
    summary: 'An object that forwards attribute access and operators to `object` without keeping it alive. Never hashable.',
    params: [['object', 'Any object that supports weak references.'], ['callback', 'Optional; called with the proxy when the object is about to be finalized.']],
    returns: 'A `ProxyType`, or a `CallableProxyType` if `object` is callable.',
    raises: ['`TypeError` if `object` cannot be weakly referenced.', '`ReferenceError` (the built-in) when the proxy is used after its object is gone.', '`TypeError` from `hash()` of a proxy.'],
    versions: ['Added in 2.1.', 'Changed in 3.8: proxies support the `@` and `@=` operators.'],
    usedBy: /weakref\.proxy\(|(?<![.\w])proxy\(\w/,
    guides: [['proxy', '/python/proxy/']],
  },
  {
    id: 'getweakrefcount', name: 'getweakrefcount', language: 'python', kind: 'function',
    signature: 'weakref.getweakrefcount(object)',
    summary: 'How many weak references and proxies refer to `object`.',
    params: [['object', 'Any object.']],
    returns: 'An `int`; 0 for an object that cannot be weakly referenced.',
    versions: ['Added in 2.1.'],
    usedBy: /getweakrefcount\(/,
    guides: [['Introspection and debugging', '/python/introspection-and-debugging/']],
  },
  {
    id: 'getweakrefs', name: 'getweakrefs', language: 'python', kind: 'function',
    signature: 'weakref.getweakrefs(object)',
    summary: 'The weak references and proxies that refer to `object`.',
    params: [['object', 'Any object.']],
    returns: 'A new `list`; empty for an object that cannot be weakly referenced.',
    versions: ['Added in 2.1.'],
    usedBy: /getweakrefs\(/,
    guides: [['Introspection and debugging', '/python/introspection-and-debugging/']],
  },
  {
    id: 'WeakKeyDictionary', name: 'WeakKeyDictionary', language: 'python', kind: 'class',
    signature: 'weakref.WeakKeyDictionary([dict])',
    summary: 'A mapping that holds its keys weakly: an entry disappears when its key dies. Keys are found by `==` and `hash()`, so an equal key finds the entry. Values are held strongly: a value that refers to its key keeps the entry forever. Extra method: `keyrefs()`.',
    params: [['dict', 'Optional mapping or iterable of pairs to start from.']],
    returns: 'A new, mutable mapping.',
    raises: ['`TypeError` when a key cannot be weakly referenced.', '`RuntimeError` if you add or remove entries while iterating over it, as with `dict` — before Python 3.14, which iterates over a copy (see iterating while entries die).'],
    versions: ['Added in 2.1.', 'Changed in 3.9: supports the `|` and `|=` operators (PEP 584).'],
    usedBy: /WeakKeyDictionary/,
    guides: [['Weak dictionaries', '/python/weak-dictionaries/'], ['Iterating while entries die', '/python/weak-dictionaries/#iterating-while-entries-die'], ['Per-object memoisation', '/recipes/per-object-memoization/']],
  },
  {
    id: 'WeakValueDictionary', name: 'WeakValueDictionary', language: 'python', kind: 'class',
    signature: 'weakref.WeakValueDictionary([dict])',
    summary: 'A mapping that holds its values weakly: an entry disappears when its value dies. Read with `get()` into a local variable, which keeps the value alive while you use it. Extra methods: `valuerefs()`, `itervaluerefs()`.',
    params: [['dict', 'Optional mapping or iterable of pairs to start from.']],
    returns: 'A new, mutable mapping.',
    raises: ['`TypeError` when a value cannot be weakly referenced.', '`KeyError` from `d[key]` when the value died since you last looked.', '`RuntimeError` if you add or remove entries while iterating over it — before Python 3.14, which iterates over a copy.'],
    versions: ['Added in 2.1.', 'Changed in 3.9: supports the `|` and `|=` operators (PEP 584).'],
    usedBy: /WeakValueDictionary/,
    guides: [['Weak dictionaries', '/python/weak-dictionaries/'], ['Caches and interning', '/python/caches/']],
  },
  {
    id: 'WeakSet', name: 'WeakSet', language: 'python', kind: 'class',
    signature: 'weakref.WeakSet([elements])',
    summary: 'A set that holds its members weakly: a member disappears when it dies. Can be iterated and counted.',
    params: [['elements', 'Optional iterable of members to start with.']],
    returns: 'A new, mutable set.',
    raises: ['`TypeError` when a member cannot be weakly referenced.'],
    versions: ['Added in 3.0 (and 2.7).'],
    usedBy: /WeakSet\(/,
    guides: [['WeakSet', '/python/weakset/'], ['Trees, graphs and cycles', '/python/trees-and-cycles/']],
  },
  {
    id: 'WeakMethod', name: 'WeakMethod', language: 'python', kind: 'class',
    signature: 'weakref.WeakMethod(method[, callback])',
    summary: 'A `ref` subclass for a bound method: it references the instance and the function weakly, and calling it rebuilds the bound method, or returns `None` once the instance is gone. A plain `ref` to a bound method is dead at once, because the bound method is a temporary object.',
    params: [['method', 'A bound method (`obj.method`).'], ['callback', 'Optional; called with the `WeakMethod` when the instance or the function is about to be finalized.']],
    returns: 'A `WeakMethod` reference.',
    raises: ['`TypeError` if `method` is not a bound method.'],
    versions: ['Added in 3.4.'],
    usedBy: /WeakMethod\(/,
    guides: [['WeakMethod and observers', '/python/weakmethod/'], ['Event bus', '/recipes/event-bus/']],
  },
  {
    id: 'finalize', name: 'finalize', language: 'python', kind: 'class',
    signature: 'weakref.finalize(obj, func, /, *args, **kwargs)',
    summary: 'Calls `func(*args, **kwargs)` once, when `obj` is collected or at interpreter exit, whichever comes first. The finalizer keeps itself alive until then. Nothing in `func`, `args` or `kwargs` may refer to `obj`, or it is never collected.',
    params: [['obj', 'The object to watch; must support weak references.'], ['func', 'The callable to run.'], ['*args, **kwargs', 'Passed to `func`; held strongly.']],
    returns: 'A callable `finalize` object (see its methods below).',
    raises: ['`TypeError` if `obj` cannot be weakly referenced.', 'An exception raised by `func` during collection is printed to `sys.stderr`, not raised.'],
    versions: ['Added in 3.4.'],
    usedBy: /finalize\(/,
    guides: [['finalize', '/python/finalize/']],
  },
  {
    id: 'finalize.__call__', name: 'finalize.__call__', language: 'python', kind: 'method',
    signature: 'fin()',
    summary: 'Runs the finalizer now if it is alive, and marks it dead.',
    returns: 'The result of `func(*args, **kwargs)`, or `None` if the finalizer was already dead.',
    versions: ['Added in 3.4.'],
    usedBy: /finalize\(/,
    guides: [['Calling early, detaching, peeking', '/python/finalize/#calling-early-detaching-peeking']],
  },
  {
    id: 'finalize.detach', name: 'finalize.detach', language: 'python', kind: 'method',
    signature: 'fin.detach()',
    summary: 'Unregisters the finalizer without calling it.',
    returns: '`(obj, func, args, kwargs)` if it was alive, else `None`.',
    versions: ['Added in 3.4.'],
    usedBy: /\.detach\(\)/,
    guides: [['Calling early, detaching, peeking', '/python/finalize/#calling-early-detaching-peeking']],
  },
  {
    id: 'finalize.peek', name: 'finalize.peek', language: 'python', kind: 'method',
    signature: 'fin.peek()',
    summary: 'Looks at the finalizer without changing it.',
    returns: '`(obj, func, args, kwargs)` if it is alive, else `None`.',
    versions: ['Added in 3.4.'],
    usedBy: /\.peek\(\)/,
    guides: [['Calling early, detaching, peeking', '/python/finalize/#calling-early-detaching-peeking']],
  },
  {
    id: 'finalize.alive', name: 'finalize.alive', language: 'python', kind: 'attribute',
    signature: 'fin.alive',
    summary: 'A read-only property: `True` until the finalizer has run or been detached.',
    versions: ['Added in 3.4.'],
    usedBy: /\.alive\b/,
    guides: [['finalize', '/python/finalize/']],
  },
  {
    id: 'finalize.atexit', name: 'finalize.atexit', language: 'python', kind: 'attribute',
    signature: 'fin.atexit',
    summary: 'A writable flag, `True` by default: whether the finalizer runs at interpreter exit if it is still alive then.',
    versions: ['Added in 3.4.'],
    usedBy: /\.atexit\b/,
    guides: [['At interpreter exit', '/python/finalize/#at-interpreter-exit']],
  },
  {
    id: 'ReferenceType', name: 'ReferenceType', language: 'python', kind: 'type',
    signature: 'weakref.ReferenceType',
    summary: 'The type of weak reference objects: `weakref.ref` itself (`weakref.ReferenceType is weakref.ref`).',
    versions: ['Added in 2.1.'],
    usedBy: /ReferenceType/,
    guides: [['Subclassing ref', '/python/ref/#subclassing-ref']],
  },
  {
    id: 'ProxyType', name: 'ProxyType', language: 'python', kind: 'type',
    signature: 'weakref.ProxyType',
    summary: 'The type of proxies to objects that are not callable.',
    versions: ['Added in 2.1.'],
    usedBy: /\bProxyType\b/,
    guides: [['proxy', '/python/proxy/']],
  },
  {
    id: 'CallableProxyType', name: 'CallableProxyType', language: 'python', kind: 'type',
    signature: 'weakref.CallableProxyType',
    summary: 'The type of proxies to callable objects.',
    versions: ['Added in 2.1.'],
    usedBy: /CallableProxyType/,
    guides: [['Callable proxies and hashing', '/python/proxy/#callable-proxies-and-hashing']],
  },
  {
    id: 'ProxyTypes', name: 'ProxyTypes', language: 'python', kind: 'type',
    signature: 'weakref.ProxyTypes',
    summary: 'A tuple of both proxy types, for `isinstance(x, weakref.ProxyTypes)`.',
    versions: ['Added in 2.1.'],
    usedBy: /ProxyTypes/,
    guides: [['Callable proxies and hashing', '/python/proxy/#callable-proxies-and-hashing']],
  },
  {
    id: 'KeyedRef', name: 'KeyedRef', language: 'python', kind: 'class',
    signature: 'weakref.KeyedRef(ob, callback, key)',
    summary: 'A `ref` subclass with a `key` attribute. `WeakValueDictionary` stores its values in these, so the callback knows which entry to remove. Documented, but not listed in `weakref.__all__`.',
    params: [['ob', 'The referent.'], ['callback', 'Called with the reference when `ob` is about to be finalized (required; may be `None`).'], ['key', 'Any value, kept as the `key` attribute.']],
    returns: 'A reference whose `key` attribute is `key`.',
    raises: ['`TypeError` if `ob` cannot be weakly referenced.'],
    versions: ['Added in 2.5.'],
    usedBy: /KeyedRef/,
    guides: [['The reference page example', '/reference/python/#KeyedRef']],
  },
  {
    id: 'ReferenceError', name: 'ReferenceError', language: 'python', kind: 'exception',
    signature: 'ReferenceError (built-in)',
    summary: 'Raised when a proxy is used after its object is gone. It is a built-in exception, not a name of the `weakref` module: catch it as `ReferenceError`; `weakref.ReferenceError` raises `AttributeError` (the example below).',
    versions: ['Built-in since 2.2.'],
    usedBy: /\bReferenceError\b/,
    guides: [['proxy', '/python/proxy/']],
  },
];

export const JS_API: ApiEntry[] = [
  {
    id: 'WeakRef', name: 'WeakRef', language: 'js', kind: 'constructor',
    signature: 'new WeakRef(target)',
    summary: 'A weak reference to `target`. Creating it also puts the target on the kept-alive list, which the host clears (ClearKeptObjects) only when a synchronous run of code completes: in Node.js and browsers, once the microtask queue has drained. So a new reference is never empty within the code that made it, even across awaits of settled promises.',
    params: [['target', `The referent: ${WEAK_KEY}.`]],
    returns: 'A `WeakRef`. Calling `WeakRef` without `new` throws.',
    raises: ['`TypeError` if `target` is a primitive or a `Symbol.for()` symbol.'],
    versions: ['ES2021.'],
    usedBy: /new WeakRef\b/,
    guides: [['WeakRef and deref()', '/js/weakref/']],
    spec: ['WeakRef Objects', `${ECMA}#sec-weak-ref-objects`],
    support: WEAKREF_SUPPORT,
  },
  {
    id: 'WeakRef.prototype.deref', name: 'WeakRef.prototype.deref', language: 'js', kind: 'method',
    signature: 'ref.deref()',
    summary: 'The target, or `undefined` once it has been collected. A successful `deref()` puts the target on the kept-alive list, so two calls agree until the host clears that list (in Node.js and browsers, when the microtask queue has drained); after a timer or other macrotask they may not.',
    returns: 'The target or `undefined`.',
    versions: ['ES2021.'],
    usedBy: /\.deref\(\)/,
    guides: [['Always check deref()', '/js/weakref/#always-check-deref'], ['Kept alive until the microtask queue drains', '/js/weakref/#kept-alive-until-the-microtask-queue-drains']],
    spec: ['WeakRef.prototype.deref()', `${ECMA}#sec-weak-ref.prototype.deref`],
    support: WEAKREF_SUPPORT,
  },
  {
    id: 'WeakMap', name: 'WeakMap', language: 'js', kind: 'constructor',
    signature: 'new WeakMap([entries])',
    summary: 'A map whose keys are held weakly and compared by identity. An entry lives as long as its key. No `size`, no iteration: a program cannot observe when an entry goes.',
    params: [['entries', 'Optional iterable of `[key, value]` pairs.']],
    returns: 'A new `WeakMap`.',
    raises: ['`TypeError` if an initial key is not a valid key.'],
    versions: ['ES2015.', 'ES2023: non-registered symbols as keys.'],
    usedBy: /new WeakMap\b/,
    guides: [['WeakMap', '/js/weakmap/']],
    spec: ['WeakMap Objects', `${ECMA}#sec-weakmap-objects`],
    support: WEAKMAP_SUPPORT,
  },
  {
    id: 'WeakMap.prototype.set', name: 'WeakMap.prototype.set', language: 'js', kind: 'method',
    signature: 'map.set(key, value)',
    summary: 'Adds or replaces the entry for `key`. The value is held strongly, as long as the key lives.',
    params: [['key', WEAK_KEY[0]!.toUpperCase() + WEAK_KEY.slice(1) + '.'], ['value', 'Anything.']],
    returns: 'The map (calls can be chained).',
    raises: ['`TypeError` if `key` is a primitive or a `Symbol.for()` symbol.'],
    versions: ['ES2015.', 'ES2023: non-registered symbols as keys.'],
    usedBy: [/new WeakMap\b/, /\.set\(/],
    guides: [['Keys must be objects', '/js/weakmap/#keys-must-be-objects']],
    spec: ['WeakMap.prototype.set', `${ECMA}#sec-weakmap.prototype.set`],
    support: WEAKMAP_SUPPORT,
  },
  {
    id: 'WeakMap.prototype.get', name: 'WeakMap.prototype.get', language: 'js', kind: 'method',
    signature: 'map.get(key)',
    summary: 'The value stored for `key`.',
    returns: 'The value, or `undefined` if there is none (also for a key that could never be stored).',
    versions: ['ES2015.'],
    usedBy: [/new WeakMap\b/, /\.get\(/],
    guides: [['Private data and metadata', '/js/weakmap/#private-data-and-metadata']],
    spec: ['WeakMap.prototype.get', `${ECMA}#sec-weakmap.prototype.get`],
    support: WEAKMAP_SUPPORT,
  },
  {
    id: 'WeakMap.prototype.has', name: 'WeakMap.prototype.has', language: 'js', kind: 'method',
    signature: 'map.has(key)',
    summary: 'Whether an entry for `key` exists.',
    returns: '`true` or `false` (`false` for a primitive, without throwing).',
    versions: ['ES2015.'],
    usedBy: [/new WeakMap\b/, /\.has\(/],
    guides: [['No size, no iteration', '/js/weakmap/#no-size-no-iteration']],
    spec: ['WeakMap.prototype.has', `${ECMA}#sec-weakmap.prototype.has`],
    support: WEAKMAP_SUPPORT,
  },
  {
    id: 'WeakMap.prototype.delete', name: 'WeakMap.prototype.delete', language: 'js', kind: 'method',
    signature: 'map.delete(key)',
    summary: 'Removes the entry for `key`.',
    returns: 'Whether there was one.',
    versions: ['ES2015.'],
    usedBy: [/new WeakMap\b/, /\.delete\(/],
    guides: [['No size, no iteration', '/js/weakmap/#no-size-no-iteration']],
    spec: ['WeakMap.prototype.delete', `${ECMA}#sec-weakmap.prototype.delete`],
    support: WEAKMAP_SUPPORT,
  },
  {
    id: 'WeakSet', name: 'WeakSet', language: 'js', kind: 'constructor',
    signature: 'new WeakSet([values])',
    summary: 'A set of weakly held members, compared by identity. Answers only `has()`: no size, no iteration.',
    params: [['values', 'Optional iterable of members.']],
    returns: 'A new `WeakSet`.',
    raises: ['`TypeError` if an initial member is not a valid member.'],
    versions: ['ES2015.', 'ES2023: non-registered symbols as members.'],
    usedBy: /new WeakSet\b/,
    guides: [['WeakSet', '/js/weakset/']],
    spec: ['WeakSet Objects', `${ECMA}#sec-weakset-objects`],
    support: WEAKSET_SUPPORT,
  },
  {
    id: 'WeakSet.prototype.add', name: 'WeakSet.prototype.add', language: 'js', kind: 'method',
    signature: 'set.add(value)',
    summary: 'Adds `value`.',
    params: [['value', WEAK_KEY[0]!.toUpperCase() + WEAK_KEY.slice(1) + '.']],
    returns: 'The set.',
    raises: ['`TypeError` if `value` is a primitive or a `Symbol.for()` symbol.'],
    versions: ['ES2015.'],
    usedBy: [/new WeakSet\b/, /\.add\(/],
    guides: [['Branding', '/js/weakset/#branding']],
    spec: ['WeakSet.prototype.add', `${ECMA}#sec-weakset.prototype.add`],
    support: WEAKSET_SUPPORT,
  },
  {
    id: 'WeakSet.prototype.has', name: 'WeakSet.prototype.has', language: 'js', kind: 'method',
    signature: 'set.has(value)',
    summary: 'Whether `value` is a member.',
    returns: '`true` or `false`.',
    versions: ['ES2015.'],
    usedBy: [/new WeakSet\b/, /\.has\(/],
    guides: [['Branding', '/js/weakset/#branding'], ['Visited sets', '/js/weakset/#visited-sets']],
    spec: ['WeakSet.prototype.has', `${ECMA}#sec-weakset.prototype.has`],
    support: WEAKSET_SUPPORT,
  },
  {
    id: 'WeakSet.prototype.delete', name: 'WeakSet.prototype.delete', language: 'js', kind: 'method',
    signature: 'set.delete(value)',
    summary: 'Removes `value`.',
    returns: 'Whether it was a member.',
    versions: ['ES2015.'],
    usedBy: [/new WeakSet\b/, /\.delete\(/],
    guides: [['A set of objects, side by side', '/js/python-and-javascript/#a-set-of-objects']],
    spec: ['WeakSet.prototype.delete', `${ECMA}#sec-weakset.prototype.delete`],
    support: WEAKSET_SUPPORT,
  },
  {
    id: 'FinalizationRegistry', name: 'FinalizationRegistry', language: 'js', kind: 'constructor',
    signature: 'new FinalizationRegistry(callback)',
    summary: '`callback(heldValue)` runs in a later task, some time after a registered target has been collected — or never (for example when the page closes or the process exits). Never rely on it for correctness.',
    params: [['callback', 'A function that receives the held value of a collected target.']],
    returns: 'A new `FinalizationRegistry`.',
    raises: ['`TypeError` if `callback` is not callable.'],
    versions: ['ES2021.'],
    usedBy: /new FinalizationRegistry\b/,
    guides: [['FinalizationRegistry', '/js/finalization-registry/']],
    spec: ['FinalizationRegistry Objects', `${ECMA}#sec-finalization-registry-objects`],
    support: WEAKREF_SUPPORT,
  },
  {
    id: 'FinalizationRegistry.prototype.register', name: 'FinalizationRegistry.prototype.register', language: 'js', kind: 'method',
    signature: 'registry.register(target, heldValue[, unregisterToken])',
    summary: 'Watches `target`. The held value is held strongly, so it must not be or refer to the target; the token is held weakly, and the target itself is a common token.',
    params: [['target', `${WEAK_KEY[0]!.toUpperCase() + WEAK_KEY.slice(1)}.`], ['heldValue', 'Anything except the target itself; passed to the callback.'], ['unregisterToken', `Optional: ${WEAK_KEY}; \`undefined\` means "cannot be unregistered".`]],
    returns: '`undefined`.',
    raises: ['`TypeError` if `target` or a given `unregisterToken` is a primitive (such as the string `\'str\'`) or a `Symbol.for()` symbol.', '`TypeError` if `heldValue` is `target`.'],
    versions: ['ES2021.', 'ES2023: non-registered symbols as targets and tokens.'],
    usedBy: /\.register\(/,
    guides: [['FinalizationRegistry', '/js/finalization-registry/'], ['A typed weak-value cache', '/js/weak-value-cache/']],
    spec: ['FinalizationRegistry.prototype.register', `${ECMA}#sec-finalization-registry.prototype.register`],
    support: WEAKREF_SUPPORT,
  },
  {
    id: 'FinalizationRegistry.prototype.unregister', name: 'FinalizationRegistry.prototype.unregister', language: 'js', kind: 'method',
    signature: 'registry.unregister(unregisterToken)',
    summary: 'Removes every registration made with `unregisterToken`.',
    params: [['unregisterToken', `${WEAK_KEY[0]!.toUpperCase() + WEAK_KEY.slice(1)}.`]],
    returns: 'Whether at least one registration was removed.',
    raises: ['`TypeError` if the token is a primitive or a `Symbol.for()` symbol.'],
    versions: ['ES2021.'],
    usedBy: /\.unregister\(/,
    guides: [['FinalizationRegistry', '/js/finalization-registry/'], ['Cleanup, side by side', '/js/python-and-javascript/#cleanup-after-collection']],
    spec: ['FinalizationRegistry.prototype.unregister', `${ECMA}#sec-finalization-registry.prototype.unregister`],
    support: WEAKREF_SUPPORT,
  },
];

export const API: ApiEntry[] = [...PYTHON_API, ...JS_API];

/** The URL of an entry: `/reference/python/#WeakSet`. */
export function entryHref(entry: ApiEntry): string {
  return `/reference/${entry.language === 'python' ? 'python' : 'javascript'}/#${entry.id}`;
}
