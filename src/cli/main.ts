/// <reference types="node" />
/**
 * `event-timeline render <file> --out <file>`: the command line's entry. Says what it wrote, and each
 * problem with the data in the chosen language, as the element would show it. Exit codes: 0 written
 * (problems or not), 1 the data could not be read at all or the file could not be written, 2 a mistake
 * in the command.
 */
import { writeFileSync } from 'node:fs';
import { describeProblem } from '../time/words.js';
import { parseArgs, USAGE } from './args.js';
import { renderFile } from './render.js';

export interface Console {
  out(text: string): void;
  error(text: string): void;
}

const STD: Console = { out: (text) => process.stdout.write(`${text}\n`), error: (text) => process.stderr.write(`${text}\n`) };

export async function run(argv: readonly string[], io: Console = STD): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (parsed.command === 'error') {
    io.error(`${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  try {
    const rendered = await renderFile(options);
    for (const problem of rendered.problems) io.error(describeProblem(problem, options.lang));
    if (rendered.unreadable) {
      io.error(`Nothing drawn: ${options.input} could not be read as events.`);
      return 1;
    }
    writeFileSync(options.out, rendered.bytes);
    io.out(`Wrote ${options.out} (${rendered.bytes.byteLength.toLocaleString('en')} bytes)`);
    return 0;
  } catch (error) {
    io.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
