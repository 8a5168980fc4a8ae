/**
 * The type check keeps one worker and the files it parsed (type-check-step.ts, typecheck.ts), so a dev server's
 * re-check of an edited example does not parse the compiler's libraries again. An edited file must be checked as
 * it is now: a type error added is found, and one fixed is gone.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExample } from '../../src/engine/discover.ts';
import { typeCheckExamples } from '../../src/engine/runtimes/type-check-step.ts';
import { exampleProject } from '../helpers/example-project.ts';

const GOOD = 'const held = new WeakRef({ id: 1 });\nconsole.log(held.deref()?.id);\n';
const BAD = 'const held = new WeakRef({ id: 1 });\nconst id: string = held.deref()!.id;\nconsole.log(id);\n';

describe('the type check, run again on edited examples', () => {
  it('checks every file as it is now, in one worker kept between checks', async () => {
    const root = exampleProject('type-check-reuse-', { 'ts/held.ts': GOOD, 'ts/other.ts': GOOD });
    const examples = join(root, 'examples');
    const check = async () => {
      const files = ['ts/held.ts', 'ts/other.ts'].map((path) => loadExample(root, examples, join(examples, path)));
      return [...(await typeCheckExamples(files))].map(([id, failure]) => `${id} ${failure.location}`);
    };
    expect(await check()).toEqual([]);
    writeFileSync(join(examples, 'ts', 'held.ts'), BAD);
    expect(await check()).toEqual(['ts/held.ts examples/ts/held.ts:2:7']);
    writeFileSync(join(examples, 'ts', 'held.ts'), GOOD);
    writeFileSync(join(examples, 'ts', 'other.ts'), BAD);
    expect(await check()).toEqual(['ts/other.ts examples/ts/other.ts:2:7']);
  }, 60_000);
});
