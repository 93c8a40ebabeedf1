import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('keeps offsets that point back into the note', () => {
    const text = '  Start: 10:00\n- met client at home. drove him home';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('makes each line a sentence, drops list marks, splits lower-case sentences', () => {
    expect(
      texts(
        'Start: 10:00\nEnd: 10:45\n- met client at home. drove him to the store\n2) wrote plan',
      ),
    ).toEqual([
      'Start: 10:00',
      'End: 10:45',
      'met client at home.',
      'drove him to the store',
      'wrote plan',
    ]);
  });

  it('does not split at titles, initials or decimals', () => {
    expect(texts('Drove to Dr. Smith with J. Lee for 2.5 hours. Then left.')).toEqual([
      'Drove to Dr. Smith with J. Lee for 2.5 hours.',
      'Then left.',
    ]);
  });

  it('ends a sentence after an ordinal date but not after a street abbreviation', () => {
    expect(
      texts('Benefits load on the 21st. Then picked her up at 12 Main St. Apt 4 is hers.'),
    ).toEqual(['Benefits load on the 21st.', 'Then picked her up at 12 Main St. Apt 4 is hers.']);
  });

  it("parts a flattened form's fields at ' | '", () => {
    expect(texts('loc: mbr home | 9:15a-9:50a | did his med box. Then left.')).toEqual([
      'loc: mbr home',
      '9:15a-9:50a',
      'did his med box.',
      'Then left.',
    ]);
  });

  it("parts a form flattened onto one line at each part's heading, and only such a line", () => {
    expect(
      texts(
        'Participant: Tonya Reed Others Present: none Recovery Plan Goal: #2 more time out Intervention: Took Tonya to a movie. Participant Response: enjoyed it Plan/Follow-up: Tues.',
      ),
    ).toEqual([
      'Participant: Tonya Reed Others Present: none',
      'Recovery Plan Goal: #2 more time out',
      'Intervention: Took Tonya to a movie.',
      'Participant Response: enjoyed it',
      'Plan/Follow-up: Tues.',
    ]);
    expect(texts('We went over the Plan: she calls Monday and I follow up Friday.')).toEqual([
      'We went over the Plan: she calls Monday and I follow up Friday.',
    ]);
  });

  it('goes on past initials with stops when a lower-case word follows, and ends before a capital', () => {
    expect(
      texts('Assisted R.B. with the SNAP form by reading it aloud. I met A.F. She said hi.'),
    ).toEqual([
      // prettier-ignore
      'Assisted R.B. with the SNAP form by reading it aloud.',
      'I met A.F.',
      'She said hi.',
    ]);
  });
});
