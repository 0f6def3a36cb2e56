import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, speakerViewScriptHashes } from '../../src/build/content-security-policy.ts';

/** The policy's directives, each with its list of sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const HASH = /^'sha256-[A-Za-z0-9+/]+={0,2}'$/;

describe('the deck’s Content-Security-Policy', () => {
  it('allows nothing from another origin, no eval, and inline scripts only by their hash', async () => {
    const hashes = await speakerViewScriptHashes();
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(hash).toMatch(HASH);
    const policy = directives(contentSecurityPolicy({ scriptHashes: hashes }));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", ...hashes]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    // Inline styles only (they cannot run code); data: only for images (the SVGs' markers).
    const allowed = (name: string, source: string): boolean =>
      ["'self'", "'none'"].includes(source) ||
      (name === 'script-src' && HASH.test(source)) ||
      (name === 'style-src' && source === "'unsafe-inline'") ||
      (name === 'img-src' && source === 'data:');
    for (const [name, sources] of policy)
      for (const source of sources) expect(allowed(name, source), `${name} ${source}`).toBe(true);
  });
});
