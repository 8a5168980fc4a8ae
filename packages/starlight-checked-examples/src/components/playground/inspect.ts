/**
 * Formats console.log arguments the way Node's util.inspect does for the values examples print (primitives,
 * arrays, plain objects, class instances, Maps, Sets, errors), so a browser run can be compared with Node's output.
 * Unlike Node, it never breaks a long object over several lines (Node does past about 72 characters).
 */
const isIdentifier = (key: string) => /^[A-Za-z_$][\w$]*$/.test(key);
/** Node's choice: single quotes, else double, else backticks, whichever the text does not contain. */
function quote(text: string): string {
  const mark = ["'", '"', '`'].find((q) => !text.includes(q)) ?? "'";
  const escaped = text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
  return mark + (mark === "'" ? escaped.replace(/'/g, "\\'") : escaped) + mark;
}

function braces(prefix: string, items: string[], open: string, close: string): string {
  if (items.length === 0) return `${prefix}${open}${close}`;
  return `${prefix}${open} ${items.join(', ')} ${close}`;
}

export function inspect(value: unknown, depth = 0, seen = new Set<unknown>()): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'function':
      if (/^class\b/.test(String(value))) return `[class ${value.name}]`;
      return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]';
  }
  if (value === null) return 'null';
  const object = value as object;
  if (seen.has(object)) return '[Circular *1]';
  if (object instanceof Error) return object.stack ?? `${object.name}: ${object.message}`;
  const name = object.constructor?.name;
  if (depth > 2) return Array.isArray(object) ? '[Array]' : `[${name ?? 'Object'}]`;
  seen.add(object);
  const inner = (v: unknown) => inspect(v, depth + 1, seen);
  try {
    if (Array.isArray(object)) return braces('', object.map(inner), '[', ']');
    if (object instanceof Map) {
      const items = [...object].map(([k, v]) => `${inner(k)} => ${inner(v)}`);
      return braces(`Map(${object.size}) `, items, '{', '}');
    }
    if (object instanceof Set) return braces(`Set(${object.size}) `, [...object].map(inner), '{', '}');
    if (object instanceof WeakMap || object instanceof WeakSet) return `${name} { <items unknown> }`;
    if (object instanceof WeakRef) return `WeakRef { ${inner(object.deref())} }`;
    if (object instanceof Promise) return 'Promise { <pending> }';
    const items = Object.entries(object).map(([k, v]) => `${isIdentifier(k) ? k : quote(k)}: ${inner(v)}`);
    const prefix = name === 'Object' ? '' : name ? `${name} ` : '[Object: null prototype] ';
    return braces(prefix, items, '{', '}');
  } finally {
    seen.delete(object);
  }
}

/** What console.log prints for its arguments: strings as they are, everything else inspected. */
export function formatLog(args: unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' ');
}
