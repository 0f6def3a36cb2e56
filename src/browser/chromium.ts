import { accessSync, constants, statSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Debian's chromium package puts the browser; CHROME_PATH overrides it. */
const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

/**
 * Flags for a headless Chromium on a machine with no network but the loopback interface:
 * without the background-networking ones it keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

/** Raised when no browser can be found, with the way to get one. */
export class BrowserNotFoundError extends Error {
  /** `why` says what is at the path instead, when something is (a folder, a file that does not run). */
  constructor(path: string, why?: string) {
    super(
      `No Chromium found at ${path}${why ? ` (${why})` : ''}. Install it with "apt-get install -y chromium", ` +
        'or set CHROME_PATH to the path of a Chromium or Google Chrome executable.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

/** Raised when the executable is there but no browser started from it: the machine's to mend. */
export class BrowserLaunchError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BrowserLaunchError';
  }
}

/**
 * Whether an error says there is no working browser (none found, or one that did not start), by
 * its name: Vite bundles its config file, so the deck plugin that throws one during a build has
 * its own copy of these classes, and `instanceof` would say no.
 */
export function isBrowserProblem(error: unknown): error is BrowserNotFoundError | BrowserLaunchError {
  return (
    error instanceof Error && (error.name === 'BrowserNotFoundError' || error.name === 'BrowserLaunchError')
  );
}

/**
 * The browser executable to use: CHROME_PATH when set, Debian's Chromium otherwise. It must be a
 * file this user may run; a folder or a text file would only fail later, inside Playwright, with
 * a screen of its call log.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROME_PATH?.trim() || DEFAULT_CHROME_PATH;
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) throw new BrowserNotFoundError(path);
  if (!info.isFile())
    throw new BrowserNotFoundError(
      path,
      info.isDirectory() ? 'that is a folder, not an executable file' : 'that is not a file',
    );
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new BrowserNotFoundError(path, 'that file is not executable');
  }
  return path;
}

/**
 * Why a browser that is there did not start, in one line: Playwright's own message runs to two
 * screens of command-line flags, which bury the reason.
 */
function launchFailure(path: string, message: string): string {
  const said = (message.split('\n')[0] ?? '').replace(/^browserType\.launch:\s*/, '').trim();
  const exit = /process did exit: (exitCode=\w+, signal=\w+)/.exec(message)?.[1];
  return (
    `Chromium at ${path} did not start (${said}${exit ? `; ${exit}` : ''}). ` +
    'Set CHROME_PATH to a working Chromium or Google Chrome, or install one with "apt-get install -y chromium".'
  );
}

/** Launches a headless Chromium with a fresh profile. */
export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const executablePath = chromiumPath(env);
  try {
    return await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new BrowserLaunchError(launchFailure(executablePath, message), { cause: error });
  }
}
