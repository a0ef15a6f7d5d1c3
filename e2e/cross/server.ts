/**
 * Serves a built dist/ for the cross-browser journeys on a free port of its own, with the probe
 * (probe.ts) as the first script of every HTML page. Everything else is served as built.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import ts from 'typescript';
import { CONTENT_TYPES as TYPES } from '../content-types';

export const PROBE_PATH = '/__cross-probe.js';

/** probe.ts as a classic script that runs at once. */
async function probeScript(): Promise<string> {
  const source = await readFile(new URL('./probe.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext },
  });
  return `(() => {\n${outputText.replace(/^export /gm, '')}\ninstall();\n})();\n`;
}

export interface JourneyServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function serve(dist: string): Promise<JourneyServer> {
  const root = resolve(dist);
  const probe = await probeScript();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const headers = (type: string) => ({ 'content-type': type, 'cache-control': 'no-cache' });
    if (path === PROBE_PATH) {
      response.writeHead(200, headers(TYPES['.js']!)).end(probe);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    const miss = () => response.writeHead(404, headers('text/plain')).end('not found');
    if (!file.startsWith(root + sep)) return miss();
    stat(file).then(
      async (info) => {
        if (!info.isFile()) return miss();
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        if (extname(file) !== '.html') {
          response.writeHead(200, headers(type));
          createReadStream(file).pipe(response);
          return;
        }
        const html = await readFile(file, 'utf8');
        // After the CSP <meta> (first in <head>), before every other script.
        const tag = `<script src="${PROBE_PATH}"></script>`;
        const at = html.search(/<meta http-equiv="Content-Security-Policy"[^>]*>/i);
        const injected =
          at < 0
            ? html.replace(/<head>/i, `<head>${tag}`)
            : html.replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/i, `$1${tag}`);
        response.writeHead(200, headers(type)).end(injected);
      },
      () => miss(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
