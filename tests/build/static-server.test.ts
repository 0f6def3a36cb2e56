import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/browser/static-server.ts';
import { scratchDir } from '../support/fixtures.ts';

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

  it('serves a folder named with a trailing slash, and nothing outside it', async () => {
    const dir = scratchDir('deck-static-');
    writeFileSync(join(dir, 'index.html'), '<p>ok</p>');
    const server = await serveStatic(`${dir}/`);
    try {
      expect(await (await fetch(server.url)).text()).toBe('<p>ok</p>');
      expect((await fetch(`${server.url}index.html`)).status).toBe(200);
      expect((await fetch(`${server.url}%2e%2e/${encodeURIComponent('etc/passwd')}`)).status).not.toBe(200);
    } finally {
      await server.close();
    }
  });
});
