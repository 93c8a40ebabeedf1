// Sections of a note that tell what the person served did, not what the worker did: "Client
// response:", "R:" (BIRP, GIRP), "Lorraine's participation:". A sentence there that names no
// doer ("Helped another member spell 'appetite'") is the client's account.

/** A heading that opens the client's part: who (optional) then response, participation... */
const CLIENT_HEADING =
  /^[ \t]{0,4}(?:[-•*][ \t]{0,2})?(?:(?:client|member|mbr|participant|consumer|individual|parent|pt|cl|\p{Lu}[\p{L}'’-]{1,20})(?:['’]s)?[ \t]{1,2})?(?:[Rr]esponses?|[Pp]articipation|[Rr]eaction|[Rr]eport)(?:[ \t]{1,2}(?:to[ \t]{1,2}(?:[Ii]ntervention|[Ss]ervices?|[Ss]ession))?)?[ \t]{0,2}:|^[ \t]{0,4}R[ \t]{0,2}[:)\-–][ \t]/u;

/** Any heading that opens another part: "Plan:", "I:", "Next steps:". */
const ANY_HEADING = /^[ \t]{0,4}(?:[-•*][ \t]{0,2})?\p{L}[\p{L}'’ /&()-]{0,30}[ \t]{0,2}:/u;

/** Start and end offsets of each part of `text` that a client heading opens. */
export function clientSections(text: string): { start: number; end: number }[] {
  const sections: { start: number; end: number }[] = [];
  let open: number | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const blank = line.trim() === '';
    if (open !== null && (blank || ANY_HEADING.test(line)) && !CLIENT_HEADING.test(line)) {
      sections.push({ start: open, end: offset });
      open = null;
    }
    if (open === null && CLIENT_HEADING.test(line)) open = offset;
    offset += line.length + 1;
  }
  if (open !== null) sections.push({ start: open, end: text.length });
  return sections;
}
