/**
 * An Expressive Code plugin that says on the frame's copy button what it copies, before anyone pastes: a checked
 * example shown in part (`<Example region=…>`) copies only the lines shown, which rarely run alone, so its button
 * reads "Copy excerpt" and points to "Copy whole program"; an example shown whole reads "Copy whole program".
 * The button keeps copying exactly what the frame shows: what a reader selects and what the icon copies agree.
 */
import { definePlugin } from '@expressive-code/core';
import { h, select } from '@expressive-code/core/hast';

export function copyLabel(region: string | undefined, lines: number): { text: string; title: string; copied: string } {
  const count = `${lines} ${lines === 1 ? 'line' : 'lines'}`;
  return region === undefined
    ? { text: 'Copy whole program', title: 'Copy whole program: it runs alone', copied: `Copied the whole program (${count})` }
    : {
        text: 'Copy excerpt',
        title: 'Copy excerpt: only the lines shown, which may not run alone; "Copy whole program" copies a program that runs',
        copied: `Copied the excerpt (${count}); it may not run alone`,
      };
}

export function pluginCopyLabel() {
  return definePlugin({
    name: 'Copy label',
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        // Only checked examples carry `example=` in their meta (src/components/Example.astro).
        if (!codeBlock.metaOptions.getString('example')) return;
        const button = select('.copy button', renderData.blockAst);
        if (!button) return;
        const label = copyLabel(codeBlock.metaOptions.getString('region'), codeBlock.getLines().length);
        Object.assign(button.properties, { title: label.title, ariaLabel: label.title, dataCopied: label.copied });
        // The words are drawn by CSS from data-label (src/styles/reader.css): the button is named by aria-label,
        // and text in the frame would end up in the search index and in llms*.txt next to the code.
        button.children.push(h('span.copy-label', { dataLabel: label.text }));
      },
    },
  });
}
