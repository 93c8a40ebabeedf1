#!/usr/bin/env node
// Loads the TypeScript CLI through tsx, so the CLI runs the same engine source as the extension.
import { tsImport } from 'tsx/esm/api';

const { runProcess } = await tsImport('../src/cli/run-process.ts', import.meta.url);
process.exitCode = await runProcess(process.argv.slice(2));
