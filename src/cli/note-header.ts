/** A note file may start with `# program: <id>`, naming the program for that file. */
const HEADER = /^#\s*program:\s*(\S+)[ \t]*(\r?\n|$)/i;

export interface NoteFile {
  program: string | null;
  /** The note itself: the file after the header line. */
  body: string;
  /** Where the body starts in the file, so positions can be reported against the file. */
  bodyOffset: number;
}

export function readNoteHeader(text: string): NoteFile {
  const header = HEADER.exec(text);
  if (!header) return { program: null, body: text, bodyOffset: 0 };
  return {
    program: header[1] ?? null,
    body: text.slice(header[0].length),
    bodyOffset: header[0].length,
  };
}
