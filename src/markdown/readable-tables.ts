/**
 * Makes the pages' Markdown tables readable on a phone: every cell gets its column's heading as `data-label`, so
 * src/styles/reader.css can stack a row into a labelled card below 700 px. Explicit ARIA roles keep the table a
 * table for screen readers when CSS changes its display.
 */
import { copyOf, isElement, textOf, walk, type HastElement, type HastNode, type SatteriHastPlugin } from './hast.ts';

const rows = (table: HastElement): HastElement[] => {
  const found: HastElement[] = [];
  walk(table, (node) => isElement(node, 'tr') && found.push(node));
  return found;
};

export function labelTable(table: HastElement): void {
  const [head, ...body] = rows(table);
  if (!head) return;
  const labels = head.children.filter((cell) => isElement(cell, 'th')).map((cell) => textOf(cell).trim());
  table.properties.role = 'table';
  table.properties.className = [...((table.properties.className as string[] | undefined) ?? []), 'readable-table'];
  walk(table, (node) => {
    if (isElement(node, 'thead') || isElement(node, 'tbody')) node.properties.role = 'rowgroup';
  });
  head.properties.role = 'row';
  for (const cell of head.children) if (isElement(cell, 'th')) cell.properties.role = 'columnheader';
  for (const row of body) {
    row.properties.role = 'row';
    row.children.filter((cell) => isElement(cell, 'td') || isElement(cell, 'th')).forEach((cell, index) => {
      const element = cell as HastElement;
      element.properties.role = 'cell';
      if (labels[index]) element.properties.dataLabel = labels[index];
    });
  }
}

/** The Sätteri (Astro's Markdown processor) plugin. */
export function readableTables(): SatteriHastPlugin {
  const plugin = {
    name: 'readable-tables',
    element: {
      filter: ['table'],
      visit(node: HastNode) {
        const table = copyOf(node) as HastElement;
        labelTable(table);
        return table;
      },
    },
  };
  return plugin as unknown as SatteriHastPlugin;
}
