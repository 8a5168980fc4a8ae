/**
 * Why a TypeScript run in the browser printed something other than the verified output, in words that name the
 * real cause: another engine's behaviour (the run printed what another verified runtime printed), the browser's
 * gc() stand-in (only where the program calls gc()), or the reader's edits.
 */
import { compareOutput } from '../../engine/compare.ts';

export interface VerifiedOutput {
  /** The runtimes that printed it: `Node.js 24.21.0 (V8 13.6)`. */
  label: string;
  stdout: string;
}

export interface Explanation {
  text: string;
  /** Point the reader at the page on non-deterministic collection (the gc() stand-in is the likely cause). */
  collection: boolean;
}

/** `Chrome 140`, `Edge 141`: a browser whose engine is Chromium's, so the check's Chromium output applies. */
export const isChromiumFamily = (browser: string) => /^(Chrome|Edge) /.test(browser);

/** Calls gc() (`gc()`, `gc?.()`, `gc({ type: 'minor' })`), the call the browser can only stand in for. */
export const callsGc = (source: string) => /\bgc\??\.?\(/.test(source);

export function explainDifference(options: {
  reference: string;
  others: VerifiedOutput[];
  stdout: string;
  browser: string;
  source: string;
  edited: boolean;
}): Explanation {
  const { reference, others, stdout, browser, source, edited } = options;
  const edits = edited ? ' Your edits may explain the rest.' : '';
  const elsewhere = isChromiumFamily(browser) ? '' : ` No output was verified on ${browser}'s engine; the reference is Chromium's.`;
  const same = others.find((other) => !compareOutput(other.stdout, stdout, 'other', 'run'));
  if (same) {
    return {
      text:
        `The lines marked - are what ${reference} printed in the check; the lines marked + are what ${browser} printed, ` +
        `which is what ${same.label} printed in the check. The engines differ on this example (a feature or behaviour ` +
        `one has and the other lacks), so the difference is the engine's, not garbage collection's.${elsewhere}${edits}`,
      collection: false,
    };
  }
  if (callsGc(source)) {
    return {
      text:
        `The lines marked - are what ${reference} printed in the check, where gc() forces a full collection; the lines ` +
        `marked + are what ${browser} printed. A page cannot force a collection: the gc() here is a stand-in that makes ` +
        'the engine collect by allocating memory, which usually but not always collects everything, so objects the ' +
        `example expects to be gone may still be alive, and finalization callbacks may not have run yet.${elsewhere}${edits} See`,
      collection: true,
    };
  }
  const printed = `The lines marked - are what ${reference} printed in the check; the lines marked + are what ${browser} printed.`;
  if (edited) return { text: `${printed} The program does not call gc(), so your edits are the likely cause.${elsewhere}`, collection: false };
  return {
    text: `${printed} The program does not call gc(), so the browser's gc() stand-in is not the cause: ${browser} behaves differently here.${elsewhere}`,
    collection: false,
  };
}
