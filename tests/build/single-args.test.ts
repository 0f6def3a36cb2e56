import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/build/cli-args.ts';
import { parseSingleArgs, SINGLE_USAGE } from '../../src/build/single-args.ts';
import { projectRoot, scratchDir } from '../support/fixtures.ts';

const run = promisify(execFile);

describe('parseSingleArgs', () => {
  it('writes deck.html in the project’s root unless --out names a file, taken from the user’s folder', () => {
    expect(parseSingleArgs([], '/home/me/deck/notes')).toEqual({ out: 'deck.html' });
    expect(parseSingleArgs(['--out', 'talk.html'], '/home/me/deck/notes')).toEqual({
      out: '/home/me/deck/notes/talk.html',
    });
    expect(parseSingleArgs(['--out', '/tmp/talk.html'], '/home/me/deck')).toEqual({ out: '/tmp/talk.html' });
  });

  it('answers --help and -h with its usage, which lists both', () => {
    expect(parseSingleArgs(['--help'])).toEqual({ help: true });
    expect(parseSingleArgs(['-h'])).toEqual({ help: true });
    expect(SINGLE_USAGE).toMatch(/^ {2}--help, -h +show this text$/m);
  });

  it('refuses an unknown option, a bare word, a missing value and a name that is not .html', () => {
    expect(() => parseSingleArgs(['--outt', 'x.html'])).toThrow(new UsageError('unknown option --outt'));
    expect(() => parseSingleArgs(['talk.html'])).toThrow('unexpected argument talk.html; give it with --out');
    expect(() => parseSingleArgs(['--out'])).toThrow('--out needs a value');
    expect(() => parseSingleArgs(['--out', '--help'])).toThrow('--out needs a value');
    expect(() => parseSingleArgs(['--out', 'deck.pdf'])).toThrow('the file name must end in .html');
  });
});

/** Enough of a project for build:single to read its arguments: it stops before building. */
function argumentsOnlyProject(): string {
  const root = scratchDir('single-args-');
  for (const dir of ['src', 'node_modules']) symlinkSync(join(projectRoot, dir), join(root, dir));
  copyFileSync(join(projectRoot, 'package.json'), join(root, 'package.json'));
  return root;
}

describe('npm run build:single', () => {
  const single = (args: string[], cwd: string) =>
    run('npm', ['run', '--silent', 'build:single', '--', ...args], { cwd }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code,
        stdout: error.stdout ?? '',
        stderr: error.stderr ?? '',
      }),
    );

  it('prints its usage for --help and writes nothing, no file named --help included', async () => {
    const root = argumentsOnlyProject();
    const result = await single(['--help'], root);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(SINGLE_USAGE);
    expect(readdirSync(root).sort()).toEqual(['node_modules', 'package.json', 'src']);
  });

  it('refuses an unknown option with its usage, exit code 2', async () => {
    const result = await single(['--outt', 'x.html'], argumentsOnlyProject());
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`unknown option --outt\n\n${SINGLE_USAGE}\n`);
  });

  it('refuses a missing folder in one line before building, read from the folder it was run in', async () => {
    const root = argumentsOnlyProject();
    mkdirSync(join(root, 'notes'));
    const result = await single(['--out', 'no/such/deck.html'], join(root, 'notes'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `there is no folder ${join(root, 'notes', 'no', 'such')} to write deck.html in; create it first, or give another --out\n`,
    );
    expect(result.stdout).toBe('');
  });
});
