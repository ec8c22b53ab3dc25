/** `plaudit ingest PATH...`: files, folders, exports and standard input into the store, with a per-file summary. */
import cliProgress from 'cli-progress';
import type { DocumentFormat } from '../../domain/document.ts';
import { PlauditError } from '../../domain/errors.ts';
import { MAPPING_PRESETS, parseMappingOption, type ColumnMapping } from '../../ingest/column-mapping.ts';
import { listSources } from '../../ingest/source-files.ts';
import type { IngestProgress } from '../../pipeline/run-ingest.ts';
import { EXIT } from '../exit-codes.ts';
import { formatIngestSummary } from '../format/ingest-summary.ts';
import { terminalSafe, writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, withApp, type GlobalOptions } from '../open-app.ts';
import { openJobBoardFor, readRequestSources, type IngestRequest } from '../../app.ts';
import { mergeIngestReports, queueIngest, waitForIngestJobs } from '../../workers/ingest-jobs.ts';
import { DEFAULT_JOB_LIMITS } from '../../workers/job-board.ts';

export interface IngestOptions {
  map?: string;
  preset?: string;
  film?: string;
  maxBytes?: number;
  batchSize?: number;
  stdinFormat?: string;
  json?: boolean;
  progress?: boolean;
  queue?: boolean;
  wait?: boolean;
  jobTimeout?: number;
}

export async function ingestCommand(paths: string[], options: IngestOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  const mapping = buildMapping(options);
  const stdinFormat = parseStdinFormat(options.stdinFormat);
  if (options.wait && !options.queue) throw new PlauditError('invalid-argument', '--wait goes with --queue (without it, ingest always waits).');
  if (options.jobTimeout !== undefined && !options.queue) throw new PlauditError('invalid-argument', '--job-timeout goes with --queue.');
  if (options.queue) {
    const request = {
      paths,
      mapping,
      stdin: io.stdin,
      ...(options.film ? { filmHint: options.film } : {}),
      ...(stdinFormat ? { stdinFormat } : {}),
    };
    return queuedIngestCommand(request, options, io, global);
  }
  const started = performance.now();
  const progress = options.json || options.progress === false ? null : await createProgress(paths, io);
  const flags = { maxDocumentBytes: options.maxBytes, batchSize: options.batchSize };
  const report = await withApp(
    io,
    global,
    (app) =>
      app.ingest({
        paths,
        mapping,
        stdin: io.stdin,
        ...(options.film ? { filmHint: options.film } : {}),
        ...(stdinFormat ? { stdinFormat } : {}),
        ...(progress ? { onProgress: progress.update } : {}),
      }),
    flags,
  );
  progress?.stop();
  const seconds = (performance.now() - started) / 1000;
  if (options.json) writeLine(io.stdout, JSON.stringify({ ...report, seconds: Number(seconds.toFixed(3)) }, null, 2));
  else writeLine(io.stdout, formatIngestSummary(report, seconds));
  // A bug of ours outranks bad input: exit 4 says so, even when other documents failed for their own reasons.
  if (report.totals.internalErrors > 0) return EXIT.failure;
  return report.totals.failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** `--queue`: the documents go to the job board as batches; `--wait` waits for the workers and prints their report. */
async function queuedIngestCommand(request: IngestRequest, options: IngestOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  const config = loadCliConfig(io, global, { maxDocumentBytes: options.maxBytes, batchSize: options.batchSize });
  const board = await openJobBoardFor(config);
  const started = performance.now();
  try {
    const limits = { ...DEFAULT_JOB_LIMITS, ...(options.jobTimeout !== undefined ? { timeoutSeconds: options.jobTimeout } : {}) };
    const queued = await queueIngest(board, readRequestSources(config, request), { batchSize: config.batchSize, limits });
    writeLine(
      io.stderr,
      `Queued ${queued.documents} document(s) in ${queued.jobIds.length} batch job(s) on ${board.where}.` +
        (options.wait ? ' Waiting for workers (`plaudit worker`)…' : ' `plaudit worker` processes them.'),
    );
    if (!options.wait) {
      if (queued.reading.totals.failed > 0 || queued.reading.skipped.length > 0) writeLine(io.stdout, formatIngestSummary(queued.reading, 0));
      return queued.reading.totals.failed > 0 ? EXIT.someFailed : EXIT.ok;
    }
    const reports = await waitForIngestJobs(board, queued.jobIds);
    const report = mergeIngestReports([queued.reading, ...reports]);
    const seconds = (performance.now() - started) / 1000;
    if (options.json) writeLine(io.stdout, JSON.stringify({ ...report, seconds: Number(seconds.toFixed(3)) }, null, 2));
    else writeLine(io.stdout, formatIngestSummary(report, seconds));
    if (report.totals.internalErrors > 0) return EXIT.failure;
    return report.totals.failed > 0 ? EXIT.someFailed : EXIT.ok;
  } finally {
    await board.close();
  }
}

function buildMapping(options: IngestOptions): ColumnMapping {
  let mapping: ColumnMapping = {};
  if (options.preset) {
    const preset = MAPPING_PRESETS[options.preset];
    if (!preset) {
      const known = Object.keys(MAPPING_PRESETS).join(', ');
      throw new PlauditError('invalid-argument', `--preset: unknown preset "${options.preset}"; known presets: ${known}.`);
    }
    mapping = { ...preset };
  }
  return options.map ? { ...mapping, ...parseMappingOption(options.map) } : mapping;
}

function parseStdinFormat(value: string | undefined): DocumentFormat | undefined {
  if (value === undefined) return undefined;
  if (value === 'text' || value === 'html' || value === 'markdown') return value;
  throw new PlauditError('invalid-argument', `--stdin-format must be text, markdown or html, not "${value}".`);
}

/**
 * A bar over the files when stderr is a terminal; otherwise a line every few seconds, so logs show a long run
 * is alive without filling up.
 */
async function createProgress(paths: string[], io: CliIo) {
  let files = 0;
  for await (const entry of listSources(paths)) if (entry.kind === 'file') files++;
  const seen = new Set<string>();
  if (io.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: io.stderr,
        format: 'ingest |{bar}| {value}/{total} sources | {documents} documents, {failed} failed | {file}',
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(files, 1), 0, { documents: 0, failed: 0, file: '' });
    return {
      update: (p: IngestProgress) => {
        seen.add(p.file);
        bar.update(Math.min(seen.size, files), { documents: p.documents, failed: p.failed, file: terminalSafe(p.file) });
      },
      stop: () => bar.stop(),
    };
  }
  let last = performance.now();
  return {
    update: (p: IngestProgress) => {
      const now = performance.now();
      if (now - last < 5000) return;
      last = now;
      writeLine(io.stderr, `ingest: ${p.documents} documents, ${p.failed} failed (${p.file})`);
    },
    stop: () => undefined,
  };
}
