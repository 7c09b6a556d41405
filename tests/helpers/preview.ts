// Runs the preview server the way `npm start` does, on a content folder of the test's own
// (the same starter the benchmark uses), and waits on what it serves.
import { pollUntil } from "../../src/dev/poll.ts";
import { startPreview as startPreviewServer, type Preview } from "../../src/dev/preview-server.ts";
import { ROOT } from "./site.ts";

export type { Preview };

export function startPreview(contentDir: string, outputDir?: string, options: { cwd?: string } = {}): Promise<Preview> {
  return startPreviewServer({ repoRoot: ROOT, input: contentDir, ...(outputDir ? { output: outputDir } : {}), ...options, startTimeoutMs: 60_000 });
}

/** Calls `probe` until it gives a value; a probe that throws counts as not yet. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  let value: T | undefined;
  await pollUntil(what, async () => (value = await probe()) !== undefined, 100, timeoutMs);
  return value as T;
}
