// A `console` for engines whose own one prints differently from Node's (a browser's DevTools previews) or that
// have none (QuickJS). Evaluated inside the engine before the example, as a script that is handed a `write(stream,
// text)` function; it formats values the way Node's util.inspect does for what examples print (primitives,
// arrays, plain and class objects, Map, Set, the weak collections, functions, errors), so an output that differs
// from Node's differs in substance, not in formatting. Plain JavaScript: the engines load it as text.
(write) => {
  const MAX_DEPTH = 2;
  const BREAK_AT = 72;
  const identifier = /^[A-Za-z_$][\w$]*$/;
  const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  const key = (k) => (typeof k === 'symbol' ? `[${String(k)}]` : identifier.test(k) ? k : quote(k));
  const braces = (prefix, open, items, close, indent) => {
    if (items.length === 0) return `${prefix}${open}${close}`;
    const flat = `${prefix}${open} ${items.join(', ')} ${close}`;
    if (flat.length + indent <= BREAK_AT && !items.some((item) => item.includes('\n'))) return flat;
    const pad = ' '.repeat(indent + 2);
    return `${prefix}${open}\n${items.map((item) => pad + item).join(',\n')}\n${' '.repeat(indent)}${close}`;
  };
  const className = (value) => {
    const proto = Object.getPrototypeOf(value);
    if (proto === null) return '[Object: null prototype]';
    const name = proto.constructor && proto.constructor.name;
    return typeof name === 'string' ? name : 'Object';
  };
  const inspect = (value, depth, indent, seen) => {
    switch (typeof value) {
      case 'string':
        return quote(value);
      case 'number':
        return Object.is(value, -0) ? '-0' : String(value);
      case 'bigint':
        return `${value}n`;
      case 'symbol':
        return value.toString();
      case 'undefined':
        return 'undefined';
      case 'boolean':
        return String(value);
      case 'function': {
        if (/^class\b/.test(Function.prototype.toString.call(value))) return `[class ${value.name || '(anonymous)'}]`;
        return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]';
      }
    }
    if (value === null) return 'null';
    if (seen.includes(value)) return '[Circular *1]';
    if (value instanceof Error) return value.stack ? `${value.name}: ${value.message}\n${value.stack.replace(/\n$/, '')}` : String(value);
    const name = className(value);
    if (value instanceof WeakMap || value instanceof WeakSet) return `${name} { <items unknown> }`;
    if (typeof WeakRef === 'function' && value instanceof WeakRef) {
      const target = value.deref();
      return target === undefined ? `${name} { <cleared> }` : `${name} { ${inspect(target, depth + 1, indent, seen)} }`;
    }
    if (depth > MAX_DEPTH) return Array.isArray(value) ? '[Array]' : `[${name}]`;
    const inner = seen.concat([value]);
    const show = (v) => inspect(v, depth + 1, indent + 2, inner);
    if (Array.isArray(value)) return braces(name === 'Array' ? '' : `${name}(${value.length}) `, '[', value.map(show), ']', indent);
    if (value instanceof Map) return braces(`${name}(${value.size}) `, '{', [...value].map(([k, v]) => `${show(k)} => ${show(v)}`), '}', indent);
    if (value instanceof Set) return braces(`${name}(${value.size}) `, '{', [...value].map(show), '}', indent);
    if (value instanceof Promise) return `${name} { <unknown> }`;
    const entries = Reflect.ownKeys(value)
      .filter((k) => Object.prototype.propertyIsEnumerable.call(value, k))
      .map((k) => `${key(k)}: ${show(value[k])}`);
    return braces(name === 'Object' ? '' : `${name} `, '{', entries, '}', indent);
  };
  const format = (args) => {
    let rest = args;
    let head = '';
    if (typeof args[0] === 'string' && /%[sdifoOj%]/.test(args[0])) {
      let i = 1;
      head = args[0].replace(/%([sdifoOj%])/g, (match, spec) => {
        if (spec === '%') return '%';
        if (i >= args.length) return match;
        const arg = args[i++];
        if (spec === 's') return typeof arg === 'string' ? arg : inspect(arg, MAX_DEPTH, 0, []);
        if (spec === 'd' || spec === 'i') return String(spec === 'i' ? parseInt(arg, 10) : Number(arg));
        if (spec === 'f') return String(parseFloat(arg));
        if (spec === 'j') return JSON.stringify(arg);
        return inspect(arg, 0, 0, []);
      });
      rest = args.slice(i);
      return [head, ...rest.map((a) => (typeof a === 'string' ? a : inspect(a, 0, 0, [])))].join(' ');
    }
    return rest.map((a) => (typeof a === 'string' ? a : inspect(a, 0, 0, []))).join(' ');
  };
  const out = (...args) => write('stdout', format(args));
  const err = (...args) => write('stderr', format(args));
  globalThis.console = { log: out, info: out, debug: out, warn: err, error: err, trace: err };
};
