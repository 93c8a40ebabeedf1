// A tiny static server for the demo EHR on 127.0.0.1: the page, its stylesheet, its scripts
// (TypeScript, transpiled on request) and the example notes. Nothing else is reachable.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

async function transpile(file: string): Promise<string> {
  const source = await readFile(file, 'utf8');
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

/** Maps a request path to a file of the demo, or null for anything outside it. */
async function contentFor(
  root: string,
  path: string,
): Promise<{ body: string; type: string } | null> {
  if (path === '/' || path === '/ehr.html') {
    return { body: await readFile(join(root, 'demo/ehr.html'), 'utf8'), type: TYPES.html! };
  }
  if (path === '/ehr.css')
    return { body: await readFile(join(root, 'demo/ehr.css'), 'utf8'), type: TYPES.css! };
  const script = /^\/(ehr|samples)\.js$/.exec(path);
  if (script) return { body: await transpile(join(root, `demo/${script[1]}.ts`)), type: TYPES.js! };
  const example = /^\/examples\/([a-z0-9-]+\.txt)$/.exec(path);
  if (example)
    return { body: await readFile(join(root, 'examples', example[1]!), 'utf8'), type: TYPES.txt! };
  return null;
}

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the demo from the project at `root` on a free port of 127.0.0.1. */
export async function serveDemo(root: string): Promise<DemoServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    contentFor(root, path)
      .then((content) => {
        if (!content) {
          response.writeHead(404).end('Not found');
          return;
        }
        response.writeHead(200, { 'content-type': content.type, 'cache-control': 'no-store' });
        response.end(content.body);
      })
      .catch(() => response.writeHead(404).end('Not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('demo server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
