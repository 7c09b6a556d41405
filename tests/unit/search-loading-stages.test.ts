// The order the search page loads the index's bundles in (layouts/assets/search/loading-stages.js).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadedSince, loadingStages } from "../../layouts/assets/search/loading-stages.js";

describe("the search index's loading stages", () => {
  it("loads the newest bundles holding the first stage's stories first, then stages as large as all before them", () => {
    assert.deepEqual(loadingStages(Array(10).fill(10), 20), [2, 4, 8, 10]);
  });

  it("ends the first stage at the bundle that reaches its stories, however large", () => {
    // The 10,000-story bench archive: a far-future story, then a year a bundle, newest first.
    const pages = [1, 1889, 1721, 1457, 1356, 1067, 904, 731, 503, 285, 87];
    assert.deepEqual(loadingStages(pages, 5000), [4, 11]);
    assert.deepEqual(loadingStages([7000, 6000, 6500], 5000), [1, 3]);
  });

  it("loads a small archive, or one stage of every bundle, at once", () => {
    assert.deepEqual(loadingStages([300, 200, 100], 5000), [3]);
    assert.deepEqual(loadingStages([300, 200, 100], Infinity), [3]);
    assert.deepEqual(loadingStages([], 5000), []);
  });

  it("says how far back the bundles loaded reach, by the year of the oldest period among them", () => {
    const folders = ["edits.0a1b2c3d4e", "2024-q2.5f6a7b8c9d", "2024-q1.0e1f2a3b4c", "2023.5d6e7f8a9b"];
    assert.equal(loadedSince(folders, 1), "", "the edits bundle is no period");
    assert.equal(loadedSince(folders, 2), "2024");
    assert.equal(loadedSince(folders, 4), "2023");
    assert.equal(loadedSince(folders, 9), "2023");
  });
});
