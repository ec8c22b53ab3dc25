/** A plain-text table with padded columns, for terminal output. */
export function table(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  options: { alignRight?: readonly number[] } = {},
): string {
  const right = new Set(options.alignRight ?? []);
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  return cells
    .map((row) =>
      row
        .map((cell, i) => (right.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
