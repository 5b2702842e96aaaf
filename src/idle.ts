/**
 * Work that can wait for an idle moment: in the browser's idle time where it has requestIdleCallback, and in
 * a task of its own where it has not (WebKit), so that it is never done inside the frame that asked for it.
 * `timeout`: the most it may wait, ms, on a page that is never idle.
 */
export function whenIdle(work: (deadline?: IdleDeadline) => void, timeout = 2_000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout });
  else setTimeout(() => work(), 0);
}
