/**
 * A broken internal link, reported as every other mistake is: one line per link with the page's path and line,
 * what is wrong and the fix, and no stack trace. starlight-links-validator reports it in a box of its own, then
 * throws an error that Astro prints with "An unhandled error occurred", a stack trace into the plugin and "please
 * file an issue at …": it is the author's page that is wrong, not the plugin.
 *
 * Its `astro:build:done` hook is wrapped: while it runs, its log lines are held back; if it fails and has written
 * its JSON report (the plugin's `reporters: { json: true }` option), that report is printed our way instead. Any
 * other outcome lets its own lines and error through unchanged.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';

export const VALIDATOR = 'starlight-links-validator';

/** One entry of the plugin's `.starlight-links-validator/errors.json`. */
export interface LinkError {
  docsPath: string;
  link: string;
  position: { line: number; column: number } | null;
  message: string;
  documentationUrl: string;
}

/** What is wrong and the fix, for the mistakes an author makes; the plugin's own words (and page) for the rest. */
function explain(error: LinkError): [string, string] {
  if (error.message === 'invalid link') {
    return ['no page has this address', 'link to a page that exists: its address is its path under the pages folder (src/content/docs/guides/intro.mdx is /guides/intro/)'];
  }
  if (error.message === 'invalid hash') {
    return [
      'the page has no heading with this #id',
      'link to a heading that exists: its id is its text in lower case, spaces as -, e.g. "## Real section" is #real-section',
    ];
  }
  return [error.message, `see ${error.documentationUrl}`];
}

/** The plugin's report as the check's own lines: `✗ file:line: link to …: what is wrong`, then `→ the fix`. */
export function formatLinkErrors(errors: LinkError[], docsDir: string): string[] {
  return errors.map((error) => {
    const [what, fix] = explain(error);
    const place = `${docsDir}/${error.docsPath}${error.position ? `:${error.position.line}` : ''}`;
    return `✗ ${place}: link to ${error.link}: ${what}\n  → ${fix}`;
  });
}

interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine?: boolean;
}
interface Destination {
  write(event: LogEvent): boolean;
}
type Hook = (params: { logger: AstroIntegrationLogger }) => Promise<void> | void;

/**
 * Wraps the links validator's `astro:build:done` hook (a no-op when the site does not use it). Called from
 * `astro:config:done`, when Starlight has added the validator's integration.
 */
export function plainLinkErrors(config: AstroConfig): void {
  const validator = config.integrations.find((integration) => integration.name === VALIDATOR);
  const original = validator?.hooks['astro:build:done'] as Hook | undefined;
  if (!validator || !original) return;
  const root = fileURLToPath(config.root);
  const reportFile = join(root, '.starlight-links-validator', 'errors.json');
  const docsDir = relative(root, join(fileURLToPath(config.srcDir), 'content', 'docs'));

  validator.hooks['astro:build:done'] = async (params: { logger: AstroIntegrationLogger }) => {
    const destination = (params.logger as unknown as { options: { destination: Destination } }).options.destination;
    const write = destination.write;
    const held: LogEvent[] = [];
    destination.write = (event) => (event.label === VALIDATOR ? held.push(event) > 0 : write.call(destination, event));
    // Its box goes to console.error.
    const consoleError = console.error;
    const boxed: unknown[][] = [];
    console.error = (...args: unknown[]) => void boxed.push(args);
    const replay = () => {
      destination.write = write;
      console.error = consoleError;
      held.filter((event) => !event.message.startsWith('Links validation report written')).forEach((event) => write.call(destination, event));
      boxed.forEach((args) => consoleError(...args));
    };
    try {
      await original(params);
      replay();
    } catch (error) {
      const errors = readReport(reportFile);
      if (!errors) {
        replay();
        throw error;
      }
      console.error = consoleError;
      // Astro now logs "An unhandled error occurred while running the hook" with the validator's label: the
      // report below says it all. The filter goes with that line.
      destination.write = (event) => {
        if (event.label === VALIDATOR && event.message.startsWith('An unhandled error occurred')) {
          destination.write = write;
          return true;
        }
        return write.call(destination, event);
      };
      const lines = formatLinkErrors(errors, docsDir);
      write.call(destination, { label: VALIDATOR, level: 'error', message: `Link check failed:\n${lines.join('\n')}`, newLine: true });
      const count = errors.length === 1 ? 'the broken link above' : `the ${errors.length} broken links above`;
      throw Object.assign(new Error(`The build stopped at ${count}.`), { stack: '' });
    } finally {
      // The report was for this message only; it is not left in the author's folder.
      rmSync(join(root, '.starlight-links-validator'), { recursive: true, force: true });
    }
  };
}

function readReport(file: string): LinkError[] | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { errors: LinkError[] }).errors;
  } catch {
    return undefined;
  }
}
