// The options page: the app, wired to extension storage. Wiring only; see src/options.
import { render } from 'preact';
import { downloadText } from '../../src/ui/download';
import { listSites, removeSite } from '../../src/background/sites';
import { OptionsApp } from '../../src/options/OptionsApp';
import { loadLayout, saveLayout, watchLayout } from '../../src/settings/layout-storage';
import { loadSettings, saveSettings, watchSettings } from '../../src/settings/storage';
import './options.css';

render(
  <OptionsApp
    settings={{ load: loadSettings, save: saveSettings, watch: watchSettings }}
    layout={{ load: loadLayout, save: saveLayout, watch: watchLayout }}
    download={(fileName, text) => downloadText(fileName, text, 'application/json;charset=utf-8')}
    sites={{
      list: async () => (await listSites(browser)).map((site) => site.pattern),
      remove: (pattern) => removeSite(browser, pattern),
    }}
  />,
  document.getElementById('app')!,
);
