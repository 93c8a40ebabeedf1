// The general-purpose prose linters NoteCoach is measured against, each as one call per note.
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import retextPassive from 'retext-passive';
import retextSimplify from 'retext-simplify';
import writeGood from 'write-good';

/** Number of suggestions write-good makes for the note. */
export function checkWithWriteGood(text: string): number {
  return writeGood(text).length;
}

/**
 * A retext pipeline (English parser, simplify, intensify, passive), built once, run per note.
 * `retext` is unified with a stringifier, so processSync hands back the file's messages.
 */
export function createRetextChecker(): (text: string) => number {
  const processor = retext()
    .use(retextEnglish)
    .use(retextSimplify)
    .use(retextIntensify)
    .use(retextPassive)
    .freeze();
  return (text) => processor.processSync(text).messages.length;
}
