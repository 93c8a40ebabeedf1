import { main } from './main';

/** The CLI as a process: real streams and environment, the bundled rule packs. */
export function runProcess(argv: string[]): Promise<number> {
  return main(argv, process, async () => (await import('./engine-checker')).createEngineChecker());
}
