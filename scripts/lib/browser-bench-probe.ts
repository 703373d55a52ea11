/**
 * The main-world probe every bench page gets before its own scripts run (an init script), identical
 * with and without the extension so its own cost cancels out:
 * - DOMContentLoaded time, and the first frame in which Backstory's highlights hold a range
 *   (`CSS.highlights` is one registry per document, shared with the content script);
 * - the page's first contentful paint (Paint Timing), to tell whether the extension delays it;
 * - long tasks from the Long Tasks API (`buffered: true`); where the API is missing (Firefox), a
 *   timer-gap detector: a 10 ms timer that fires more than 60 ms late means a task of 50 ms or more ran;
 * - on the live blog, the first frame in which each appended paragraph holds a mark.
 * It runs on web pages only: an init script reaches every page of the browser, and its frame loop in
 * the tab the extension opens on install (the welcome page, which only the browser with the extension
 * has) kept that tab rendering 60 frames a second, taking CPU from the page being measured.
 */
export interface ProbeReadout {
  dcl: number | null;
  firstMark: number | null;
  /** First contentful paint; null where the browser has not reported one. */
  firstPaint: number | null;
  ranges: number;
  longTasks: Array<{ start: number; duration: number }>;
  longTaskApi: boolean;
  liveAppended: number[];
  liveMarked: Record<string, number>;
}

export const PROBE = `(() => {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  const s = (window.__bench = { dcl: null, firstMark: null, firstPaint: null, ranges: 0, longTasks: [], longTaskApi: true, liveMarked: {} });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') s.firstPaint = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    s.longTaskApi = false;
  }
  if (!PerformanceObserver.supportedEntryTypes || !PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    s.longTaskApi = false;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      if (now - last > 60) s.longTasks.push({ start: last, duration: now - last - 10 });
      last = now;
      setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
  }
  const frame = () => {
    let ranges = 0;
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('backstory-') || name === 'backstory-focus') return;
        ranges += highlight.size;
        if (window.__liveAppended) {
          highlight.forEach((range) => {
            const owner = range.startContainer.parentElement && range.startContainer.parentElement.closest('[data-live]');
            const id = owner && owner.getAttribute('data-live');
            if (id !== null && id !== undefined && s.liveMarked[id] === undefined) s.liveMarked[id] = performance.now();
          });
        }
      });
    }
    s.ranges = ranges;
    if (ranges > 0 && s.firstMark === null) s.firstMark = performance.now();
    requestAnimationFrame(frame);
  };
  const start = () => {
    s.dcl = performance.now();
    frame();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
})();`;

/** Runs in the page: the probe's readout. */
export function readProbe(): ProbeReadout {
  const w = window as unknown as { __bench: Omit<ProbeReadout, 'liveAppended'>; __liveAppended?: number[] };
  return { ...w.__bench, liveAppended: w.__liveAppended ?? [] };
}
