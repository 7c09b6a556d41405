// The worker thread of sizes-on-disk.ts: answers with the sizes of the files it is given.
import { parentPort, workerData } from "node:worker_threads";
import { sizesOf, type SizesWorkerData } from "./sizes-on-disk.ts";

const sizes = sizesOf(workerData as SizesWorkerData);
parentPort!.postMessage(sizes, [sizes.buffer]);
