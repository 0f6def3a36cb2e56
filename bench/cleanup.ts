import { rmSync } from 'node:fs';
import { type StaticServer, serveStatic } from '../src/browser/static-server.ts';

/** What a bench step started and must undo, whatever way it ends. */
export interface Undo {
  /** Undoes `undo` when the step ends, after whatever was deferred after it. */
  defer(undo: () => unknown): void;
  /** A loopback server for `dir`, closed when the step ends: one left listening keeps the bench from exiting. */
  serve(dir: string): Promise<StaticServer>;
  /** A temporary folder, removed when the step ends. */
  temporary(dir: string): string;
}

/**
 * Runs a bench step and then undoes what it started, last first, whether it succeeded or threw.
 * A failed undo is said, and does not hide the step's own error.
 */
export async function withCleanup<T>(step: (undo: Undo) => Promise<T>): Promise<T> {
  const undos: (() => unknown)[] = [];
  const undo: Undo = {
    defer: (fn) => {
      undos.push(fn);
    },
    serve: async (dir) => {
      const server = await serveStatic(dir);
      undos.push(() => server.close());
      return server;
    },
    temporary: (dir) => {
      undos.push(() => rmSync(dir, { recursive: true, force: true }));
      return dir;
    },
  };
  try {
    return await step(undo);
  } finally {
    for (const fn of undos.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error(`bench: could not clean up: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
