import { describe, expect, it } from 'vitest';
import { missingHostApis, needsBrowser, needsNode } from '../../src/engine/runtimes/host-apis.ts';

describe('programs that need Node.js (no Run button in the browser)', () => {
  it("finds Node's modules and globals", () => {
    expect(needsNode("import { spawnSync } from 'node:child_process';")).toBe(true);
    expect(needsNode("const v8 = await import('node:v8');")).toBe(true);
    expect(needsNode("process.on('exit', () => {});")).toBe(true);
    expect(needsNode('await new Promise((r) => process.nextTick(r));')).toBe(true);
    expect(needsNode("Buffer.from('x');")).toBe(true);
  });

  it('lets a browser run the rest, whatever the comments mention', () => {
    expect(needsNode('const ref = new WeakRef({});\nconsole.log(ref.deref() !== undefined);')).toBe(false);
    expect(needsNode('// Node runs process.nextTick callbacks after microtasks\nawait Promise.resolve();')).toBe(false);
    expect(needsNode('/* see node:v8 */ const processed = 1;')).toBe(false);
  });
});

describe('programs that need a browser (run only on Chromium)', () => {
  it("finds the page's document and window", () => {
    expect(needsBrowser("const button = document.createElement('button');")).toBe(true);
    expect(needsBrowser("window.addEventListener('error', () => {});")).toBe(true);
  });

  it('lets feature tests and comments through', () => {
    expect(needsBrowser("console.log(typeof document);")).toBe(false);
    expect(needsBrowser('// in a browser, window.gc is the same function\ngc();')).toBe(false);
  });
});

describe('why a runtime cannot run a program (missingHostApis)', () => {
  const node = "import { spawnSync } from 'node:child_process';";
  const page = "document.body.append('x');";
  it('names the host APIs a runtime lacks', () => {
    expect(missingHostApis(page, 'node')).toBe("uses the browser's document or window");
    expect(missingHostApis(node, 'browser')).toBe('uses Node.js APIs');
    expect(missingHostApis(node, 'bare')).toBe('uses Node.js APIs');
    expect(missingHostApis(page, 'bare')).toBe("uses the browser's document or window");
  });
  it('lets each host run what it has', () => {
    expect(missingHostApis(node, 'node')).toBeUndefined();
    expect(missingHostApis(page, 'browser')).toBeUndefined();
    expect(missingHostApis('console.log(1);', 'bare')).toBeUndefined();
  });
});
