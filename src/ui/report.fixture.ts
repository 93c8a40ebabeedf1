// A report shaped like the engine's for "CSW assisted client ... drove client to his dentist",
// for the UI's tests.
import type { Report } from '../engine/types';

export function fixtureReport(): { report: Report; excerpts: string[] } {
  return {
    report: {
      program: 'ct-dmhas-csp',
      findings: [
        {
          kind: 'ambiguous-term',
          code: 'assist',
          start: 4,
          end: 12,
          message: '“Assisted” does not say what you did. Name the skill you taught or practiced.',
          suggestions: [
            { label: 'Say what you taught', replacement: 'taught client to [skill] by [method]' },
            { label: 'Describe the client’s part, not only yours.' },
          ],
          rule: 'csp-vague-assisted',
          severity: 'warning',
          source: { document: '002_272baf8fda9674c5.txt', section: '(C)' },
        },
        {
          kind: 'non-billable',
          code: 'transportation',
          start: 43,
          end: 55,
          message: 'Time spent solely transporting a client is not paid.',
          suggestions: [
            { label: 'Document what you did during the trip, or record the ride as not billed.' },
          ],
          rule: 'csp-transport',
          severity: 'error',
          source: { document: '000_198047cccad68f0c.txt', section: 'Non-billable (1)' },
        },
        {
          kind: 'missing-field',
          code: 'start-time',
          start: 0,
          end: 0,
          message: 'Every note needs the time the service started.',
          suggestions: [{ label: 'Add the start time', replacement: 'From [10:00] ' }],
          rule: 'csp-start-time',
          severity: 'error',
          source: { document: '003_450d3d394fd2d703.txt', section: 'Documentation' },
        },
        {
          kind: 'limit',
          code: 'under-minimum-duration',
          start: 0,
          end: 0,
          message: 'Services under 15 minutes are not billable.',
          suggestions: [],
          rule: 'csp-under-15',
          severity: 'info',
          source: { document: '000_198047cccad68f0c.txt', section: 'Non-billable (8)' },
        },
      ],
      time: {
        start: { minutes: 600, text: '10:00', start: 0, end: 5 },
        end: { minutes: 645, text: '10:45', start: 9, end: 14 },
        minutes: 45,
        basis: 'range',
      },
      units: {
        minutes: 45,
        unitMinutes: 15,
        units: 3,
        rounding: 'whole-units',
        explanation: '45 min = 3 units of 15 min (whole units only)',
      },
      dollars: {
        amount: 74.76,
        rate: 24.92,
        per: 'unit',
        label: 'CT DMHAS CSP individual rate',
        source: { document: '000_198047cccad68f0c.txt', section: 'Rates' },
      },
      fields: { 'start-time': { present: false, where: null } },
    },
    excerpts: ['assisted', 'drove client', '', ''],
  };
}
