/** Merges one Markdown-style table printed per runtime group into one table with a column per group. */
export interface MergedTable {
  rowHeading: string;
  columns: string[];
  rows: { name: string; cells: string[] }[];
}

/** `| a | b |` → ['a', 'b']; the `| --- |` separator and blank lines give nothing. */
function cells(line: string): string[] | undefined {
  if (!line.startsWith('|') || /^\|[\s|:-]+\|$/.test(line)) return undefined;
  return line.slice(1, -1).split('|').map((cell) => cell.trim());
}

export function mergeOutputTables(outputs: { label: string; stdout: string }[]): MergedTable {
  const tables = outputs.map((output) => output.stdout.split('\n').map(cells).filter((row) => row !== undefined));
  const [first] = tables;
  if (!first || first.length < 2) throw new Error('mergeOutputTables: the output is not a table');
  for (const [i, table] of tables.entries()) {
    const names = table.map((row) => row[0]).join('\n');
    if (names !== first.map((row) => row[0]).join('\n') || table.some((row) => row.length !== 2)) {
      throw new Error(`mergeOutputTables: the rows of ${outputs[i]!.label} do not line up with ${outputs[0]!.label}'s (two columns, same first column)`);
    }
  }
  return {
    rowHeading: first[0]![0]!,
    columns: outputs.map((output) => output.label),
    rows: first.slice(1).map((row, r) => ({ name: row[0]!, cells: tables.map((table) => table[r + 1]![1]!) })),
  };
}
