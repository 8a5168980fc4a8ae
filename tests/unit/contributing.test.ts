/** CONTRIBUTING.md's list of topic folders names every folder under examples/python and examples/ts, and no other. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const GUIDE = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const LANGUAGES = ['python', 'ts'];
const HEADING = '### Topic folders';

/** The folders the guide's "Topic folders" section names, written `python/<topic>/` or `ts/<topic>/`. */
function namedFolders(guide: string): string[] {
  const start = guide.indexOf(`\n${HEADING}\n`);
  if (start < 0) throw new Error(`CONTRIBUTING.md has no "${HEADING}" section`);
  const rest = guide.slice(start + HEADING.length + 2);
  const end = rest.search(/^#{1,3} /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/`((?:python|ts)\/[a-z0-9-]+)\/`/g)].map((match) => match[1]!);
}

/** Every topic folder on disk, as `python/<topic>` or `ts/<topic>`. */
function foldersOnDisk(examplesDir: string): string[] {
  return LANGUAGES.flatMap((language) =>
    readdirSync(join(examplesDir, language), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${language}/${entry.name}`),
  );
}

/** What is wrong with the list, one sentence per folder. */
function listProblems(named: string[], onDisk: string[]): string[] {
  return [
    ...onDisk.filter((folder) => !named.includes(folder)).map((folder) => `examples/${folder}/ is not named in CONTRIBUTING.md`),
    ...named.filter((folder) => !onDisk.includes(folder)).map((folder) => `CONTRIBUTING.md names examples/${folder}/, which does not exist`),
  ];
}

describe('CONTRIBUTING.md topic folders', () => {
  it('reads the folders of its section only, up to the next heading', () => {
    const guide = `# Guide\n\`python/elsewhere/\`\n${HEADING}\n| \`python/ref/\` | x |\n| \`ts/weak-keys/\` | y |\n(see \`python/ref/callback.py\`)\n## 3. Next\n\`ts/after/\`\n`;
    expect(namedFolders(guide)).toEqual(['python/ref', 'ts/weak-keys']);
    expect(() => namedFolders('# Guide\n')).toThrow(/no "### Topic folders" section/);
  });

  it('reports a folder the list leaves out and a folder that does not exist (control)', () => {
    expect(listProblems(['python/ref', 'python/gone'], ['python/ref', 'ts/memory'])).toEqual([
      'examples/ts/memory/ is not named in CONTRIBUTING.md',
      'CONTRIBUTING.md names examples/python/gone/, which does not exist',
    ]);
  });

  it('names every folder under examples/python and examples/ts, and no other', () => {
    const onDisk = foldersOnDisk(join(ROOT, 'examples'));
    expect(onDisk.length).toBeGreaterThan(20);
    expect(listProblems(namedFolders(GUIDE), onDisk)).toEqual([]);
  });
});
