import type { FindingKind, Severity } from '../engine/types';
import { citationText } from '../ui/source-names';
import type { CliFinding, CliReport } from './report-schema';

type Paint = (text: string) => string;

interface Palette {
  bold: Paint;
  dim: Paint;
  severity: Record<Severity, Paint>;
}

const ansi =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain: Paint = (text) => text;

function palette(color: boolean): Palette {
  if (!color)
    return { bold: plain, dim: plain, severity: { error: plain, warning: plain, info: plain } };
  return {
    bold: ansi(1, 22),
    dim: ansi(2, 22),
    severity: { error: ansi(31, 39), warning: ansi(33, 39), info: ansi(36, 39) },
  };
}

function money(amount: number): string {
  return `$${amount.toFixed(2)}`;
}

/** A CSV note by the name its export gives it ("Note ID N-1042"); its row only without one. */
function where(report: CliReport): string {
  if (report.label !== undefined) return `${report.file}, ${report.label}`;
  return report.row === undefined ? report.file : `${report.file} row ${report.row}`;
}

function timeLine(report: CliReport): string {
  if (report.minutes === null) {
    return 'time: no start and end time or duration found; units not counted';
  }
  if (report.rounding === null)
    return `time: ${report.minutes} min; no billing unit for this program`;
  const dollars = report.dollars
    ? `, about ${money(report.dollars.amount)} at ${money(report.dollars.rate)}/${report.dollars.per} (${report.dollars.label})`
    : '';
  return `time: ${report.rounding.explanation}${dollars}`;
}

function findingLines(finding: CliFinding, paint: Palette): string[] {
  // A missing field or a limit has no text to quote; its code says what it is about.
  const excerpt = finding.excerpt === '' ? ` ${finding.code}` : ` "${finding.excerpt}"`;
  const first = finding.suggestions[0];
  const suggestion = first
    ? [
        `      try: ${first.label}${first.replacement === undefined ? '' : ` → "${first.replacement}"`}`,
      ]
    : [];
  return [
    `  ${paint.dim(`${finding.line}:${finding.column}`)}  ${paint.severity[finding.severity](finding.kind)}${excerpt}`,
    `      ${finding.message}`,
    ...suggestion,
    paint.dim(`      source: ${citationText(finding.source)}`),
  ];
}

function countByKind(findings: CliFinding[]): string {
  const counts = new Map<FindingKind, number>();
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A report a person reads top to bottom: where, which rules, time, then each finding. */
export function formatText(reports: CliReport[], color: boolean): string {
  const paint = palette(color);
  const blocks = reports.map((report) => {
    const findings = report.findings.flatMap((finding) => findingLines(finding, paint));
    const tally =
      report.findings.length === 0
        ? '  no findings'
        : `  ${plural(report.findings.length, 'finding')}: ${countByKind(report.findings)}`;
    return [
      `${paint.bold(where(report))}  ${paint.dim(report.program)}`,
      `  ${timeLine(report)}`,
      ...findings,
      tally,
    ].join('\n');
  });
  const all = reports.flatMap((report) => report.findings);
  const clean = reports.filter((report) => report.findings.length === 0).length;
  const summary = `${plural(reports.length, 'note')} checked, ${plural(all.length, 'finding')}${
    all.length === 0 ? '' : ` (${countByKind(all)})`
  }, ${clean} without findings`;
  return `${[...blocks, paint.bold(summary)].join('\n\n')}\n`;
}
