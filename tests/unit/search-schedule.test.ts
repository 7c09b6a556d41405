// The preview's search update comes a moment after a rebuild, and a save before that moment
// puts it off until after the save's own rebuild.
import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { SearchSchedule } from "../../src/preview/search-schedule.ts";

describe("when the preview updates its search index", () => {
  it("updates a moment after a rebuild", (t) => {
    t.mock.timers.enable({ apis: ["setTimeout"] });
    const update = mock.fn();
    const schedule = new SearchSchedule(update, 100);
    schedule.rebuilt();
    t.mock.timers.tick(99);
    assert.equal(update.mock.callCount(), 0);
    t.mock.timers.tick(1);
    assert.equal(update.mock.callCount(), 1);
  });

  it("puts the update off when a file changes before it starts, until the rebuild after that change", (t) => {
    t.mock.timers.enable({ apis: ["setTimeout"] });
    const update = mock.fn();
    const schedule = new SearchSchedule(update, 100);
    schedule.rebuilt();
    t.mock.timers.tick(50);
    schedule.contentChanged();
    t.mock.timers.tick(500);
    assert.equal(update.mock.callCount(), 0, "no update while the save's rebuild is due");
    schedule.rebuilt();
    t.mock.timers.tick(100);
    assert.equal(update.mock.callCount(), 1);
  });

  it("updates once for rebuilds in a row", (t) => {
    t.mock.timers.enable({ apis: ["setTimeout"] });
    const update = mock.fn();
    const schedule = new SearchSchedule(update, 100);
    schedule.rebuilt();
    t.mock.timers.tick(60);
    schedule.rebuilt();
    t.mock.timers.tick(100);
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
