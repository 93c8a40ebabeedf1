// The elements a program requires in every note (times, location, plan goal, signatures...),
// found in headers ("Location: library"), in prose ("met at the library from 2 to 2:45 pm"),
// or in the EHR form around the note.
import type { CompiledField } from '../compile';
import type { FieldId, FieldPresence, Finding } from '../types';
import { NOTHING, type Check, type Mark, type NoteInput } from './check';

const PREFIX = 'field:';
/** "Parent signature: ______" is a line waiting to be filled, not a signature. */
const BLANK_AFTER = /^[\s:=\-–_.]*$/;

export const requiredFields: Check = {
  sentence(input) {
    const marks: Mark[] = [];
    for (const field of input.pack.fields) {
      const found = firstMatch(field.header, input.text) ?? firstMatch(field.phrases, input.text);
      if (found) marks.push({ key: PREFIX + field.field, ...found });
      field.allOf.forEach((group, i) => {
        const hit = firstMatch(group, input.text);
        if (hit && !BLANK_AFTER.test(input.text.slice(hit.end)))
          marks.push({ key: `${PREFIX}${field.field}#${i}`, ...hit });
      });
    }
    return marks.length > 0 ? { findings: [], marks } : NOTHING;
  },

  note(input) {
    if (input.notBilled) return [];
    const presence = fieldPresence(input);
    const findings: Finding[] = [];
    for (const field of input.pack.fields) {
      const required = field.required;
      if (required === null || presence[field.field]?.present) continue;
      findings.push({
        kind: 'missing-field',
        code: field.field,
        start: 0,
        end: 0,
        message: required.message,
        suggestions: required.suggestions.map((suggestion) => ({ ...suggestion })),
        rule: `required-${field.field}`,
        severity: required.severity,
        source: required.source,
      });
    }
    return findings;
  },
};

/** Presence of every field the program requires. */
export function fieldPresence(input: NoteInput): Partial<Record<FieldId, FieldPresence>> {
  const presence: Partial<Record<FieldId, FieldPresence>> = {};
  for (const field of input.pack.fields) {
    if (field.required === null) continue;
    presence[field.field] = presenceOf(field, input);
  }
  return presence;
}

function presenceOf(field: CompiledField, input: NoteInput): FieldPresence {
  if (input.context.fields?.[field.field]) return { present: true, where: 'context' };
  if (field.allOf.length > 0) {
    const hits = field.allOf.map((_, i) =>
      input.marks.find((mark) => mark.key === `${PREFIX}${field.field}#${i}`),
    );
    const first = hits[0];
    return hits.every((hit) => hit !== undefined) && first
      ? { present: true, where: 'note', start: first.start, end: first.end }
      : absent();
  }
  const mark = input.marks.find((candidate) => candidate.key === PREFIX + field.field);
  if (mark) return { present: true, where: 'note', start: mark.start, end: mark.end };
  const found = foundByTime(field.field, input);
  return found ?? absent();
}

function foundByTime(field: FieldId, input: NoteInput): FieldPresence | null {
  const mark =
    field === 'start-time'
      ? input.time.start
      : field === 'end-time'
        ? input.time.end
        : field === 'date'
          ? input.date
          : null;
  if (mark === null) return null;
  if (input.time.basis === 'context' && field !== 'date')
    return { present: true, where: 'context' };
  return { present: true, where: 'note', start: mark.start, end: mark.end };
}

function absent(): FieldPresence {
  return { present: false, where: null };
}

function firstMatch(re: RegExp | null, text: string): { start: number; end: number } | null {
  if (re === null) return null;
  re.lastIndex = 0;
  const match = re.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
