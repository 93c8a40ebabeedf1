import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'NoteCoach',
    description:
      'Coaches progress notes while you type: vague wording, non-billable activities, missing elements and 15-minute units. Nothing leaves your computer.',
    permissions: ['storage'],
  },
});
