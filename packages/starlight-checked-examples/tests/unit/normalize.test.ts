import { describe, expect, it } from 'vitest';
import { NORMALIZATION_RULES, normalize, varies } from '../../src/engine/normalize.ts';

describe('normalize', () => {
  it('replaces memory addresses of any width', () => {
    expect(normalize('<A object at 0x7f3a2c1d9e50>\n<weakref at 0x00007f238083a020; to A>')).toBe('<A object at 0x…>\n<weakref at 0x…; to A>');
  });

  it('keeps short hex literals, which are program output, not addresses', () => {
    expect(normalize('flags 0xff')).toBe('flags 0xff');
    expect(normalize('mask 0xfff')).toBe('mask 0xfff');
  });

  it('replaces addresses of 4 to 16 hex digits, not longer numbers or parts of words', () => {
    expect(normalize('0x1a2b 0x1a2b3 0x1a2b3c 0x1a2b3c4d5e6f7a8b')).toBe('0x… 0x… 0x… 0x…');
    expect(normalize('0x1a2b3c4d5e6f7a8b9 x0x1a2b3c 0x1a2b3cg')).toBe('0x1a2b3c4d5e6f7a8b9 x0x1a2b3c 0x1a2b3cg');
  });

  it('ignores CRLF, trailing spaces and trailing blank lines', () => {
    expect(normalize('a  \r\nb\t\n\n\n')).toBe('a\nb');
  });

  it('keeps everything else, including leading whitespace and inner blank lines', () => {
    expect(normalize('  a\n\nb')).toBe('  a\n\nb');
  });

  it('names and describes every rule, for the page that lists them', () => {
    const names = NORMALIZATION_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of NORMALIZATION_RULES) {
      expect(rule.name, 'name').toMatch(/^[a-z][a-z ]+$/);
      expect(rule.description, rule.name).toMatch(/^[A-Z].{20,}\.$/);
    }
  });

  it('tells output that differs on every run (an address) from output that is only formatted differently', () => {
    expect(varies('<A object at 0x7f3a2c1d9e50>')).toBe(true);
    expect(varies('a  \r\nb\n\n')).toBe(false);
    expect(varies('flags 0xff')).toBe(false);
  });
});
