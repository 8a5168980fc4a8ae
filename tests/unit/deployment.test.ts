/** Where the site is published and where its source lives, from the environment (src/site/deployment.ts). */
import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/site/base-links.ts';
import { deploymentFromEnv, editBaseUrl, sourceUrl } from '../../src/site/deployment.ts';

describe('deploymentFromEnv', () => {
  it('builds for a local preview at the root, with no repository links, when nothing is set', () => {
    const deployment = deploymentFromEnv({});
    expect(deployment).toEqual({ site: 'http://localhost:4321', base: '/' });
    expect(editBaseUrl(deployment)).toBeUndefined();
    expect(sourceUrl(deployment, 'examples/python/ref/callback.py')).toBeUndefined();
  });

  it('takes the site, base and repository from its own variables', () => {
    const deployment = deploymentFromEnv({
      SITE_URL: 'https://docs.example.org/',
      BASE_PATH: 'handbook',
      REPOSITORY_URL: 'https://git.example.org/team/handbook.git',
      REPOSITORY_BRANCH: 'trunk',
    });
    expect(deployment).toEqual({
      site: 'https://docs.example.org',
      base: '/handbook/',
      repository: { url: 'https://git.example.org/team/handbook', branch: 'trunk' },
    });
    expect(editBaseUrl(deployment)).toBe('https://git.example.org/team/handbook/edit/trunk/');
    expect(sourceUrl(deployment, 'examples/python/ref/callback.py')).toBe('https://git.example.org/team/handbook/blob/trunk/examples/python/ref/callback.py');
  });

  it('falls back to what a GitHub Actions run knows: a project site under /<repo>/', () => {
    const env = { GITHUB_REPOSITORY: 'Acme/weakref-handbook', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'release' };
    expect(deploymentFromEnv(env)).toEqual({
      site: 'https://acme.github.io',
      base: '/weakref-handbook/',
      repository: { url: 'https://github.com/Acme/weakref-handbook', branch: 'release' },
    });
  });

  it('serves <owner>.github.io at the root, and edits on main from a pull request', () => {
    const env = { GITHUB_REPOSITORY: 'acme/acme.github.io', GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: '7/merge' };
    expect(deploymentFromEnv({ ...env, GITHUB_REF_TYPE: 'tag' }).repository?.branch).toBe('main');
    expect(deploymentFromEnv(env).base).toBe('/');
  });

  it('lets BASE_PATH from actions/configure-pages win, including an empty one', () => {
    expect(deploymentFromEnv({ GITHUB_REPOSITORY: 'acme/handbook', BASE_PATH: '' }).base).toBe('/');
    expect(deploymentFromEnv({ GITHUB_REPOSITORY: 'acme/handbook', SITE_URL: 'https://acme.github.io', BASE_PATH: '/handbook' }).base).toBe('/handbook/');
  });

  it('rejects a SITE_URL with a path, naming the variable', () => {
    expect(() => deploymentFromEnv({ SITE_URL: 'https://acme.github.io/handbook' })).toThrow(/SITE_URL must be an origin .*put a sub-path in BASE_PATH/);
  });
});

describe('withBase', () => {
  it('prefixes root links only', () => {
    expect(withBase('/python/ref/#callbacks', '/handbook/')).toBe('/handbook/python/ref/#callbacks');
    expect(withBase('/python/ref/', '/handbook')).toBe('/handbook/python/ref/');
    expect(withBase('/handbook/python/ref/', '/handbook/')).toBe('/handbook/python/ref/');
    for (const href of ['#callbacks', 'https://docs.python.org/3/', '//cdn.example/x.js', '../ref/', 'mailto:a@b.c']) {
      expect(withBase(href, '/handbook/')).toBe(href);
    }
    expect(withBase('/python/ref/', '/')).toBe('/python/ref/');
  });
});
