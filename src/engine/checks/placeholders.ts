// A "[...]" left in the note is a detail a suggestion asked for and nobody typed: the note
// must not be signed with it. Editorial brackets a writer uses on purpose ([sic], [redacted])
// stay quiet.
import type { Finding } from '../types';
import type { Check } from './check';

/** Square brackets on one line around something with a letter or a digit in it. */
const PLACEHOLDER = /\[[^\][\n]*[\p{L}\p{N}#][^\][\n]*\]/gu;
const EDITORIAL = /^\[\s*(?:sic|redacted|inaudible|sp\?|name withheld)\s*\]$/i;
/**
 * An EHR's stamps are not blanks: an entry time "[06/09/2026 10:40]", a header
 * "[Svc 2026-02-09 | Home]" (a blank asks for words, never holds a number), a status
 * "[E-SIGNED]", "[LATE ENTRY]".
 */
const STAMP =
  /\p{N}|^\[\s*(?:E-?SIGNED|SIGNED|LATE ENTRY|ADDENDUM|AMENDED|CORRECTED|FINAL|DRAFT|COPY)\s*\]$/u;

export const placeholders: Check = {
  note(input) {
    const findings: Finding[] = [];
    PLACEHOLDER.lastIndex = 0;
    for (const match of input.text.matchAll(PLACEHOLDER)) {
      if (EDITORIAL.test(match[0]) || STAMP.test(match[0])) continue;
      findings.push({
        kind: 'placeholder',
        code: 'placeholder',
        start: match.index,
        end: match.index + match[0].length,
        message:
          'This blank is still in the note. Type what it asks for in its place, or delete it, before you sign.',
        suggestions: [],
        rule: 'unfilled-placeholder',
        severity: 'error',
        source: { document: 'notecoach', section: 'Suggestions with blanks' },
      });
    }
    return findings;
  },
};
