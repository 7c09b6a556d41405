// Which files the writer has put on disk so far, so that work needing some of them (the
// search indexer, which reads the article pages) can start while the rest are written:
// a clean build then renders on one core while Pagefind indexes on the other.

/** Told by the writer of each file on disk; promises that given files are there. */
export class PagesOnDisk {
  private readonly onDisk = new Set<string>();
  /** File -> what to call once it is on disk. */
  private readonly waiting = new Map<string, (() => void)[]>();
  private readonly settleEarly = new Set<(error?: unknown) => void>();
  private outcome?: { error?: unknown };

  /** The writer put `file` (relative to the output folder) on disk, or found it there as planned. */
  onDiskNow(file: string): void {
    this.onDisk.add(file);
    const callbacks = this.waiting.get(file);
    if (!callbacks) return;
    this.waiting.delete(file);
    for (const callback of callbacks) callback();
  }

  /**
   * The writer is done: a file it has not reported will not come (the waiter finds it
   * missing and says so), and after a failure nothing is waited for.
   */
  writerDone(error?: unknown): void {
    this.outcome = error === undefined ? {} : { error };
    this.waiting.clear();
    for (const settle of this.settleEarly) settle(error);
    this.settleEarly.clear();
  }

  /** Resolves once every file of `files` is on disk or the writer is done; rejects if the writer failed. */
  whenOnDisk(files: readonly string[]): Promise<void> {
    if (this.outcome) return this.outcome.error === undefined ? Promise.resolve() : Promise.reject(this.outcome.error);
    const missing = files.filter((file) => !this.onDisk.has(file));
    if (missing.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      let left = missing.length;
      const settle = (error?: unknown) => (error === undefined ? resolve() : reject(error));
      this.settleEarly.add(settle);
      const arrived = () => {
        if (--left > 0) return;
        this.settleEarly.delete(settle);
        resolve();
      };
      for (const file of missing) this.waiting.set(file, [...(this.waiting.get(file) ?? []), arrived]);
    });
  }
}
