/**
 * What a query found, or a thrown error naming what was missing: a test that reads a missing
 * element fails there, instead of checking its fallback (the whole tree) and passing by accident.
 */
export function must<T>(found: T | null | undefined, what: string): T {
  if (found === null || found === undefined) throw new Error(`expected to find ${what}, found none`);
  return found;
}
