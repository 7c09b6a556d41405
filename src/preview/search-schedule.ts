// When the preview brings its search index up to date: a moment after a rebuild, unless a
// save comes first. That save's rebuild then goes first, alone on the machine, and the index
// follows it: an editor saving again at once never waits on indexing. An update already under
// way is not stopped; if it fails after a save (it went to read a page that save's rebuild moved),
// the update after that rebuild stands in for it.

export class SearchSchedule {
  private timer: NodeJS.Timeout | undefined;
  /** Files changed so far, counted to tell whether one changed during an update. */
  private changes = 0;

  constructor(
    private readonly update: () => void,
    /** How long after a rebuild the update starts: the pages the rebuild reloads are served first. */
    private readonly delayMs: number,
  ) {}

  /** A rebuild ended: the update follows in a moment. */
  rebuilt(): void {
    this.stop();
    this.timer = setTimeout(this.update, this.delayMs);
  }

  /** A file changed: the update waits for the rebuild this change starts. */
  contentChanged(): void {
    this.changes++;
    this.stop();
  }

  /** A mark to give `changedSince` when an update ends. */
  mark(): number {
    return this.changes;
  }

  /** Whether a file changed since `mark`: its rebuild is followed by an update of its own. */
  changedSince(mark: number): boolean {
    return this.changes !== mark;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
