// The worker thread of seed-from-build.ts: links the files it is given and answers with
// those it left out.
import { parentPort, workerData } from "node:worker_threads";
import { linkFiles } from "./link-files.ts";
import type { SeedWorkerData } from "./seed-from-build.ts";

const { buildDir, previewDir, files } = workerData as SeedWorkerData;
parentPort!.postMessage(linkFiles(buildDir, previewDir, files));
