import { describe, expect, it } from 'vitest';
import { copyLabel } from '../../src/expressive-code/copy-label.ts';

describe("the frame's copy button label", () => {
  it('says an excerpt may not run alone and names the button that copies a program that does', () => {
    const label = copyLabel('main', 3);
    expect(label.text).toBe('Copy excerpt');
    expect(label.title).toMatch(/^Copy excerpt: .*may not run alone.*"Copy whole program"/);
    expect(label.copied).toBe('Copied the excerpt (3 lines); it may not run alone');
  });

  it('says a whole file is the whole program, counting its lines', () => {
    expect(copyLabel(undefined, 1)).toEqual({ text: 'Copy whole program', title: 'Copy whole program: it runs alone', copied: 'Copied the whole program (1 line)' });
  });
});
