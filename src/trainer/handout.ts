// A program's rules laid out for a printed handout: grouped by kind, each rule with its
// message, an example that breaks it and one that follows it (the pack's own examples),
// and the source section it comes from.
import type { FieldId, FindingKind, Severity, SourceRef } from '../engine/types';
import type { ProgramId } from '../rules/packs';
import type { ResolvedPack } from '../rules/schema';
import { CUSTOM_PROGRAM, DEFAULT_PROGRAM, type Settings } from '../settings/schema';
import { KIND_ORDER } from '../ui/finding-kinds';

export interface HandoutRule {
  id: string;
  /** What the rule checks, e.g. "assisted" or "transportation". */
  code: string;
  /** The code, with its source section when several rules of the section share the code. */
  title: string;
  message: string;
  severity: Severity;
  source: SourceRef;
  breaks: string;
  follows: string;
}

export interface HandoutSection {
  kind: FindingKind;
  rules: HandoutRule[];
}

export interface HandoutField {
  field: FieldId;
  message: string;
  source: SourceRef;
}

export interface Handout {
  program: string;
  name: string;
  description: string;
  requiredFields: HandoutField[];
  sections: HandoutSection[];
}

/**
 * A rule's message without the clause that reports one note's numbers ("; this note
 * supports {units}."), which means nothing on paper.
 */
export function generalMessage(message: string): string {
  return message.replace(/;[^;]*\{\w+\}[^;]*$/, '.');
}

/** The handout opens on the program chosen in the options; a custom pack has none, so the default. */
export function handoutProgram(settings: Pick<Settings, 'program'>): ProgramId {
  return settings.program === CUSTOM_PROGRAM ? DEFAULT_PROGRAM : settings.program;
}

/**
 * A rule's title when others share its code: the code, then its section without wrapping it in
 * a second pair of brackets ("paperwork, section (B)2", "paperwork, Non-billable Activities (4)").
 */
export function titleWithSection(code: string, section: string): string {
  return `${code}, ${section.startsWith('(') ? `section ${section}` : section}`;
}

export function handoutFor(pack: ResolvedPack): Handout {
  const sections = KIND_ORDER.filter((kind) => kind !== 'missing-field')
    .map((kind) => {
      const rules = pack.rules.filter((rule) => rule.kind === kind);
      const shared = (code: string) => rules.filter((rule) => rule.code === code).length > 1;
      return {
        kind,
        rules: rules.map((rule) => ({
          id: rule.id,
          code: rule.code,
          title: shared(rule.code) ? titleWithSection(rule.code, rule.source.section) : rule.code,
          message: generalMessage(rule.message),
          severity: rule.severity,
          source: rule.source,
          breaks: rule.examples.fires[0]!,
          follows: rule.examples.quiet[0]!,
        })),
      };
    })
    .filter((section) => section.rules.length > 0);
  return {
    program: pack.id,
    name: pack.name,
    description: pack.description,
    requiredFields: pack.requiredFields.map(({ field, message, source }) => ({
      field,
      message,
      source,
    })),
    sections,
  };
}
