// The JSON Schema of a rule pack, generated from the zod schema (never written by hand).
import { z } from 'zod';
import { packSchema } from './schema';

export function packJsonSchemaText(): string {
  const schema = z.toJSONSchema(packSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'NoteCoach rule pack' }, null, 2)}\n`;
}
