/**
 * A tiny static server for the built app, so that specs can serve dist/ under a sub-path or take
 * the server away (offline) without touching the shared `vite preview` server.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES as TYPES } from './content-types';

export const DIST = fileURLToPath(
  new URL(`../${process.env.E2E_OUT_DIR ?? 'dist'}/`, import.meta.url),
);

export interface StaticServer {
  /** Absolute URL of the app, ending in the sub-path and a slash. */
  readonly url: string;
  /** Paths asked for that were not served (outside the sub-path or not in dist/). */
  readonly misses: string[];
  /** Stops listening and drops open connections: afterwards the app is truly unreachable. */
  close(): Promise<void>;
}

/**
 * Serves dist/ at http://localhost:<free port><prefix>, e.g. prefix '/backprop-studio/'; `root`
 * says which build folder to serve at each request (a spec deploys a new build that way).
 */
export async function serveDist(
  prefix = '/',
  root: () => string = () => DIST,
): Promise<StaticServer> {
  const misses: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // The app's relative URLs only resolve under the prefix when the page URL ends in '/'.
    if (path === prefix.replace(/\/$/, '') && prefix !== '/') {
      response.writeHead(301, { location: prefix }).end();
      return;
    }
    const miss = () => {
      misses.push(path);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    };
    if (!path.startsWith(prefix)) return miss();
    const relative = path.slice(prefix.length) || 'index.html';
    const folder = root();
    const file = normalize(join(folder, relative));
    if (!file.startsWith(folder.endsWith(sep) ? folder : folder + sep)) return miss();
    stat(file).then(
      (info) => {
        if (!info.isFile()) return miss();
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        });
        createReadStream(file).pipe(response);
      },
      () => miss(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    misses,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
