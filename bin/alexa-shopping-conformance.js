#!/usr/bin/env node
// The CLI is TypeScript built into dist/ (npm runs `tsc` on install via the prepare script).
import('../dist/src/cli/main.js')
  .then(({ main }) => main(process.argv.slice(2)))
  .then((status) => {
    process.exitCode = status;
  })
  .catch((e) => {
    process.stderr.write(`alexa-shopping-conformance: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exitCode = 2;
  });
