/**
 * For the dev and test servers, which serve the TypeScript sources: the element starts its worker as
 * `new URL('./read-worker.js', import.meta.url)`, a request no import resolution sees, so the address of
 * that one file is turned to its source here (then compiled like any other). The bundle has the file itself.
 */
export function workerSource() {
  return (ctx, next) => {
    if (/^\/src\/.*\/read-worker\.js$/.test(ctx.path)) ctx.url = ctx.url.replace('/read-worker.js', '/read-worker.ts');
    return next();
  };
}
