import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/article/source-error.ts';
import { buildErrorMessage } from '../../src/build/build-error.ts';
import { BODY_PLACEHOLDER } from '../../src/build/page-html.ts';
import { temporaryPath } from '../../src/export/export-pdf.ts';
import { projectRoot, scratchDir } from '../support/fixtures.ts';

const run = promisify(execFile);

describe('buildErrorMessage', () => {
  it('gives each problem in an input as its file:line:column and reason, however the bundler gathered them', () => {
    const first = new SourceError('slides/article.md', 9, 1, 'images are not allowed');
    const second = new SourceError('slides/deck.yaml', 3, 5, 'unknown key');
    // As Rolldown hands them over: its own error, the plugins' errors inside.
    const gathered = Object.assign(new Error('Build failed with 2 errors'), { errors: [first, second] });
    expect(buildErrorMessage(gathered)).toBe(
      'error: slides/article.md:9:1: images are not allowed\nerror: slides/deck.yaml:3:5: unknown key',
    );
    expect(buildErrorMessage(first)).toBe('error: slides/article.md:9:1: images are not allowed');
  });

  it('gives only the install hint when no browser is found, however the bundler wrapped it', () => {
    // By name, as the deck plugin's own (bundled) copy of BrowserNotFoundError throws it.
    const missing = Object.assign(new Error('No Chromium found at /nonexistent. Install it …'), {
      name: 'BrowserNotFoundError',
    });
    const gathered = Object.assign(new Error('Build failed with 1 error'), { errors: [missing] });
    expect(buildErrorMessage(gathered)).toBe('No Chromium found at /nonexistent. Install it …');
    expect(buildErrorMessage(new Error('render failed', { cause: missing }))).toBe(
      'No Chromium found at /nonexistent. Install it …',
    );
  });

  it('keeps the stack of an error of the generator’s own', () => {
    const own = new TypeError('x is undefined');
    expect(buildErrorMessage(own)).toBe(own.stack);
    expect(buildErrorMessage('plain')).toBe('plain');
  });
});

/** A copy of the project whose article holds a picture on line 5. */
function brokenProject(): string {
  const root = scratchDir('build-cli-');
  for (const dir of ['src', 'node_modules', 'assets']) symlinkSync(join(projectRoot, dir), join(root, dir));
  for (const file of ['package.json', 'vite.config.ts', 'index.html'])
    copyFileSync(join(projectRoot, file), join(root, file));
  mkdirSync(join(root, 'slides'));
  writeFileSync(join(root, 'slides', 'article.md'), '# 标题\n\n引言。\n\n![图](https://example.com/a.png)\n');
  return root;
}

describe.each(['build', 'export:pdf'])('npm run %s', (script) => {
  it('stops at a broken article with its file and line alone, no bundler stack or wrapping around them', async () => {
    const failed = await run('npm', ['run', '--silent', script], { cwd: brokenProject() }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failed?.code).toBe(1);
    const stderr = failed?.stderr ?? '';
    expect(stderr.trim().split('\n').at(-1)).toMatch(
      /^error: slides\/article\.md:5:1: images are not allowed/,
    );
    expect(stderr).not.toMatch(/^\s+at |plugin esim-deck|SourceError/m);
  });
});

/** A copy of the project, the real deck's slides and diagrams in it, never built. */
function unbuiltProject(): string {
  const root = scratchDir('no-browser-');
  for (const dir of ['src', 'node_modules', 'assets', 'slides'])
    symlinkSync(join(projectRoot, dir), join(root, dir));
  for (const file of ['package.json', 'vite.config.ts', 'index.html'])
    copyFileSync(join(projectRoot, file), join(root, file));
  return root;
}

describe.each(['build', 'build:single', 'export:pdf'])('npm run %s', (script) => {
  it('says how to get a browser, in its own words alone, when there is none to draw the diagrams', async () => {
    const failed = await run('npm', ['run', '--silent', script], {
      cwd: unbuiltProject(),
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
    }).then(
      () => undefined,
      (error: { code?: number; stdout?: string; stderr?: string }) => error,
    );
    expect(failed?.code).toBe(1);
    const stderr = failed?.stderr ?? '';
    expect(stderr.trim().split('\n').at(-1)).toBe(
      'No Chromium found at /nonexistent/chromium. Install it with "apt-get install -y chromium", ' +
        'or set CHROME_PATH to the path of a Chromium or Google Chrome executable.',
    );
    expect(stderr).not.toMatch(/^\s+at |plugin esim-deck|BrowserNotFoundError|export failed/m);
    // The export says so before it builds anything.
    expect(failed?.stdout ?? '').not.toContain('building the deck');
  });
});

/** An executable that is no browser: it exits at once, as a broken or wrong CHROME_PATH does. */
function notABrowser(): string {
  const path = join(scratchDir('not-a-browser-'), 'chromium');
  writeFileSync(path, '#!/bin/sh\nexit 3\n');
  chmodSync(path, 0o755);
  return path;
}

describe.each(['build', 'export:pdf'])('npm run %s', (script) => {
  it.each<[string, () => string, RegExp]>([
    [
      'a folder',
      () => '/etc',
      /^No Chromium found at \/etc \(that is a folder, not an executable file\)\. Install it /,
    ],
    [
      'an executable that does not start as a browser',
      notABrowser,
      /^Chromium at \S+\/chromium did not start \(.*exitCode=3.*\)\. Set CHROME_PATH to a working /,
    ],
  ])(
    'says in one line, with no stack or call log, that a CHROME_PATH naming %s is no browser',
    async (_what, chrome, said) => {
      // Never built, so the export must build first: the browser fails inside the build.
      const failed = await run('npm', ['run', '--silent', script], {
        cwd: unbuiltProject(),
        env: { ...process.env, CHROME_PATH: chrome() },
      }).then(
        () => undefined,
        (error: { code?: number; stderr?: string }) => error,
      );
      expect(failed?.code).toBe(1);
      const stderr = failed?.stderr ?? '';
      expect(stderr.trim().split('\n').at(-1)).toMatch(said);
      expect(stderr).not.toMatch(/^\s+at |Call log|browserType\.launch|plugin esim-deck|export failed/m);
    },
  );
});

describe.each([
  { script: 'build', output: 'dist/index.html', shown: 'dist/' },
  { script: 'build:single', output: 'deck.html', shown: 'deck.html' },
])('npm run $script', ({ script, output, shown }) => {
  it('says that its output still holds the previous build, untouched, when a broken article stops it', async () => {
    const root = brokenProject();
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, output), '<title>上一次的幻灯片</title>');
    const stderr = await run('npm', ['run', '--silent', script], { cwd: root }).then(
      () => '',
      (error: { stderr?: string }) => error.stderr ?? '',
    );
    expect(stderr).toContain(`note: ${shown} still holds the previous build; this one was not written`);
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^error: slides\/article\.md:5:1: /);
    expect(readFileSync(join(root, output), 'utf8')).toBe('<title>上一次的幻灯片</title>');
  });
});

/**
 * A copy of the project with a short article and no diagrams (built in seconds, with no browser),
 * whose index.html has lost its body placeholder: the build fails (refused at the start now; it
 * failed once Vite had emptied its output folder, when it filled the page). It holds the last good
 * build, made a while ago.
 */
function projectWithBrokenPage(): string {
  const root = scratchDir('build-late-');
  for (const dir of ['src', 'node_modules', 'assets']) symlinkSync(join(projectRoot, dir), join(root, dir));
  for (const file of ['package.json', 'vite.config.ts'])
    copyFileSync(join(projectRoot, file), join(root, file));
  const template = readFileSync(join(projectRoot, 'index.html'), 'utf8');
  expect(template).toContain(BODY_PLACEHOLDER);
  writeFileSync(join(root, 'index.html'), template.replace(BODY_PLACEHOLDER, ''));
  mkdirSync(join(root, 'slides'));
  copyFileSync(
    join(projectRoot, 'tests/fixtures/articles/other-article.md'),
    join(root, 'slides', 'article.md'),
  );
  mkdirSync(join(root, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(root, 'dist', 'index.html'), '<title>上一次的幻灯片</title>');
  writeFileSync(join(root, 'dist', 'assets', 'deck.js'), '// the last good deck');
  // Older than every source, so that export:pdf, which builds only a stale dist/, builds it again.
  for (const file of ['dist/index.html', 'dist/assets/deck.js']) utimesSync(join(root, file), 0, 0);
  return root;
}

const lastGoodBuild = (root: string): string[] => [
  readFileSync(join(root, 'dist', 'index.html'), 'utf8'),
  ...readdirSync(join(root, 'dist', 'assets')),
];

describe.each(['build', 'export:pdf'])('npm run %s', (script) => {
  it('keeps the last good dist/ whole, with nothing left beside it, when the build fails', async () => {
    const root = projectWithBrokenPage();
    const before = readdirSync(root).sort();
    const failed = await run('npm', ['run', '--silent', script], { cwd: root }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(
      'error: index.html:1:1: needs exactly one <!-- deck:body --> placeholder, where the slides go; there is none: put it back',
    );
    // The author's to mend: the line alone, without the generator's stack.
    expect(failed?.stderr).not.toMatch(/^\s+at /m);
    if (script === 'build')
      expect(failed?.stderr).toContain(
        'note: dist/ still holds the previous build; this one was not written',
      );
    expect(lastGoodBuild(root)).toEqual(['<title>上一次的幻灯片</title>', 'deck.js']);
    expect(readdirSync(root).sort()).toEqual(before);
  });
});

describe('npm run build', () => {
  it('replaces the last dist/ whole with a good build, and leaves nothing beside it', async () => {
    const root = projectWithBrokenPage();
    copyFileSync(join(projectRoot, 'index.html'), join(root, 'index.html'));
    const before = readdirSync(root).sort();
    const { stdout } = await run('npm', ['run', '--silent', 'build'], { cwd: root });
    expect(stdout).toContain('dist/ now holds this build');
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toContain('<div class="slides">');
    expect(readdirSync(join(root, 'dist', 'assets'))).not.toContain('deck.js');
    expect(readdirSync(root).sort()).toEqual(before);
  });
});

describe('npm run build:single', () => {
  it('leaves deck.html and nothing else behind, in the project or the temporary folder', async () => {
    // A short article with no diagrams: built in seconds, with no browser.
    const root = scratchDir('build-single-');
    for (const dir of ['src', 'node_modules', 'assets']) symlinkSync(join(projectRoot, dir), join(root, dir));
    for (const file of ['package.json', 'vite.config.ts', 'index.html'])
      copyFileSync(join(projectRoot, file), join(root, file));
    mkdirSync(join(root, 'slides'));
    copyFileSync(
      join(projectRoot, 'tests/fixtures/articles/other-article.md'),
      join(root, 'slides', 'article.md'),
    );
    const before = readdirSync(root);
    const tmp = scratchDir('build-single-tmp-');
    await run('npm', ['run', '--silent', 'build:single'], {
      cwd: root,
      env: { ...process.env, TMPDIR: tmp },
    });
    expect(readdirSync(root).sort()).toEqual([...before, 'deck.html'].sort());
    expect(readdirSync(tmp).filter((name) => name.startsWith('deck-single-'))).toEqual([]);
  });

  it('builds an article whose words mention a built file’s address, url(assets/car.png)', async () => {
    const root = scratchDir('build-single-words-');
    for (const dir of ['src', 'node_modules', 'assets']) symlinkSync(join(projectRoot, dir), join(root, dir));
    for (const file of ['package.json', 'vite.config.ts', 'index.html'])
      copyFileSync(join(projectRoot, file), join(root, file));
    mkdirSync(join(root, 'slides'));
    // A short article with no diagrams, built with no browser; one paragraph is about CSS.
    const article = readFileSync(
      join(projectRoot, 'tests/fixtures/articles/other-article.md'),
      'utf8',
    ).replace(
      '由于没有变速箱和排气系统，',
      '车企官网的背景图写作 `url(assets/car.png)`，由于没有变速箱和排气系统，',
    );
    writeFileSync(join(root, 'slides', 'article.md'), article);
    await run('npm', ['run', '--silent', 'build:single'], { cwd: root });
    expect(readFileSync(join(root, 'deck.html'), 'utf8')).toContain('url(assets/car.png)');
  });
});

describe('the project’s .gitignore', () => {
  it('ignores the files an export or a single-file build writes before renaming them into place', async () => {
    // As export-pdf.ts and build-single.ts name them, should one be left by a process killed outright.
    const temporary = [
      temporaryPath(join(projectRoot, 'deck.pdf'), 4242),
      join(projectRoot, 'deck.html.4242.tmp'),
    ];
    const { stdout } = await run('git', ['check-ignore', '--no-index', ...temporary], { cwd: projectRoot });
    expect(stdout.trim().split('\n')).toEqual(temporary);
  });
});
