// The labelled corpus on disk (test/corpus/<split>/<batch>/): one note per text file, whose
// first line names the program, and labels.json by note id. Labels are parsed with zod, so a
// typo in a label file is an error naming the file, not a silent miss.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

const findingSchema = z.object({
  kind: z.enum([
    'ambiguous-term',
    'non-billable',
    'missing-field',
    'limit',
    'subjective-language',
    'mixed-billing',
  ]),
  code: z.string().min(1),
  quote: z.string().optional(),
});

const labelSchema = z.object({
  style: z.string().optional(),
  findings: z.array(findingSchema),
  minutes: z.number().nullable(),
  units: z.number().int().min(0).nullable(),
  why: z.string().optional(),
});
export const labelsSchema = z.record(z.string(), labelSchema);
export type Label = z.infer<typeof labelSchema>;

export interface CorpusNote {
  id: string;
  batch: string;
  split: Split;
  /** The note file, as the CLI reads it (first line `# program: ID`). */
  file: string;
  label: Label;
}

export function readLabels(file: string): Record<string, Label> {
  const parsed = labelsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Every note of the splits asked for, each with its settled label (labels.json). */
export function readCorpus(
  root: string,
  splits: readonly Split[],
  labelFile = 'labels.json',
): CorpusNote[] {
  const notes: CorpusNote[] = [];
  for (const split of splits) {
    const splitDir = join(root, split);
    if (!existsSync(splitDir)) continue;
    for (const batch of readdirSync(splitDir).sort()) {
      const dir = join(splitDir, batch);
      const labelPath = join(dir, labelFile);
      if (!existsSync(labelPath)) continue;
      const labels = readLabels(labelPath);
      const files = readdirSync(join(dir, 'notes')).filter((name) => name.endsWith('.txt'));
      for (const name of files.sort()) {
        const id = name.replace(/\.txt$/, '');
        const label = labels[id];
        if (label === undefined) throw new Error(`${labelPath}: no label for note ${id}`);
        notes.push({ id, batch, split, file: join(dir, 'notes', name), label });
      }
      const missing = Object.keys(labels).filter((id) => !files.includes(`${id}.txt`));
      if (missing.length > 0)
        throw new Error(`${labelPath}: labels without a note: ${missing.join(', ')}`);
    }
  }
  return notes;
}
