/**
 * Where the site is published and where its source lives, read from the environment so one build serves
 * a GitHub Pages project site (`https://<owner>.github.io/<repo>/`), a custom domain or a local preview.
 *
 *   SITE_URL        the origin the site is served from: `https://docs.example.org`
 *   BASE_PATH       the sub-path it is served under: `/weakref-handbook/` (default `/`)
 *   REPOSITORY_URL  the repository, for "Edit page" and example source links: `https://github.com/o/r`
 *   REPOSITORY_BRANCH  the branch those links open (default `main`)
 * In GitHub Actions each falls back to what the run knows (GITHUB_REPOSITORY, GITHUB_SERVER_URL, GITHUB_REF_NAME).
 * Without a repository, pages simply have no edit or source links.
 */
type Env = Record<string, string | undefined>;

export interface Deployment {
  /** Absolute origin, no trailing slash. */
  site: string;
  /** Starts and ends with `/`. */
  base: string;
  /** Repository web URL (no trailing slash) and branch; undefined when unknown. */
  repository?: { url: string; branch: string };
}

/** `astro preview` serves here, so local builds get working absolute URLs (sitemap, llms.txt, og:image). */
const LOCAL_SITE = 'http://localhost:4321';

function normalizeBase(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function deploymentFromEnv(env: Env = process.env): Deployment {
  const [owner, repo] = env.GITHUB_REPOSITORY?.split('/') ?? [];
  // GitHub Pages: <owner>.github.io is served at the root, any other repository under /<repo>/.
  const pagesSite = owner ? `https://${owner.toLowerCase()}.github.io` : undefined;
  const pagesBase = repo && owner && repo.toLowerCase() !== `${owner.toLowerCase()}.github.io` ? repo : '/';

  const site = (env.SITE_URL || pagesSite || LOCAL_SITE).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(site)) {
    throw new Error(`SITE_URL must be an origin such as https://docs.example.org (got "${env.SITE_URL}"); put a sub-path in BASE_PATH`);
  }
  const base = normalizeBase(env.BASE_PATH ?? (env.SITE_URL ? '/' : pagesBase));

  const githubRepository = env.GITHUB_REPOSITORY && `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`;
  const url = (env.REPOSITORY_URL || githubRepository || '').replace(/\/+$/, '').replace(/\.git$/, '');
  // On a pull request GITHUB_REF_NAME is "<n>/merge", which is no branch to edit on.
  const refName = env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : undefined;
  const branch = env.REPOSITORY_BRANCH || refName || 'main';
  return { site, base, ...(url ? { repository: { url, branch } } : {}) };
}

/** Link to a file of the repository (`examples/python/ref/basic.py`), or undefined without a repository. */
export function sourceUrl(deployment: Deployment, path: string): string | undefined {
  return deployment.repository && `${deployment.repository.url}/blob/${deployment.repository.branch}/${path}`;
}

/** Starlight's `editLink.baseUrl`: it appends the page's path from the project root. */
export function editBaseUrl(deployment: Deployment): string | undefined {
  return deployment.repository && `${deployment.repository.url}/edit/${deployment.repository.branch}/`;
}
