#!/usr/bin/env node
// The command line (see `event-timeline --help`); its code is TypeScript, built into lib/cli/.
import { run } from '../lib/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
