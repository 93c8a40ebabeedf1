// Remembers which CSV column holds what, by the file's header row, so the next export from
// the same EHR maps itself. Only column names and positions are kept, never a cell: a header
// row with any cell that could be data (a date, a sentence, long text) is not remembered.
import { z } from 'zod';
import {
  COLUMN_NAME_MAX,
  columnMappingSchema,
  looksLikeColumnName,
  type ColumnMapping,
} from './import-csv';
import type { PageStorage } from './page-storage';

export const MAPPINGS_KEY = 'review.csvMappings';

/** Header rows remembered; the oldest is forgotten first. */
export const MAPPINGS_KEPT = 20;

const rememberedSchema = z
  .array(
    z.object({
      headers: z.array(z.string().max(COLUMN_NAME_MAX)).max(500),
      mapping: columnMappingSchema,
    }),
  )
  .max(MAPPINGS_KEPT);
type Remembered = z.infer<typeof rememberedSchema>;

/** Headers compared as the supervisor would: case, spacing and a BOM do not matter. */
function signature(headers: readonly string[]): string {
  return headers
    .map((header) =>
      header
        .replace(/^\uFEFF/, '')
        .trim()
        .replace(/\s+/g, ' ')
        .toLowerCase(),
    )
    .join('\u0000');
}

async function remembered(storage: PageStorage): Promise<Remembered> {
  const parsed = rememberedSchema.safeParse(await storage.get(MAPPINGS_KEY).catch(() => []));
  return parsed.success ? parsed.data : [];
}

/** The mapping last confirmed for a file with these headers, if any. */
export async function recallMapping(
  storage: PageStorage,
  headers: readonly string[],
): Promise<ColumnMapping | null> {
  const wanted = signature(headers);
  const found = (await remembered(storage)).find((entry) => signature(entry.headers) === wanted);
  return found?.mapping ?? null;
}

export async function rememberMapping(
  storage: PageStorage,
  headers: readonly string[],
  mapping: ColumnMapping,
): Promise<void> {
  if (!headers.every(looksLikeColumnName)) return;
  const wanted = signature(headers);
  const others = (await remembered(storage)).filter((entry) => signature(entry.headers) !== wanted);
  const next = [{ headers: [...headers], mapping }, ...others].slice(0, MAPPINGS_KEPT);
  await storage.set(MAPPINGS_KEY, next);
}
