/**
 * Named regions inside example files.
 *
 * Python: `# region name` … `# endregion`; TypeScript: `// #region name` … `// #endregion` (the markers
 * VS Code and PyCharm already fold); another language: its Language's markers (languages/registry.ts). Regions
 * may nest. Marker lines are never displayed.
 */
import { LocatedError } from './errors.ts';
import { regionMarkers } from './languages/registry.ts';
import type { LanguageId } from './types.ts';

export interface Region {
  name: string;
  /** 1-based line of the opening marker. */
  startLine: number;
  /** 1-based line of the closing marker. */
  endLine: number;
}

/** Code as a reader sees it, plus the source line each displayed line came from. */
export interface Snippet {
  code: string;
  /** `lines[i]` is the 1-based line in the example file of displayed line `i`. */
  lines: number[];
  /** Columns of common indentation removed from every displayed line. */
  indent: number;
}

function isMarker(line: string, language: LanguageId): boolean {
  const { open, close } = regionMarkers(language);
  return open.test(line) || close.test(line);
}

/** Parses every region of `source`; throws a LocatedError for an unnamed, unclosed, unopened or duplicate region. */
export function parseRegions(source: string, language: LanguageId, file: string): Map<string, Region> {
  const { open, close } = regionMarkers(language);
  const regions = new Map<string, Region>();
  const stack: { name: string; line: number }[] = [];
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    const opened = open.exec(text);
    if (opened) {
      const name = opened[1];
      if (!name) throw new LocatedError(file, line, 'region marker without a name');
      const earlier = regions.get(name)?.startLine ?? stack.find((r) => r.name === name)?.line;
      if (earlier !== undefined) {
        throw new LocatedError(file, line, `duplicate region "${name}" (first opened at line ${earlier})`);
      }
      stack.push({ name, line });
      return;
    }
    const closed = close.exec(text);
    if (!closed) return;
    const top = stack.pop();
    if (!top) throw new LocatedError(file, line, 'endregion without a matching region');
    if (closed[1] && closed[1] !== top.name) {
      throw new LocatedError(file, line, `endregion "${closed[1]}" closes region "${top.name}" opened at line ${top.line}`);
    }
    regions.set(top.name, { name: top.name, startLine: top.line, endLine: line });
  });
  const unclosed = stack.pop();
  if (unclosed) throw new LocatedError(file, unclosed.line, `region "${unclosed.name}" is never closed`);
  return regions;
}

/** The displayed code of the whole file or of one region: marker lines removed, common indentation stripped. */
export function snippet(source: string, language: LanguageId, file: string, regionName?: string): Snippet {
  const all = source.replace(/\n$/, '').split('\n');
  let first = 1;
  let last = all.length;
  if (regionName !== undefined) {
    const region = parseRegions(source, language, file).get(regionName);
    if (!region) throw new LocatedError(file, 1, `no region named "${regionName}"`);
    first = region.startLine + 1;
    last = region.endLine - 1;
  }
  const lines: number[] = [];
  for (let line = first; line <= last; line++) {
    if (!isMarker(all[line - 1]!, language)) lines.push(line);
  }
  const texts = lines.map((line) => all[line - 1]!);
  const indent = Math.min(...texts.filter((t) => t.trim()).map((t) => t.length - t.trimStart().length));
  const removed = Number.isFinite(indent) ? indent : 0;
  return { code: texts.map((t) => t.slice(removed)).join('\n'), lines, indent: removed };
}
