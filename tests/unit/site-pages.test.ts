/** Every page of the handbook passes the package's page checks (inline code, examples and regions, links). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPages, knownExamples } from 'starlight-checked-examples/engine';

describe("the handbook's pages", () => {
  it('pass the page checks', () => {
    const root = join(import.meta.dirname, '..', '..');
    const problems = checkPages(root, join(root, 'src', 'content', 'docs'), knownExamples(root, join(root, 'examples')));
    expect(problems.map((problem) => problem.message)).toEqual([]);
  });
});
