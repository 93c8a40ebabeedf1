export const USAGE = `Usage:
  notecoach check [options] FILE... | -   check progress notes (text files, CSV exports, or stdin)
  notecoach programs                      list the program ids and their names
  notecoach --help | --version

Options for check:
  -p, --program ID      rules to apply (default: the file's "# program: ID" first line,
                        or a CSV's Program column)
  -f, --format FORMAT   text (default), json (one array), or ndjson (one report per line,
                        written as each note is read; a CSV is read as a stream, any size)
  -c, --column NAME     the CSV column holding the note text (default: guessed from names
                        like "Note Text" or "Narrative" when FILE ends in .csv)
      --first-row N     number a CSV's first record N (a shard starting at record N of an
                        export), so shard outputs concatenate to one run's output
      --fail-on KIND    exit 1 when a finding of KIND is found (a finding kind, or "any";
                        repeat or separate with commas)

Exit codes: 0 checked, 1 a --fail-on finding was found, 2 bad arguments or an input that
could not be checked (the other inputs are still checked).
`;
