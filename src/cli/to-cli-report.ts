import { FIELD_IDS, type Report } from '../engine/types';
import type { CliReport } from './report-schema';

export interface NoteSource {
  file: string;
  row?: number;
  /** How a CSV export names the note ("Note ID N-1042"). */
  label?: string;
  /** The text positions are reported against: the whole file, or the CSV cell. */
  text: string;
  /** Where the analysed note starts in `text` (after a `# program:` header). */
  offset: number;
}

const EXCERPT_LIMIT = 80;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAndColumn(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

function excerptOf(text: string, start: number, end: number): string {
  const flat = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LIMIT ? `${flat.slice(0, EXCERPT_LIMIT - 1)}…` : flat;
}

/** The engine's report in the CLI's contract, with positions against the file or cell. */
export function toCliReport(report: Report, source: NoteSource): CliReport {
  const starts = lineStarts(source.text);
  const shift = (offset: number): number => offset + source.offset;
  const fields: CliReport['fields'] = {};
  for (const id of FIELD_IDS) {
    const presence = report.fields[id];
    if (presence === undefined) continue;
    fields[id] = {
      present: presence.present,
      where: presence.where,
      ...(presence.start === undefined ? {} : { start: shift(presence.start) }),
      ...(presence.end === undefined ? {} : { end: shift(presence.end) }),
    };
  }
  return {
    file: source.file,
    ...(source.row === undefined ? {} : { row: source.row }),
    ...(source.label === undefined ? {} : { label: source.label }),
    program: report.program,
    minutes: report.time.minutes,
    units: report.units?.units ?? null,
    rounding: report.units
      ? {
          unitMinutes: report.units.unitMinutes,
          rule: report.units.rounding,
          explanation: report.units.explanation,
        }
      : null,
    findings: report.findings.map((finding) => {
      const start = shift(finding.start);
      const end = shift(finding.end);
      return {
        kind: finding.kind,
        code: finding.code,
        start,
        end,
        ...lineAndColumn(starts, start),
        excerpt: excerptOf(source.text, start, end),
        message: finding.message,
        suggestions: finding.suggestions,
        rule: finding.rule,
        severity: finding.severity,
        source: finding.source,
      };
    }),
    fields,
    dollars: report.dollars,
  };
}
