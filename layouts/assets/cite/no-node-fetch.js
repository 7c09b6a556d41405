// Stands in for node-fetch in the browser bundle of Citation.js (src/output/assets.ts): the browser's own fetch.
// @ts-check
export default globalThis.fetch;
export const Headers = globalThis.Headers;
export const Request = globalThis.Request;
export const Response = globalThis.Response;
