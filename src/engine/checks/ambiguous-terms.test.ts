import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules/packs';
import { analyzeNote } from '../analyze';

const pack = PACKS['ct-dmhas-csp'];
const vague = (text: string) =>
  analyzeNote(text, pack).findings.filter((finding) => finding.kind === 'ambiguous-term');

describe('ambiguous terms', () => {
  it('flags "assisted client with errands" and suggests a rewording built from the sentence', () => {
    const text = 'CSW assisted client with errands.';
    const [finding] = vague(text);
    expect(finding?.code).toBe('assisted');
    expect(text.slice(finding?.start, finding?.end)).toBe('assisted client with errands');
    expect(finding?.suggestions[0]?.replacement).toBe(
      'taught client to [skill] for errands by [modeling / prompting / role-playing]',
    );
  });

  it('a second action after "and" does not explain the first: "with various tasks and provided support"', () => {
    const codes = vague('CSW assisted participant with various tasks and provided support.').map(
      (finding) => finding.code,
    );
    expect(codes).toEqual(['assisted', 'provided support']);
  });

  it('does not flag a term followed by the specific action', () => {
    expect(
      vague('CSW assisted client to complete the SNAP form by reading each question aloud.'),
    ).toEqual([]);
  });

  it.each([
    ['assisted', 'This writer assists client with paperwork.'],
    ['helped', 'Helping client with his bills.'],
    ['met with', 'CSW met with client.'],
    ['met with', 'met w client at his house'],
    ['checked in', 'CSW checked in with client.'],
    ['encouraged', 'Encouraged client to continue working on goals.'],
    ['discussed', 'CSW and client discussed his progress.'],
    ['accompanied', 'csw accompanied member to his appointment'],
  ])('flags %s in %j', (code, text) => {
    expect(vague(text).map((finding) => finding.code)).toEqual([code]);
  });

  it('does not flag what someone other than the worker did', () => {
    expect(vague('Client helped his son with homework.')).toEqual([]);
  });

  it('does not flag a noun or a plan: "natural supports", "to meet with the agency"', () => {
    expect(vague('Client identified natural supports.')).toEqual([]);
    expect(vague('Client scheduled an appointment to meet with the agency.')).toEqual([]);
  });

  it('"discussed" is quiet when the note says what was discussed', () => {
    expect(vague('Discussed the May 3 deadline for his Section 8 recertification.')).toEqual([]);
  });

  it('replaces "discussed things with client" as a whole', () => {
    const text = 'CSW discussed things with client.';
    const [finding] = vague(text);
    expect(text.slice(finding?.start, finding?.end)).toBe('discussed things with client');
    expect(finding?.suggestions[0]?.replacement).toBe(
      'reviewed [specific topic] with client; [what was decided]',
    );
  });

  it('uses the sentence person and topic in the suggestion for "accompanied"', () => {
    const [finding] = vague('CSW accompanied client to his psychiatry appointment.');
    expect(finding?.suggestions[0]?.replacement).toBe(
      'went with client to his psychiatry appointment and [what you did that required you, e.g. prompted him to ask about side effects]',
    );
  });
});
