// Builds engine reports for review tests, so each test states only the findings it is about.
import type { Finding, Report } from '../../src/engine/types';

export function finding(overrides: Partial<Finding> & Pick<Finding, 'kind' | 'code'>): Finding {
  return {
    start: 0,
    end: 0,
    message: `About ${overrides.code}.`,
    suggestions: [],
    rule: `rule-${overrides.code}`,
    severity: 'warning',
    source: { document: '000_198047cccad68f0c.txt', section: '(B)' },
    ...overrides,
  };
}

export function report(findings: Finding[], minutes: number | null = 45): Report {
  return {
    program: 'ct-dmhas-csp',
    findings,
    time: { start: null, end: null, minutes, basis: minutes === null ? null : 'duration' },
    units:
      minutes === null
        ? null
        : {
            minutes,
            unitMinutes: 15,
            units: Math.floor(minutes / 15),
            rounding: 'whole-units',
            explanation: `${minutes} min`,
          },
    dollars: null,
    fields: {},
  };
}
