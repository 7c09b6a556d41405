// What the preview's plans keep of the last few plans (the site's and each edition's take
// turns). Lists made again on every save from lists most of whose items are the objects
// they were (a save changes a few pages of each list): what was made of an item that
// stands at the same place as in one of the last few lists is taken from there, without
// looking the item up (at 100,000 stories, looking up every page's route and output again
// was a fifth of a save). And results made from inputs equal to a recent one's, given again.

/** The last lists mapped through one function, and what it made of each item. */
export class KeptLists<Item, Made> {
  private lists: { tag: string; items: readonly Item[]; made: readonly Made[] }[] = [];

  /** @param size how many lists to keep: the site's and each edition's take turns. */
  constructor(private readonly size = 4) {}

  /**
   * `items.map(make)`, each item that is the one at the same place in a kept list of the
   * same length and `tag` (what else `make` depends on) given what was made of it there.
   */
  map(items: readonly Item[], make: (item: Item) => Made, tag = ""): Made[] {
    const alike = this.lists.filter((last) => last.tag === tag && last.items.length === items.length);
    const earlier = alike.find((last) => last.items[0] === items[0]) ?? alike[0];
    const made = items.map((item, index) => (earlier?.items[index] === item ? earlier.made[index]! : make(item)));
    this.lists = [{ tag, items, made }, ...this.lists.filter((last) => last !== earlier).slice(0, this.size - 1)];
    return made;
  }
}

/** The last few results and their inputs: a result whose input is the same as a recent one's is given again. */
export class RecentResults<Input, Result> {
  private recent: { input: Input; result: Result }[] = [];

  constructor(
    private readonly size: number,
    /** Whether two inputs make the same result. */
    private readonly same: (a: Input, b: Input) => boolean,
  ) {}

  /** The result of a recent input the same as `input`, or `make()`'s, kept for the next. */
  get(input: Input, make: () => Result): Result {
    const known = this.recent.find((recent) => this.same(recent.input, input));
    if (known) return known.result;
    const result = make();
    this.recent = [{ input, result }, ...this.recent.slice(0, this.size - 1)];
    return result;
  }
}
