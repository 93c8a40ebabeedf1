import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { cliOutputSchema } from './report-schema';

/**
 * The text of schemas/cli-report.schema.json: draft-07 so the widest range of validators
 * read it, formatted by the repository's Prettier settings so `npm run lint` stays clean.
 */
export async function cliReportJsonSchema(): Promise<string> {
  const schema = {
    ...z.toJSONSchema(cliOutputSchema, { target: 'draft-7' }),
    title: 'NoteCoach CLI report (notecoach check --format json)',
  };
  const config = await resolveConfig(
    new URL('../../schemas/cli-report.schema.json', import.meta.url),
  );
  return format(JSON.stringify(schema), { ...config, parser: 'json' });
}
