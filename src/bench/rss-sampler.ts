// Preloaded (--import) into a child when /usr/bin/time is missing: samples the
// process's resident set size and writes the peak, in KB, to $BENCH_RSS_FILE on exit.
// It sees this Node process only: the Pagefind binary the build spawns is not counted.
import { writeFileSync } from "node:fs";

const target = process.env.BENCH_RSS_FILE;
if (target) {
  let peak = process.memoryUsage.rss();
  // unref: the sampler must never keep a finished build alive.
  setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50).unref();
  process.on("exit", () => {
    peak = Math.max(peak, process.memoryUsage.rss());
    writeFileSync(target, String(Math.round(peak / 1024)));
  });
}
