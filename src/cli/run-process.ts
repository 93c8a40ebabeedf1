import { main } from './main';

/** A reader that stops early (`| head`) closes the pipe; that ends the run, it is not a crash. */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/** The CLI as a process: real streams and environment, the bundled rule packs. */
export function runProcess(argv: string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  return main(argv, process, async () => (await import('./engine-checker')).createEngineChecker());
}
