/**
 * Type hovers are found once per version of the examples: a build renders each page three times (the page,
 * /llms-full.txt, /llms-small.txt), and finding the hovers of every TypeScript example took 4–5 s a pass. An edited
 * example (in `astro dev`) gets new hovers.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { typeHovers } from '../../src/expressive-code/type-hovers/type-info.ts';

const dir = mkdtempSync(join(tmpdir(), 'hover-memo-'));
const file = join(dir, 'a.ts');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('finds the hovers of an unchanged example once, and again once it changes', () => {
  writeFileSync(file, 'const count = 1;\nconsole.log(count);\n');
  const first = typeHovers(dir, file);
  expect(first.map((hover) => hover.text)).toContain('const count: 1');
  // The same answer, not found again (without the memo, a new list each time).
  expect(typeHovers(dir, file)).toBe(first);

  writeFileSync(file, 'const label = "x";\nconsole.log(label);\n');
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  const edited = typeHovers(dir, file).map((hover) => hover.text);
  expect(edited).toContain('const label: "x"');
  expect(edited).not.toContain('const count: 1');
});
