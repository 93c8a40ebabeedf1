// Writes rules/schema.json from the zod schema, so editors can validate a pack as it is typed.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchemaText } from '../src/rules/json-schema';

const target = fileURLToPath(new URL('../rules/schema.json', import.meta.url));
writeFileSync(target, packJsonSchemaText());
