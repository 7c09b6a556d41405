// Worker threads that run Annals' own TypeScript modules. A worker does not inherit the
// main thread's tsx loader, so it starts from a bootstrap that registers tsx first.
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker running `module`. `onLoadFailure` is JavaScript run in the worker, with `error`
 * bound, when the module cannot be loaded; by default the error is thrown, and the worker
 * emits it as its `error` event.
 */
export function typeScriptWorker(module: URL, options: Omit<WorkerOptions, "eval">, onLoadFailure = "throw error;"): Worker {
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })
  .catch((error) => { ${onLoadFailure} });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
