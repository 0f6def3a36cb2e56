import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDestination, shownFrom } from '../../src/build/cli-args.ts';
import { scratchDir } from '../support/fixtures.ts';

describe('checkDestination', () => {
  it('refuses a destination whose folder is missing or a file, or that is a folder, naming it', () => {
    const dir = scratchDir('deck-out-');
    writeFileSync(join(dir, 'file'), '');
    mkdirSync(join(dir, 'x.pdf'));
    expect(() => checkDestination(join(dir, 'no', 'such', 'x.pdf'))).toThrow(
      `there is no folder ${join(dir, 'no', 'such')} to write x.pdf in; create it first, or give another --out`,
    );
    expect(() => checkDestination(join(dir, 'file', 'x.pdf'))).toThrow(
      `${join(dir, 'file')} is a file, not a folder to write x.pdf in`,
    );
    expect(() => checkDestination(join(dir, 'x.pdf'))).toThrow(`${join(dir, 'x.pdf')} is a folder`);
    expect(() => checkDestination(join(dir, 'deck.pdf'))).not.toThrow();
    // Refusing creates nothing.
    expect(readdirSync(dir).sort()).toEqual(['file', 'x.pdf']);
  });
});

describe('shownFrom', () => {
  it('names a file as the user reaches it from their folder, and one outside it by its whole path', () => {
    expect(shownFrom('/home/me/deck/notes/talk.pdf', '/home/me/deck/notes')).toBe('talk.pdf');
    expect(shownFrom('/home/me/deck/deck.pdf', '/home/me/deck/notes')).toBe('/home/me/deck/deck.pdf');
    expect(shownFrom('/tmp/deck.pdf', '/home/me/deck')).toBe('/tmp/deck.pdf');
  });
});
