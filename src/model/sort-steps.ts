/**
 * Sorts a list in place, pausing now and then (a generator's yields) so that a long sort can run on the
 * main thread in slices: runs of `every` items are sorted natively, then merged pairwise (bottom-up merge
 * sort), with a pause after about `every` items moved. With `every` = Infinity it is one native sort.
 * The order is the comparator's; for equal items it keeps the list's order (stable), as `Array.sort` does.
 */
export function* sortSteps<T>(list: T[], compare: (a: T, b: T) => number, every: number, report: number): Generator<number, void> {
  const n = list.length;
  if (!(every < n)) {
    list.sort(compare);
    return;
  }
  for (let from = 0; from < n; from += every) {
    const run = list.slice(from, from + every).sort(compare);
    for (let i = 0; i < run.length; i++) list[from + i] = run[i];
    yield report;
  }
  let source = list;
  let target = new Array<T>(n);
  let moved = 0;
  for (let width = every; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        target[k] = i < mid && (j >= hi || compare(source[j], source[i]) >= 0) ? source[i++] : source[j++];
        if (++moved >= every) {
          moved = 0;
          yield report;
        }
      }
    }
    [source, target] = [target, source];
  }
  if (source !== list) for (let i = 0; i < n; i++) list[i] = source[i];
}
