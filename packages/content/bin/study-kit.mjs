#!/usr/bin/env node
// The package ships TypeScript source; tsx compiles it on the fly so the CLI needs no build step.
import { register } from "tsx/esm/api";

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

register();
const { run } = await import("../src/cli.ts");
process.exitCode = run(process.argv.slice(2));
