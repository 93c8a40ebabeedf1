import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules/packs';
import { analyzeNote } from '../analyze';

const judged = (text: string) =>
  analyzeNote(text, PACKS['mo-community-support'])
    .findings.filter((finding) => finding.kind === 'subjective-language')
    .map((finding) => finding.code);

describe('subjective language', () => {
  it('offers the observable wording for a slang test result', () => {
    const [finding] = analyzeNote(
      'Client had a clean UA on Monday.',
      PACKS['mo-community-support'],
    ).findings.filter((candidate) => candidate.kind === 'subjective-language');
    expect(finding?.suggestions[0]?.replacement).toBe(
      'urine drug screen negative for [substances tested]',
    );
  });

  it('"refused" alone is flagged, "refused to sign the release" names the behavior', () => {
    expect(judged('Client refused.')).toEqual(['refused']);
    expect(judged('Client refused to sign the release.')).toEqual([]);
    expect(judged('Client refused to cooperate.')).toEqual(['refused']);
  });

  it("leaves the client's own quoted words alone", () => {
    expect(judged('Client said, "I feel lazy and unmotivated today."')).toEqual([]);
  });

  it('does not read "clean apartment" or "addiction" as slang', () => {
    expect(judged('Client keeps his apartment clean and is in addiction recovery.')).toEqual([]);
  });
});
