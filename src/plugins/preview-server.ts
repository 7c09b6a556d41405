// The preview server (`npm start`) listens on this machine only.
import EleventyDevServer from "@11ty/eleventy-dev-server";
import type { EleventyConfig } from "../eleventy-types.ts";

interface ListeningServer {
  server: { listen(options: { port: number; host: string }): void };
}

export function previewServerPlugin(eleventyConfig: EleventyConfig): void {
  // The dev server binds to every network interface and has no host option
  // (https://github.com/11ty/dev-server/issues/128), so pin it to loopback.
  const prototype = EleventyDevServer.prototype as unknown as ListeningServer & { _serverListen(port: number): void };
  prototype._serverListen = function (this: ListeningServer, port: number) {
    this.server.listen({ port, host: "localhost" });
  };
  eleventyConfig.setServerOptions({ port: 8080, showVersion: false });
  // A line for each of thousands of written files would bury the content errors the
  // preview prints; Eleventy still reports its summary and its own errors.
  eleventyConfig.setQuietMode(true);
}
