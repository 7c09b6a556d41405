// Polling helpers for the preview measurements: the benchmark waits on observable
// results (a served page, a search hit), never on fixed sleeps.

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Thrown by a check to stop polling at once (the server died), instead of retrying. */
export class PollAborted extends Error {}

/** Calls `check` every `intervalMs` until it returns true; throws after `timeoutMs`. */
export async function pollUntil(what: string, check: () => Promise<boolean>, intervalMs: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      if (error instanceof PollAborted) throw error;
      // A server still starting or an index being rewritten fails for a moment; keep going.
      lastError = error;
    }
    if (performance.now() > deadline) {
      throw new Error(`Gave up waiting for ${what} after ${timeoutMs / 1000} s${lastError ? ` (last error: ${String(lastError)})` : ""}.`);
    }
    await sleep(intervalMs);
  }
}

/** True when `url` answers 200 with a body containing `text`. */
export async function servesText(url: string, text: string): Promise<boolean> {
  // A request caught mid-rebuild must not stall the poll that timed it.
  const response = await fetch(url, { cache: "no-store", signal: AbortSignal.timeout(5000) });
  if (!response.ok) return false;
  return (await response.text()).includes(text);
}
