#!/usr/bin/env node
// The factiongraph command: runs the compiled CLI (npm install builds it into dist/).
import { main } from '../dist/cli/main.js';

// A reader that stops early ("| head") is no error.
process.stdout.on('error', (err) => { if (err.code === 'EPIPE') process.exit(0); throw err; });
process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
