// The toolbar popup: check the page once, keep NoteCoach on for this site, or open a page.
import { useEffect, useState } from 'preact/hooks';
import { LockIcon, LogoMark } from '../ui/icons';

export interface PopupActions {
  /** Injects the sidebar and reader into the current tab; false if the page is off-limits. */
  checkPage(): Promise<boolean>;
  isAlwaysOn(): Promise<boolean>;
  /** Asks the browser for the site's permission (needs this click) and lists the site. */
  turnOn(): Promise<boolean>;
  turnOff(): Promise<void>;
  openOptions(): void;
  close(): void;
}

interface PopupProps {
  /** The current tab's host, or null when NoteCoach cannot run there (browser pages). */
  host: string | null;
  /** The keyboard shortcut for "Check this page", as the browser has it set. */
  shortcut: string | null;
  actions: PopupActions;
}

export function Popup({ host, shortcut, actions }: PopupProps) {
  const [alwaysOn, setAlwaysOn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (host) actions.isAlwaysOn().then(setAlwaysOn, () => setAlwaysOn(false));
  }, [host, actions]);

  const check = async () => {
    setBusy(true);
    const ok = await actions.checkPage();
    setBusy(false);
    if (ok) actions.close();
    else setStatus('NoteCoach cannot run on this page.');
  };

  const toggle = async () => {
    setBusy(true);
    if (alwaysOn) {
      await actions.turnOff();
      setAlwaysOn(false);
      setStatus(`NoteCoach is off for ${host}.`);
    } else if (await actions.turnOn()) {
      setAlwaysOn(true);
      setStatus(`NoteCoach will start on ${host} by itself.`);
    } else {
      setStatus('Permission was not given; nothing changed.');
    }
    setBusy(false);
  };

  return (
    <main class="popup">
      <header class="head">
        <LogoMark class="logo" />
        <h1>NoteCoach</h1>
      </header>
      {host ? (
        <>
          <button type="button" class="primary" disabled={busy} onClick={check}>
            Check this page
            {shortcut && <kbd>{shortcut}</kbd>}
          </button>
          <label class="switch">
            <span class="switch-text">
              Always on for <strong>{host}</strong>
            </span>
            <input
              type="checkbox"
              role="switch"
              checked={alwaysOn}
              disabled={busy}
              onChange={toggle}
            />
          </label>
        </>
      ) : (
        <p class="muted">NoteCoach checks notes on web pages. Open your EHR to use it here.</p>
      )}
      <p class="status" role="status">
        {status}
      </p>
      <nav class="links" aria-label="NoteCoach pages">
        <a href="/review.html" target="_blank">
          Review notes
        </a>
        <a href="/trainer.html" target="_blank">
          Trainer
        </a>
        <button type="button" class="link" onClick={actions.openOptions}>
          Options
        </button>
      </nav>
      <footer class="foot">
        <LockIcon />
        Notes stay on this computer
      </footer>
    </main>
  );
}
