// What a painter needs to know about a finding: where, and how loud.
import type { Severity } from '../../engine/types';
import type { Span } from './visible-span';

export interface Mark {
  start: number;
  end: number;
  severity: Severity;
}

export interface Painter {
  /** Draws exactly these marks, replacing what was drawn before. */
  paint(marks: readonly Mark[]): void;
  /** The characters of the note now in view, where the painter can measure them. */
  visibleSpan?(): Span | null;
  /** Where [start, end) is drawn, one box per line, for a painter with no DOM range to ask. */
  boxesOf?(start: number, end: number): DOMRect[];
  dispose(): void;
}

export const UNDERLINE_COLORS: Record<Severity, string> = {
  error: '#c62828',
  warning: '#d97706',
  info: '#1d4ed8',
};
