import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../analyze';
import { PACKS } from '../../rules/packs';
import { clientSections } from './sections';

const parts = (text: string) =>
  clientSections(text).map(({ start, end }) => text.slice(start, end).trim());

describe('clientSections', () => {
  it('reads the parts a response or participation heading opens, up to the next heading', () => {
    const note =
      "Intervention: Taught grounding.\nLorraine's participation: named a sign.\nHelped another member spell it.\nPlan: group 3/31.";
    expect(parts(note)).toEqual(["Lorraine's participation: named a sign.\nHelped another member spell it."]); // prettier-ignore
    expect(parts('I: Modeled the routine.\nR: Mom repeated it.\nP: next visit.')).toEqual(['R: Mom repeated it.']); // prettier-ignore
    expect(parts('Client response: calm.\n\nCSW helped him.')).toEqual(['Client response: calm.']);
    // The heading alone, capitalised as a form prints it.
    expect(parts('Met her in the lobby.\nResponse: Checked in alone.\nPlan: call 4/23.')).toEqual(['Response: Checked in alone.']); // prettier-ignore
  });

  it('finds none in a note without such a heading', () => {
    expect(parts('D: met at home.\nA: calm.\nP: next week.')).toEqual([]);
  });
});

describe('a vague verb with no doer under the client heading', () => {
  const vague = (text: string) =>
    analyzeNote(text, PACKS['ct-dmhas-csp'])
      .findings.filter((finding) => finding.kind === 'ambiguous-term')
      .map((finding) => finding.code);

  it("is the client's act, not the worker's vague wording", () => {
    const note = (section: string) =>
      `3/24/2026 2:00 PM - 3:00 PM, Harlow Center. Recovery plan goal 2.\nWhat staff did: Deb read each item aloud and had each member name one sign.\n${section}: named "I stop answering the phone" as her sign. Helped another member spell "appetite."\nNext: group 3/31.\nSigned: Deb Martel, CSW`;
    expect(vague(note("Lorraine's participation"))).toEqual([]);
    // The same words under the worker's heading are the worker's.
    expect(vague(note('Also'))).toEqual(['helped']);
  });
});
