/**
 * An Expressive Code plugin that shows TypeScript type information when a reader hovers over (or focuses) an
 * identifier in a checked TypeScript example. The `<Example>` component passes the file's path as
 * `example="…"` and, for a region, `region="…"` in the code block's meta; the plugin maps the displayed lines
 * back to the file.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { definePlugin, ExpressiveCodeAnnotation, type AnnotationRenderOptions } from '@expressive-code/core';
import { h } from '@expressive-code/core/hast';
import { snippet } from '../examples/regions.ts';
import { typeHovers, type TypeHover } from './type-info.ts';

class TypeHoverAnnotation extends ExpressiveCodeAnnotation {
  readonly text: string;

  constructor(text: string, columnStart: number, columnEnd: number) {
    super({ inlineRange: { columnStart, columnEnd } });
    this.text = text;
  }

  render({ nodesToTransform }: AnnotationRenderOptions) {
    // One popup per identifier, attached to its first token.
    return nodesToTransform.map((node, index) =>
      h('span.type-hover', { tabindex: index === 0 ? 0 : undefined }, index === 0 ? [node, h('span.type-popup', { role: 'tooltip' }, this.text)] : [node]),
    );
  }
}

/** The `examples/ts` folder a file lives in: one language service covers all of its files. */
function examplesRoot(file: string): string {
  const at = file.lastIndexOf('/examples/ts/');
  return at >= 0 ? file.slice(0, at + '/examples/ts/'.length) : dirname(file);
}

/** The hovers of an example, placed on the lines and columns where the page displays them. */
export function displayedHovers(file: string, region?: string): TypeHover[] {
  const shown = snippet(readFileSync(file, 'utf8'), 'ts', file, region);
  const byLine = new Map<number, TypeHover[]>();
  for (const hover of typeHovers(examplesRoot(file), file)) byLine.set(hover.line, [...(byLine.get(hover.line) ?? []), hover]);
  return shown.lines.flatMap((fileLine, displayed) =>
    (byLine.get(fileLine) ?? []).map((hover) => ({ line: displayed, start: hover.start - shown.indent, end: hover.end - shown.indent, text: hover.text })),
  );
}

export function pluginTypeHovers() {
  return definePlugin({
    name: 'type-hovers',
    baseStyles: `
      .type-hover { position: relative; text-decoration: underline dotted transparent; text-underline-offset: 3px; }
      .type-hover:hover, .type-hover:focus { text-decoration-color: currentColor; outline: none; }
      .type-popup {
        display: none; position: absolute; left: 0; top: 100%; z-index: 10; margin-top: 2px;
        padding: 0.25rem 0.5rem; white-space: pre; font-style: normal; font-weight: normal;
        color: var(--sl-color-white, #fff); background: var(--sl-color-gray-6, #24273a);
        border: 1px solid var(--sl-color-gray-5, #555); border-radius: 4px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
      }
      .type-hover:hover > .type-popup, .type-hover:focus > .type-popup { display: block; }
    `,
    hooks: {
      annotateCode: ({ codeBlock }) => {
        const example = codeBlock.metaOptions.getString('example');
        if (!example?.endsWith('.ts')) return;
        const lines = codeBlock.getLines();
        for (const hover of displayedHovers(example, codeBlock.metaOptions.getString('region'))) {
          lines[hover.line]?.addAnnotation(new TypeHoverAnnotation(hover.text, hover.start, hover.end));
        }
      },
    },
  });
}
