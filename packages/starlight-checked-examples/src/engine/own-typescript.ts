/**
 * The options a Node process or worker thread the engine starts needs to run the package's own .ts files where
 * they are installed under node_modules (own-typescript.mjs). Example processes do not get them.
 */
export const OWN_TS_ARGV: string[] = ['--disable-warning=ExperimentalWarning', '--import', new URL('./own-typescript.mjs', import.meta.url).href];
