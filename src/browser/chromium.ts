import { existsSync } from 'node:fs';
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
  constructor(path: string) {
    super(
      `No Chromium found at ${path}. Install it with "apt-get install -y chromium", ` +
        'or set CHROME_PATH to the path of a Chromium or Google Chrome executable.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

/**
 * Whether an error is a BrowserNotFoundError, by its name: Vite bundles its config file, so the
 * deck plugin that throws one during a build has its own copy of this class, and `instanceof`
 * would say no.
 */
export function isBrowserNotFound(error: unknown): error is BrowserNotFoundError {
  return error instanceof Error && error.name === 'BrowserNotFoundError';
}

/** The browser executable to use: CHROME_PATH when set, Debian's Chromium otherwise. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROME_PATH?.trim() || DEFAULT_CHROME_PATH;
  if (!existsSync(path)) throw new BrowserNotFoundError(path);
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
    throw new Error(launchFailure(executablePath, message), { cause: error });
  }
}
