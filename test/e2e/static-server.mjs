// Serves the built fixture pages on 127.0.0.1 for the end-to-end tests, on FIXTURE_PORT and on
// the port after it: another port is another origin, for tests of frames from another site.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = join(import.meta.dirname, '..', 'fixtures', 'dist');
const port = Number(process.env.FIXTURE_PORT ?? 4791);
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

function serve(request, response) {
  const path = normalize(
    decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname),
  ).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path === '/' ? 'textarea.html' : path);
  try {
    if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error('not a file');
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  } catch {
    response.writeHead(404).end('not found');
  }
}

for (const each of [port, port + 1]) createServer(serve).listen(each, '127.0.0.1');
