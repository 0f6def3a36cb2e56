import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../../src/browser/chromium.ts';
import { scratchDir } from '../support/fixtures.ts';

describe('chromiumPath', () => {
  it('takes CHROME_PATH when it names a file this user may run', () => {
    const dir = scratchDir('chrome-path-');
    const browser = join(dir, 'chrome');
    writeFileSync(browser, '#!/bin/sh\n');
    chmodSync(browser, 0o755);
    expect(chromiumPath({ CHROME_PATH: browser })).toBe(browser);
  });

  it('refuses a CHROME_PATH that is missing, a folder or a file that cannot run, saying which', () => {
    const dir = scratchDir('chrome-path-');
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a browser');
    chmodSync(text, 0o644);
    expect(() => chromiumPath({ CHROME_PATH: join(dir, 'none') })).toThrow(
      `No Chromium found at ${join(dir, 'none')}. Install it`,
    );
    expect(() => chromiumPath({ CHROME_PATH: dir })).toThrow(
      `No Chromium found at ${dir} (that is a folder, not an executable file). Install it`,
    );
    expect(() => chromiumPath({ CHROME_PATH: text })).toThrow(
      `No Chromium found at ${text} (that file is not executable). Install it`,
    );
  });
});
