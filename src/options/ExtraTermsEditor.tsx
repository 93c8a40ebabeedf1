import { useEffect, useRef, useState } from 'preact/hooks';
import { extraTermSchema, type ExtraTerm } from '../settings/schema';

interface ExtraTermsEditorProps {
  terms: ExtraTerm[];
  /** Resolves false when the terms could not be stored. */
  onSave(terms: ExtraTerm[]): Promise<boolean>;
}

interface Row extends ExtraTerm {
  key: number;
}

type RowProblems = Partial<Record<keyof ExtraTerm, string>>;

const blank = (row: ExtraTerm) => row.term.trim() === '' && row.wording.trim() === '';

function problemsOf(row: ExtraTerm): RowProblems {
  const parsed = extraTermSchema.safeParse(row);
  if (parsed.success) return {};
  const problems: RowProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof ExtraTerm;
    const value = row[field].trim();
    problems[field] ??=
      value === ''
        ? field === 'term'
          ? 'Write the word or phrase to flag.'
          : 'Write the wording your agency prefers.'
        : issue.code === 'too_big'
          ? `Keep it under ${String(issue.maximum)} characters.`
          : `Not a valid phrase: ${issue.message}`;
  }
  return problems;
}

/** The agency's own vague terms, each with the wording it prefers instead. */
export function ExtraTermsEditor({ terms, onSave }: ExtraTermsEditorProps) {
  const nextKey = useRef(0);
  const withKeys = (list: ExtraTerm[]) => list.map((term) => ({ ...term, key: nextKey.current++ }));
  const [rows, setRows] = useState<Row[]>(() => withKeys(terms));
  const [problems, setProblems] = useState<Map<number, RowProblems>>(new Map());
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const focusKey = useRef<number | null>(null);
  const list = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    if (focusKey.current === null) return;
    list.current?.querySelector<HTMLInputElement>(`#term-${focusKey.current}`)?.focus();
    focusKey.current = null;
  }, [rows]);

  const edit = (key: number, field: keyof ExtraTerm, value: string) => {
    setRows((current) =>
      current.map((row) => (row.key === key ? { ...row, [field]: value } : row)),
    );
    setStatus(null);
  };
  const add = () => {
    const key = nextKey.current++;
    focusKey.current = key;
    setRows((current) => [...current, { key, term: '', wording: '' }]);
  };
  const remove = (key: number) => {
    setRows((current) => current.filter((row) => row.key !== key));
    setStatus(null);
  };
  const save = async () => {
    const kept = rows.filter((row) => !blank(row));
    const found = new Map(kept.map((row) => [row.key, problemsOf(row)] as const));
    for (const [key, rowProblems] of found)
      if (Object.keys(rowProblems).length === 0) found.delete(key);
    setProblems(found);
    if (found.size > 0) {
      setStatus({ ok: false, text: 'Not saved: fix the marked terms first.' });
      return;
    }
    const terms = kept.map(({ term, wording }) => ({ term: term.trim(), wording: wording.trim() }));
    if (!(await onSave(terms))) {
      setStatus({
        ok: false,
        text: 'Not saved: the browser could not store the terms. Try again.',
      });
      return;
    }
    setRows(kept);
    setStatus({ ok: true, text: `Saved ${kept.length} term${kept.length === 1 ? '' : 's'}.` });
  };

  const input = (row: Row, field: keyof ExtraTerm, label: string) => {
    const id = `${field}-${row.key}`;
    const problem = problems.get(row.key)?.[field];
    return (
      <td>
        <input
          id={id}
          type="text"
          value={row[field]}
          aria-label={label}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onInput={(event) => edit(row.key, field, event.currentTarget.value)}
        />
        {problem && (
          <p class="problem" id={`${id}-problem`}>
            {problem}
          </p>
        )}
      </td>
    );
  };

  return (
    <section class="card" aria-labelledby="terms-heading">
      <h2 id="terms-heading">Your agency's vague terms</h2>
      <p class="hint">
        Words your agency wants spelled out, flagged like the built-in vague terms, with the wording
        you prefer offered as the fix.
      </p>
      {rows.length === 0 && <p class="empty">No terms yet.</p>}
      {rows.length > 0 && (
        <table class="terms">
          <thead>
            <tr>
              <th scope="col">Term to flag</th>
              <th scope="col">Preferred wording</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody ref={list}>
            {rows.map((row, n) => (
              <tr key={row.key}>
                {input(row, 'term', `Term ${n + 1}`)}
                {input(row, 'wording', `Preferred wording for term ${n + 1}`)}
                <td>
                  <button
                    type="button"
                    class="quiet"
                    aria-label={`Remove term ${n + 1}${row.term ? ` (${row.term})` : ''}`}
                    onClick={() => remove(row.key)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button type="button" onClick={add}>
          Add a term
        </button>
        <button type="button" class="primary" onClick={() => void save()}>
          Save terms
        </button>
        <span class={status?.ok === false ? 'status problem' : 'status'} role="status">
          {status?.text}
        </span>
      </div>
    </section>
  );
}
