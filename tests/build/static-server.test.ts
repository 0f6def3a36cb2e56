import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/browser/static-server.ts';
import { scratchDir } from '../support/fixtures.ts';

/** GETs a path exactly as written, which fetch and URL would normalise first. */
function rawGet(port: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe('serveStatic', () => {
  it('answers a malformed address with 400 and goes on serving', async () => {
    const dir = scratchDir('deck-static-');
    writeFileSync(join(dir, 'index.html'), '<p>ok</p>');
    const server = await serveStatic(dir);
    try {
      expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(400);
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe('<p>ok</p>');
    } finally {
      await server.close();
    }
  });

  it('serves a folder named with a trailing slash', async () => {
    const dir = scratchDir('deck-static-');
    writeFileSync(join(dir, 'index.html'), '<p>ok</p>');
    const server = await serveStatic(`${dir}/`);
    try {
      expect(await (await fetch(server.url)).text()).toBe('<p>ok</p>');
      expect((await fetch(`${server.url}index.html`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it.each([
    ['an escaped slash', '/..%2Fsecret.txt'],
    ['escaped dots and slash', '/%2e%2e%2fsecret.txt'],
    ['a sibling folder whose name starts like it', '/..%2Fsite-other%2Fsecret.txt'],
  ])('refuses a path that climbs out of its folder through %s', async (_, path) => {
    // The served folder's parent, and a sibling named like it, each hold a file it must not hand out.
    const parent = scratchDir('deck-static-');
    const site = join(parent, 'site');
    mkdirSync(site);
    mkdirSync(join(parent, 'site-other'));
    writeFileSync(join(site, 'index.html'), '<p>ok</p>');
    writeFileSync(join(parent, 'secret.txt'), 'the secret');
    writeFileSync(join(parent, 'site-other', 'secret.txt'), 'the secret');
    const server = await serveStatic(site);
    try {
      // fetch would resolve the dots itself; a raw request sends the path as written.
      const { status, body } = await rawGet(new URL(server.url).port, path);
      expect([403, 404]).toContain(status);
      expect(body).not.toContain('the secret');
    } finally {
      await server.close();
    }
  });
});
