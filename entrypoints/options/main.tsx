// The options page: the app, wired to extension storage. Wiring only; see src/options.
import { render } from 'preact';
import { listSites, removeSite } from '../../src/background/sites';
import { OptionsApp } from '../../src/options/OptionsApp';
import { loadLayout, saveLayout, watchLayout } from '../../src/settings/layout-storage';
import { loadSettings, saveSettings, watchSettings } from '../../src/settings/storage';
import './options.css';

/** Saves text as a file through the browser's own download, from memory. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has handed the blob to the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

render(
  <OptionsApp
    settings={{ load: loadSettings, save: saveSettings, watch: watchSettings }}
    layout={{ load: loadLayout, save: saveLayout, watch: watchLayout }}
    download={download}
    sites={{
      list: async () => (await listSites(browser)).map((site) => site.pattern),
      remove: (pattern) => removeSite(browser, pattern),
    }}
  />,
  document.getElementById('app')!,
);
