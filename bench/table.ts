/** A plain-text table with a header rule; numbers right-aligned, text left-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const isNumber = (cell: string): boolean => /^[-~<>]?\s*[\d.,]+/.test(cell);
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) =>
        isNumber(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function ms(value: number): string {
  return value < 0.1 ? value.toFixed(4) : value.toFixed(2);
}
