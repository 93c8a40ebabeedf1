// Regenerates schemas/cli-report.schema.json from the zod schema (npm run schema:cli).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cliReportJsonSchema } from './report-json-schema';

const target = fileURLToPath(new URL('../../schemas/cli-report.schema.json', import.meta.url));
writeFileSync(target, await cliReportJsonSchema());
