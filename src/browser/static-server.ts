import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** Text is sent gzipped, as every static host sends it; fonts and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json']);

/** A running loopback server for a built deck. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 at an ephemeral port (so a busy port never matters), optionally
 * under a sub-path, for the PDF export, the benchmarks and the browser tests. It answers like a
 * typical static host, so what the benchmarks measure is what a visitor of the deck would get.
 */
export async function serveStatic(dir: string, basePath = '/'): Promise<StaticServer> {
  // Absolute, with no trailing separator (dist/ and dist name one folder), to test paths against.
  const root = resolve(dir);
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server: Server = createServer(async (req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A malformed %-escape is the request's fault, not a reason to stop the server.
      res.writeHead(400).end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    const relative = pathname.slice(prefix.length) || 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      if (target !== file) await stat(target);
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      const gzip = COMPRESSIBLE.has(extname(target)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'Content-Type': type,
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      // A read error after the header, or a client hanging up, ends this response, not the server.
      const done = (error: Error | null): void => {
        if (error) res.destroy();
      };
      if (gzip) pipeline(createReadStream(target), createGzip(), res, done);
      else pipeline(createReadStream(target), res, done);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
