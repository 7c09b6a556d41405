// The preview's search update comes a moment after a rebuild, and a save before that moment
// puts it off until after the save's own rebuild.
import assert from "node:assert/strict";
import { describe, it, mock, type TestContext } from "node:test";
import { SearchSchedule } from "../../src/preview/search-schedule.ts";

/** A schedule due 100 ms after a rebuild, on mocked timers: `tick` moves time on. */
function scheduled(t: TestContext) {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const update = mock.fn();
  return { update, schedule: new SearchSchedule(update, 100), tick: (ms: number) => t.mock.timers.tick(ms) };
}

describe("when the preview updates its search index", () => {
  it("updates a moment after a rebuild", (t) => {
    const { update, schedule, tick } = scheduled(t);
    schedule.rebuilt();
    tick(99);
    assert.equal(update.mock.callCount(), 0);
    tick(1);
    assert.equal(update.mock.callCount(), 1);
  });

  it("puts the update off when a file changes before it starts, until the rebuild after that change", (t) => {
    const { update, schedule, tick } = scheduled(t);
    schedule.rebuilt();
    tick(50);
    schedule.contentChanged();
    tick(500);
    assert.equal(update.mock.callCount(), 0, "no update while the save's rebuild is due");
    schedule.rebuilt();
    tick(100);
    assert.equal(update.mock.callCount(), 1);
  });

  it("updates once for rebuilds in a row", (t) => {
    const { update, schedule, tick } = scheduled(t);
    schedule.rebuilt();
    tick(60);
    schedule.rebuilt();
    tick(100);
    assert.equal(update.mock.callCount(), 1);
  });
});

describe("an update that fails", () => {
  it("is excused when a file changed while it ran, and only then", () => {
    const schedule = new SearchSchedule(() => undefined, 100);
    const quiet = schedule.mark();
    assert.equal(schedule.changedSince(quiet), false, "no save: the failure is reported");
    const before = schedule.mark();
    schedule.contentChanged();
    assert.equal(schedule.changedSince(before), true, "a save came: its rebuild's update follows");
    assert.equal(schedule.changedSince(schedule.mark()), false);
  });
});
