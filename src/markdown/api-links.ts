/**
 * Links the API names in the pages' prose to their reference entries: inline code such as `WeakValueDictionary`,
 * `weakref.finalize(obj, func)` or `deref()` becomes a link to /reference/…/#<name>. Names that mean different
 * things per language (`WeakSet`, `ReferenceError`) follow the page: JavaScript pages link the JavaScript entry.
 * Code inside links, headings and code blocks is left alone.
 */
import { API, entryHref, type ApiEntry } from '../reference/api.ts';
import { fileURLToPath } from 'node:url';
import { isElement, type HastElement, type HastNode, type SatteriHastPlugin } from './hast.ts';

const byId = new Map(API.map((entry) => [`${entry.language}:${entry.id}`, entry]));
const entry = (language: 'python' | 'js', id: string): ApiEntry => {
  const found = byId.get(`${language}:${id}`);
  if (!found) throw new Error(`api-links: no reference entry ${language}:${id}`);
  return found;
};

/** What an inline code text means, per language of the page; the first rule that matches wins. */
const RULES: [pattern: RegExp, python: string | null, js: string | null][] = [
  [/^weakref\.(ref|proxy|getweakrefcount|getweakrefs|WeakKeyDictionary|WeakValueDictionary|WeakSet|WeakMethod|finalize|ReferenceType|ProxyType|CallableProxyType|ProxyTypes|KeyedRef)\b(\(.*\))?$/, '$1', null],
  [/^(proxy|getweakrefcount|getweakrefs|WeakKeyDictionary|WeakValueDictionary|WeakMethod|finalize|ReferenceType|ProxyType|CallableProxyType|ProxyTypes|KeyedRef)(\(.*\))?$/, '$1', null],
  [/^(?:fin\.)?(detach|peek)\(\)$/, 'finalize.$1', null],
  [/^(?:\w+\.)?keyrefs\(\)$/, 'WeakKeyDictionary.keyrefs', null],
  [/^(?:\w+\.)?(?:iter)?valuerefs\(\)$/, 'WeakValueDictionary.valuerefs', null],
  [/^(?:fin\.)?(alive|atexit)$/, 'finalize.$1', null],
  [/^ReferenceError$/, 'ReferenceError', null],
  [/^WeakSet(\(.*\))?$/, 'WeakSet', 'WeakSet'],
  [/^(?:new )?(WeakRef|WeakMap|FinalizationRegistry)(\(.*\))?$/, '$1', '$1'],
  [/^(?:new )?WeakSet(\(.*\))?$/, null, 'WeakSet'],
  [/^(?:\w*\.)?deref\(\)$/, 'js:WeakRef.prototype.deref', 'WeakRef.prototype.deref'],
  [/^(?:\w*\.)?(register|unregister)\(.*\)$/, null, 'FinalizationRegistry.prototype.$1'],
];

/** The reference entry an inline code text names on a page of `language`, if any. */
export function apiFor(code: string, language: 'python' | 'js'): ApiEntry | undefined {
  for (const [pattern, python, js] of RULES) {
    const match = pattern.exec(code.trim());
    if (!match) continue;
    const target = language === 'python' ? python : js;
    if (target === null) return undefined;
    const id = code.trim().replace(pattern, target);
    if (id.startsWith('js:')) return entry('js', id.slice(3));
    // A JavaScript-only name on a Python page (WeakRef, WeakMap, FinalizationRegistry) links the JavaScript entry.
    return byId.get(`${language}:${id}`) ?? entry('js', id);
  }
  return undefined;
}

/** The language a page is about, from its file path. */
export function pageLanguage(path: string): 'python' | 'js' {
  return /\/docs\/(js\/|pitfalls\/javascript|reference\/javascript)/.test(path) ? 'js' : 'python';
}

const SKIP = new Set(['a', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface Context {
  fileURL: URL | undefined;
  parent(node: HastNode): HastNode | undefined;
  textContent(node: HastNode): string;
}

/** The link that replaces an inline code element naming an API, if it names one. */
export function linkFor(code: HastNode, text: string, ancestors: HastNode[], language: 'python' | 'js'): HastElement | undefined {
  if (ancestors.some((a) => isElement(a) && SKIP.has(a.tagName))) return undefined;
  const api = apiFor(text, language);
  if (!api) return undefined;
  return { type: 'element', tagName: 'a', properties: { href: entryHref(api), className: ['api-link'] }, children: [code] };
}

/** The Sätteri (Astro's Markdown processor) plugin. */
export function apiLinks(): SatteriHastPlugin {
  const plugin = {
    name: 'api-links',
    element: {
      filter: ['code'],
      visit(node: HastNode, ctx: Context) {
        const ancestors: HastNode[] = [];
        for (let at = ctx.parent(node); at; at = ctx.parent(at)) ancestors.push(at);
        const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
        return linkFor(node, ctx.textContent(node), ancestors, pageLanguage(path));
      },
    },
  };
  return plugin as unknown as SatteriHastPlugin;
}
