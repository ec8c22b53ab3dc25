/**
 * How the rows of one export become review fields, chosen once from its header (a CSV's first row, a JSON row's
 * keys): through the column mapping, or as Plaudit's own export with its judgements. A file with Plaudit's export
 * columns is read as one unless the user mapped columns; `--preset plaudit` insists on it.
 */
import type { RecordFields } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import { mapRow, RECORD_FIELDS, resolveMapping, type ColumnMapping } from './column-mapping.ts';
import { isPlauditExport, missingExportColumns, plauditExportFields } from './plaudit-export.ts';

/** May throw a PlauditError about the one row. */
export type RowFields = (row: Readonly<Record<string, unknown>>) => RecordFields;

/** Throws a PlauditError when no row of the file could be read (a mapped column it lacks). */
export function rowFieldsFor(explicit: ColumnMapping, header: readonly string[], file: { display: string; csv: boolean }): RowFields {
  const mapped = RECORD_FIELDS.some((field) => explicit[field] !== undefined);
  if (explicit.layout === 'plaudit') {
    if (mapped) throw new PlauditError('invalid-argument', '--preset plaudit reads the columns Plaudit exports; it takes no --map.');
    const missing = missingExportColumns(header);
    if (missing.length > 0) {
      throw new PlauditError(
        'missing-column',
        `${file.display} is not a Plaudit export (--preset plaudit): it has no ${missing.join(', ')} column; export it with \`plaudit export\`.`,
      );
    }
  }
  if (explicit.layout === 'plaudit' || (!mapped && isPlauditExport(header))) {
    return (row) => plauditExportFields(row, { csv: file.csv });
  }
  const mapping = resolveMapping(explicit, header, file.display);
  if (file.csv) return (row) => mapRow(row, mapping);
  // JSON rows need not share their keys: a "rating" first seen on row 40 must be read there, not dropped because
  // row 1 lacked it. Each new key set gets its own mapping (a handful per file in practice, so the cache is small).
  const mappings = new Map<string, ColumnMapping>([[header.join('\u0000'), mapping]]);
  return (row) => {
    const keys = Object.keys(row);
    const signature = keys.join('\u0000');
    let rowMapping = mappings.get(signature);
    if (!rowMapping) {
      rowMapping = resolveMapping(explicit, keys, file.display);
      if (mappings.size < MAX_KEY_SETS) mappings.set(signature, rowMapping);
    }
    return mapRow(row, rowMapping);
  };
}

/** Beyond this many distinct key sets a file's rows are mapped one by one, uncached, so memory stays bounded. */
const MAX_KEY_SETS = 256;
