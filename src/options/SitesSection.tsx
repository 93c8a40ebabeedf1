import { useEffect, useState } from 'preact/hooks';
import type { SiteList } from './stores';

/** The sites NoteCoach is always on for, each removable. */
export function SitesSection({ sites }: { sites: SiteList }) {
  const [list, setList] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);

  const refresh = () =>
    sites.list().then(
      (found) => {
        setList(found);
        setFailed(false);
      },
      () => setFailed(true),
    );
  useEffect(() => void refresh(), [sites]);

  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p class="hint">
        NoteCoach runs only on these sites, or on a tab where you click its toolbar button.
      </p>
      {failed && <p class="problem">The site list could not be read.</p>}
      {list !== null && list.length === 0 && <p>No sites yet.</p>}
      {list !== null && list.length > 0 && (
        <ul class="sites">
          {list.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button
                type="button"
                class="quiet"
                aria-label={`Remove ${site}`}
                onClick={() => void sites.remove(site).then(refresh, () => setFailed(true))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
