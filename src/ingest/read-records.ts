/**
 * Streams the rows of a JSONL, JSON or CSV export as RawDocuments, one per row, through the column mapping (or as
 * Plaudit's own export, row-fields.ts). Reading the rows under the input caps is export-rows.ts's; this file turns
 * each row into a document, and each failure into an IngestItem.
 */
import type { RecordFields } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { readExportRows } from './export-rows.ts';
import type { IngestItem } from './ingest-item.ts';
import type { InputLimits } from './input-limits.ts';
import { failure, rowDocument } from './row-document.ts';
import { rowFieldsFor, type RowFields } from './row-fields.ts';
import type { SourceFile } from './source-files.ts';

export interface RecordReadOptions {
  mapping: ColumnMapping;
  limits: InputLimits;
  filmHint?: string;
}

export async function* readExport(file: SourceFile, options: RecordReadOptions): AsyncGenerator<IngestItem> {
  const rows = readExportRows(file, {
    limits: options.limits,
    columns: (header, csv) => rowFieldsFor(options.mapping, header, { display: file.display, csv }),
  });
  for await (const item of rows) {
    if (item.kind === 'failure') yield failure(file, item.name, item.error);
    else if (item.kind === 'warning') yield { kind: 'warning', file: file.display, warning: { source: file.display, message: item.message } };
    else yield rowItem({ file, ...item, fields: item.columns, options });
  }
}

/** A row whose fields cannot be read (a Plaudit export's judgement out of range) is a failure of that row only. */
function rowItem(args: {
  file: SourceFile;
  name: string;
  rowKey: string;
  row: Readonly<Record<string, unknown>>;
  fields: RowFields;
  bytes: number;
  options: RecordReadOptions;
}): IngestItem {
  const { file, name } = args;
  let fields: RecordFields;
  try {
    fields = args.fields(args.row);
  } catch (error) {
    const named = error instanceof PlauditError ? new PlauditError(error.code, `${name}: ${error.message}`) : error;
    return failure(file, name, named);
  }
  return rowDocument({ file, name, rowKey: args.rowKey, fields, bytes: args.bytes, options: args.options });
}
