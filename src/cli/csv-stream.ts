import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { csvLayout, noteFromRecord, type CsvLayout, type CsvRecord } from './csv-notes';
import { decodeChunks, MAX_INPUT_BYTES, NotTextError } from './decode-input';

/** The input, one chunk at a time, each only once the output is ready for what it will make. */
async function* paced(
  chunks: AsyncIterable<Uint8Array>,
  ready: () => Promise<void> | null,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    await ready();
    yield chunk;
  }
}

/**
 * Reads an EHR export record by record and hands each one on as soon as it is parsed, so memory
 * stays flat however long the export is: papaparse handles a chunk's records before it takes the
 * next chunk, and the next chunk is read only when `ready` says the output has room for more.
 * Resolves with null when the whole export was read, or why the rest of it could not be: a record
 * already handed on stays handed on. `firstRow` numbers the first record.
 */
export function streamCsvNotes(
  chunks: AsyncIterable<Uint8Array>,
  column: string | undefined,
  firstRow: number,
  onRecord: (record: CsvRecord) => void,
  ready: () => Promise<void> | null,
): Promise<string | null> {
  return new Promise((resolve) => {
    let layout: CsvLayout | null = null;
    let records = 0;
    let settled = false;
    const settle = (reason: string | null, parser?: Papa.Parser): void => {
      if (settled) return;
      settled = true;
      parser?.abort();
      resolve(reason);
    };
    const input = Readable.from(decodeChunks(paced(chunks, ready)), { highWaterMark: 1 });
    Papa.parse<string[]>(input, {
      header: false,
      skipEmptyLines: 'greedy',
      step(results, parser) {
        if (settled) return;
        const unterminated = results.errors.find((error) => error.type === 'Quotes');
        if (unterminated) {
          settle(`malformed CSV: ${unterminated.message} (record ${firstRow + records})`, parser);
          return;
        }
        const cells = results.data;
        if (layout === null) {
          const found = csvLayout(cells, column);
          if (found.ok) layout = found.layout;
          else settle(found.reason, parser);
          return;
        }
        const row = firstRow + records;
        records += 1;
        const text = cells[layout.noteColumn];
        if (text !== undefined && text.length > MAX_INPUT_BYTES) {
          onRecord({ ok: false, problem: { row, reason: 'the note is over the 1 MB limit' } });
          return;
        }
        onRecord(noteFromRecord(cells, row, layout));
      },
      complete() {
        settle(records === 0 ? 'the CSV has no rows after the header' : null);
      },
      error(error: Error) {
        settle(error instanceof NotTextError ? error.message : `cannot read (${error.message})`);
      },
    });
  });
}
