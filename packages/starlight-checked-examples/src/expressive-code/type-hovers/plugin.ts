/**
 * An Expressive Code plugin that shows TypeScript type information when a reader hovers over (or focuses) an
 * identifier in a checked TypeScript example. The `<Example>` component passes the file's path as
 * `example="…"` and, for a region, `region="…"` in the code block's meta; the plugin maps the displayed lines
 * back to the file, so a region gets the types of the whole, checked file.
 *
 * Markup: every identifier becomes `<span class="type-hover" data-type="const ref: WeakRef<User>" tabindex="0">`
 * (plus `data-doc`, the summary of its documentation comment, when it has one). The type lives in an attribute, so
 * it is not part of the code's text: copying, search indexing and screen readers reading the code are unaffected.
 * tooltip-script.ts shows it in a tooltip outside the code block; without JavaScript a CSS fallback shows it inside
 * the block.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { definePlugin, ExpressiveCodeAnnotation, type AnnotationRenderOptions } from '@expressive-code/core';
import { h } from '@expressive-code/core/hast';
import { snippet } from '../../engine/regions.ts';
import { TOOLTIP_SCRIPT } from './tooltip-script.ts';
import { typeHovers, type TypeHover } from './type-info.ts';

class TypeHoverAnnotation extends ExpressiveCodeAnnotation {
  readonly hover: TypeHover;

  constructor(hover: TypeHover) {
    super({ inlineRange: { columnStart: hover.start, columnEnd: hover.end } });
    this.hover = hover;
  }

  render({ nodesToTransform }: AnnotationRenderOptions) {
    const { text, doc } = this.hover;
    // Usually one token; if highlighting split the identifier, only its first part is a tab stop.
    return nodesToTransform.map((node, index) =>
      h('span.type-hover', { 'data-type': text, 'data-doc': doc, tabindex: index === 0 ? 0 : undefined }, [node]),
    );
  }
}

/** The `examples/ts` folder a file lives in: one language service covers all of its files. */
function examplesRoot(file: string): string {
  const at = file.lastIndexOf('/examples/ts/');
  return at >= 0 ? file.slice(0, at + '/examples/ts/'.length) : dirname(file);
}

/** The hovers of an example, placed on the (0-based) lines and columns where the page displays them. */
export function displayedHovers(file: string, region?: string): TypeHover[] {
  const shown = snippet(readFileSync(file, 'utf8'), 'ts', file, region);
  const byLine = new Map<number, TypeHover[]>();
  for (const hover of typeHovers(examplesRoot(file), file)) byLine.set(hover.line, [...(byLine.get(hover.line) ?? []), hover]);
  return shown.lines.flatMap((fileLine, displayed) =>
    (byLine.get(fileLine) ?? []).map((hover) => ({ ...hover, line: displayed, start: hover.start - shown.indent, end: hover.end - shown.indent })),
  );
}

const STYLES = `
  /* A dotted underline says "there is a type here" before any hover; it turns solid on hover, tap or focus. */
  .type-hover { text-decoration: underline dotted; text-decoration-color: color-mix(in srgb, currentColor 55%, transparent); text-underline-offset: 3px; cursor: help; }
  .type-hover:hover, .type-hover:focus, .type-hover[aria-describedby] { text-decoration-style: solid; text-decoration-color: currentColor; }
  .type-hover:focus { outline: none; }
  .type-hover:focus-visible { outline: 2px solid var(--sl-color-text-accent, currentColor); outline-offset: 1px; border-radius: 2px; }

  /* The tooltip tooltip-script.ts adds to <body> (a top-level selector, so Expressive Code does not scope it). */
  body .type-tooltip {
    position: fixed; z-index: 100; box-sizing: border-box; max-width: min(40rem, calc(100vw - 16px)); margin: 0;
    padding: 0.25rem 0.5rem; white-space: pre-wrap; overflow-wrap: anywhere; text-align: start;
    font-family: var(--__sl-font-mono, ui-monospace, monospace); font-size: 0.8125rem; line-height: 1.5;
    color: var(--sl-color-white, #fff); background: var(--sl-color-gray-6, #24273a);
    border: 1px solid var(--sl-color-gray-5, #555); border-radius: 4px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
  }
  body .type-tooltip[hidden] { display: none; }
  body .type-tooltip .type-doc {
    display: block; margin-top: 0.25rem; padding-top: 0.25rem; border-top: 1px solid var(--sl-color-gray-5, #555);
    font-family: var(--__sl-font, system-ui, sans-serif); white-space: normal;
  }

  /* Without JavaScript: the type under the identifier, inside the code block. */
  :root:not(.type-tooltips) .type-hover { position: relative; }
  :root:not(.type-tooltips) .type-hover:is(:hover, :focus)::after {
    content: attr(data-type); position: absolute; left: 0; top: 100%; z-index: 10; white-space: pre; padding: 0.25rem 0.5rem;
    color: var(--sl-color-white, #fff); background: var(--sl-color-gray-6, #24273a);
    border: 1px solid var(--sl-color-gray-5, #555); border-radius: 4px;
  }
`;

export function pluginTypeHovers() {
  return definePlugin({
    name: 'type-hovers',
    baseStyles: STYLES,
    jsModules: [TOOLTIP_SCRIPT],
    hooks: {
      annotateCode: ({ codeBlock }) => {
        const example = codeBlock.metaOptions.getString('example');
        if (!example?.endsWith('.ts')) return;
        // An absolute path (what <Example> passes), or one relative to the project's examples/ folder.
        const file = isAbsolute(example) ? example : resolve('examples', example);
        const lines = codeBlock.getLines();
        for (const hover of displayedHovers(file, codeBlock.metaOptions.getString('region'))) {
          lines[hover.line]?.addAnnotation(new TypeHoverAnnotation(hover));
        }
      },
    },
  });
}
