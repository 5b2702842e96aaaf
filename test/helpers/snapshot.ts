/**
 * Text snapshots kept as plain files in the repository, compared in `npm test` and rewritten by
 * `npm run test:update-snapshots` (web-test-runner's --update-snapshots flag, read through
 * getSnapshotConfig()). Not the runner's own compareSnapshot(): it keeps every snapshot of a test file
 * in one generated JS module under __snapshots__/, and its failure prints both texts in full, where a
 * file per drawing shows in review as an ordinary diff, and a failure here as a unified diff.
 */
import { getSnapshotConfig, readFile, writeFile } from '@web/test-runner-commands';

const UPDATE = 'npm run test:update-snapshots';

/** An error that web-test-runner's reporter prints as a unified diff of `expected` (stored) and `actual` (drawn). */
function mismatch(path: string, stored: string, drawn: string): Error {
  const error = new Error(`the drawing differs from the snapshot ${path} (+ the snapshot, - this run). If the change is meant, run ${UPDATE} and commit the file.`);
  return Object.assign(error, { name: 'SnapshotMismatch', expected: stored, actual: drawn, showDiff: true });
}

/**
 * The file's text, or undefined when there is none. The runner's file plugin answers a missing file with
 * nothing, which the browser side reports as an unknown command "read-file".
 */
async function readIfThere(path: string): Promise<string | undefined> {
  try {
    return await readFile({ path });
  } catch (error) {
    if (String((error as Error).message).includes('Unknown command read-file')) return undefined;
    throw error;
  }
}

/**
 * Compares `content` with the snapshot file at `path` (relative to the test file). With the update flag
 * the file is written instead; a missing file is written and the test fails, so that a new snapshot is
 * looked at and committed rather than passing unseen.
 */
export async function matchSnapshot(path: string, content: string): Promise<void> {
  const stored = await readIfThere(path);
  const { updateSnapshots } = await getSnapshotConfig();
  if (updateSnapshots) {
    if (stored !== content) await writeFile({ path, content });
    return;
  }
  if (stored === undefined) {
    await writeFile({ path, content });
    throw new Error(`there was no snapshot ${path}: it is written now from this run. Look at it and commit it.`);
  }
  if (stored !== content) throw mismatch(path, stored, content);
}
