import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, scratchDir } from '../support/fixtures.ts';

/**
 * Runs one bench step in a process of its own on a project whose build has no slides, and
 * resolves with how it ended: a step that left a server listening would keep that process alive
 * until the timeout kills it.
 */
function benchStep(call: string, env: NodeJS.ProcessEnv = {}) {
  const root = scratchDir('bench-broken-');
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>x</title><p>no slides</p>');
  const tmp = scratchDir('bench-tmp-');
  const probe = join(root, 'probe.mts'); // an ES module wherever it lies
  // As bench/run.ts ends on an error: it sets the exit code and lets the process end by itself.
  writeFileSync(
    probe,
    `${call.replace('ROOT', JSON.stringify(root))}.catch((e) => { console.error(e.message); process.exitCode = 1; });\n`,
  );
  return new Promise<{ killed: boolean; code: number | null; stderr: string; leftInTmp: string[] }>(
    (resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', probe],
        { cwd: projectRoot, env: { ...process.env, TMPDIR: tmp, ...env }, timeout: 45_000 },
        (error, _stdout, stderr) => {
          const failed = error as (Error & { killed?: boolean; code?: number }) | null;
          resolve({
            killed: failed?.killed ?? false,
            code: failed ? (failed.code ?? null) : 0,
            stderr,
            // tsx keeps its compile cache there.
            leftInTmp: readdirSync(tmp).filter((name) => !name.startsWith('tsx-')),
          });
        },
      );
    },
  );
}

describe('npm run bench, when a step fails', () => {
  it.each([
    [
      'the start-up step, on a build with no slides',
      `import { runtimeFigures } from ${JSON.stringify(join(projectRoot, 'bench/budget.ts'))};\nruntimeFigures({} as never, ROOT)`,
      {},
      'dist/index.html has no .reveal > .slides',
    ],
    [
      'the Lighthouse step, with no browser',
      `import { lighthouseFigures } from ${JSON.stringify(join(projectRoot, 'bench/lighthouse.ts'))};\nlighthouseFigures(ROOT)`,
      { CHROME_PATH: '/nonexistent/chromium' },
      'No Chromium found at /nonexistent/chromium',
    ],
  ])(
    'ends with the error of %s, its servers closed and its temporary folders gone',
    async (_step, call, env, said) => {
      const ended = await benchStep(call, env);
      expect(ended.killed).toBe(false);
      expect(ended.code).toBe(1);
      expect(ended.stderr).toContain(said);
      expect(ended.leftInTmp).toEqual([]);
    },
  );
});
