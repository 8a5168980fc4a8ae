import { describe, expect, it } from 'vitest';
import { callsGc, explainDifference, isChromiumFamily } from '../../src/components/playground/explain.ts';

const CHROMIUM = 'Chromium 156.0.8078.114 (V8)';
const NODE = { label: 'Node 24.21.0 (V8 13.6.233.17)', stdout: 'getOrInsert: false\n' };
const base = { reference: CHROMIUM, others: [NODE], browser: 'Chrome 156', edited: false };

describe('why a TypeScript run in the browser differs from the verified output', () => {
  it("names another engine when the run printed that engine's verified output, not collection", () => {
    const { text, collection } = explainDifference({ ...base, stdout: 'getOrInsert: false\n', source: "console.log('getOrInsert:', 'getOrInsert' in WeakMap.prototype);" });
    expect(text).toContain(`which is what ${NODE.label} printed in the check`);
    expect(text).toContain("the difference is the engine's, not garbage collection's");
    expect(collection).toBe(false);
  });

  it('blames the gc() stand-in only where the program calls gc()', () => {
    const withGc = explainDifference({ ...base, stdout: 'alive\n', source: 'const gc = globalThis.gc!;\ngc();' });
    expect(withGc.text).toContain('the gc() here is a stand-in');
    expect(withGc.collection).toBe(true);
    const without = explainDifference({ ...base, stdout: 'alive\n', source: 'console.log("alive");' });
    expect(without.text).toContain("The program does not call gc(), so the browser's gc() stand-in is not the cause");
    expect(without.collection).toBe(false);
  });

  it('points at the edits of an edited program, and names the reference engine outside Chromium', () => {
    const edited = explainDifference({ ...base, edited: true, stdout: 'mine\n', source: 'console.log("mine");' });
    expect(edited.text).toContain('your edits are the likely cause');
    const firefox = explainDifference({ ...base, browser: 'Firefox 141', stdout: 'x\n', source: 'gc();' });
    expect(firefox.text).toContain("No output was verified on Firefox 141's engine; the reference is Chromium's.");
    expect(explainDifference({ ...base, stdout: 'x\n', source: 'gc();' }).text).not.toContain('No output was verified');
  });

  it('tells the Chromium family and gc() calls apart', () => {
    expect(['Chrome 156', 'Edge 141', 'Firefox 141', 'Safari 18'].map(isChromiumFamily)).toEqual([true, true, false, false]);
    expect(['gc();', 'gc?.();', "gc({ type: 'minor' });", 'const gc = globalThis.gc;', 'console.log(rgc())'].map(callsGc)).toEqual([true, true, true, false, false]);
  });
});
