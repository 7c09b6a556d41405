// When the preview brings its search index up to date: a moment after a rebuild, unless a
// save comes first. That save's rebuild then goes first, alone on the machine, and the index
// follows it: an editor saving again at once never waits on indexing.

export class SearchSchedule {
  private timer: NodeJS.Timeout | undefined;

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
    this.stop();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
