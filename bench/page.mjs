/**
 * What both benchmark pages share: timing helpers and the `window.bench` object the driver
 * (scripts/bench.mjs) calls through playwright. Every time is measured inside the page with
 * `performance.now()`; the driver only collects the numbers.
 *
 * How a time ends: "rendered and painted" is taken as the moment right after the browser has run the
 * rendering step (style, layout, paint) of the frame that shows the change. We wait for the next
 * requestAnimationFrame callback, and from inside it post a message on a MessageChannel: rAF callbacks run
 * at the start of a frame's rendering step, and a task posted from one runs only after that step (style,
 * layout and paint of this frame) is over. This is the "rAF + postMessage" way of timing a frame. Compared
 * with the usual two rAFs it does not add the idle wait for the following vsync (up to 16.7 ms at 60 Hz).
 * Compositing and rasterisation run off the main thread and are not in the number.
 */
import { GENERATORS, zoomPanScript } from './data.mjs';

/** Resolves with performance.now() just after the next frame's rendering step (see above). */
export function afterNextPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => afterRenderingStep().then(resolve));
  });
}

/** Used JS heap in bytes, after a full garbage collection when `gc` is exposed (--js-flags=--expose-gc). */
export function usedHeap() {
  if (typeof window.gc === 'function') {
    window.gc();
    window.gc();
  }
  return performance.memory ? performance.memory.usedJSHeapSize : null;
}

/**
 * Installs `window.bench` for a component.
 * @param {object} component
 * @param {(n: number) => void} component.prepare  make the input for N events (not timed)
 * @param {() => Promise<object>} component.load    hand the data over; resolves with {t0, ...info} once the
 *   component says it has rendered it (t0 = performance.now() right before the data was handed over)
 * @param {(view: {start: number, end: number}) => Promise<void>} component.show  sets the view; resolves
 *   once the component has rendered it (ours: `updateComplete`; vis-timeline: its `changed` event)
 * @param {() => number} component.domNodes  elements the component has in the DOM
 */
export function installBench(component) {
  let views = zoomPanScript();
  // Every task over 50 ms on the main thread, from the page's start: a load's longest is read from here.
  const longTasks = [];
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  }
  window.bench = {
    ready: Promise.resolve(true),
    /** Generates N events (seeded) and converts them for the component. Not timed. */
    prepare(n, generator = 'mixed') {
      const started = performance.now();
      component.prepare(GENERATORS[generator](n));
      return performance.now() - started;
    },
    /**
     * First paint: from handing the data over to just after the first frame that shows it; and the
     * longest main-thread task from then on until the data is all read (`done`, when the component says;
     * else the first paint), by the longtask observer (0: none over 50 ms).
     */
    async load() {
      // `painted`: the component found its first events in the DOM from inside a frame's rAF callback, so that
      // frame's rendering step draws them; the time is taken right after it. Otherwise, after the next frame.
      const { t0, done, painted, ...info } = await component.load();
      const t1 = painted ? await painted : await afterNextPaint();
      // `done`: when the component says all is read (and the frame after), with what it read.
      const end = done ? await done : { t: t1 };
      const { t: t2, ...more } = end;
      Object.assign(info, more);
      // Long task entries are delivered after their task: give the observer a frame.
      await afterNextPaint();
      const during = longTasks.filter((task) => task.startTime + task.duration >= t0 && task.startTime <= t2);
      return { ms: t1 - t0, doneMs: t2 - t0, longestTaskMs: Math.max(0, ...during.map((task) => task.duration)), longTasks: during.length, ...info };
    },
    /** A change without a reload (ours only): from the call to just after the frame that shows it. */
    change(kind) {
      return component.change(kind);
    },
    /** Sets the zoom-and-pan script's length (default 20 + 20 + 20 steps); returns the number of views. */
    script(options) {
      views = zoomPanScript(options);
      return views.length;
    },
    /**
     * Frame time of step i of the script, in ms: `{ms, latencyMs, idleMs, scriptMs}`.
     *
     * The view is set at the start of a frame (inside a rAF callback), so that no time goes on waiting for a
     * vsync before the work. `latencyMs` runs from there until just after the rendering step of the frame
     * that shows the new view. Our element renders in the same frame (its Lit update runs in this rAF
     * callback's microtasks), so that is script + style + layout + paint of one frame. vis-timeline puts its
     * redraw off to its own requestAnimationFrame, i.e. to the next frame; between the two frames the main
     * thread sits idle, waiting for the vsync (`idleMs`: from the end of this frame's rendering step to the
     * start of the next frame). `ms`, the frame time reported, is `latencyMs - idleMs`: the main thread's
     * work for the change, for both components alike. `scriptMs` is the part until the component said it
     * had rendered (our `updateComplete`, vis's `changed`), less the same idle time.
     */
    frame(i) {
      const view = views[i];
      return new Promise((resolve) => {
        requestAnimationFrame(() => {
          const t0 = performance.now();
          let thisFrameEnd = null;
          let nextFrameStart = null;
          // Registered before the component's own rAF (if any), so it runs first in the next frame.
          requestAnimationFrame(() => { nextFrameStart = performance.now(); });
          afterRenderingStep().then((t) => { thisFrameEnd = t; });
          component.show(view).then(async () => {
            const shown = performance.now();
            const t1 = await afterRenderingStep();
            const deferred = nextFrameStart !== null && thisFrameEnd !== null && nextFrameStart <= shown;
            const idle = deferred ? Math.max(0, nextFrameStart - thisFrameEnd) : 0;
            resolve({ ms: t1 - t0 - idle, latencyMs: t1 - t0, idleMs: idle, scriptMs: shown - t0 - idle });
          });
        });
      });
    },
    heap: usedHeap,
    domNodes: () => component.domNodes(),
  };
}

/**
 * Resolves with performance.now() when a message posted now is handled. Posted from a rAF callback (or
 * its microtasks), that is just after the frame's rendering step (style, layout, paint).
 */
export function afterRenderingStep() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });
}
