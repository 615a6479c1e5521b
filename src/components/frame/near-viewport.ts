/** Something told when it comes near the viewport or leaves it. */
export interface NearViewportTarget extends Element {
  nearViewportChanged(near: boolean): void;
}

let observer: IntersectionObserver | undefined;
/** Charts near the viewport but not in it, waiting for their turn. */
const waiting: NearViewportTarget[] = [];
let draining = false;

/** On screen, if only as a line of no height, as a chart with nothing to show yet is. */
const onScreen = (box: DOMRectReadOnly) => box.bottom >= 0 && box.top <= (window.innerHeight || document.documentElement.clientHeight);

/** Charts that started watching in this task, to be looked at once it has upgraded them all. */
let justWatched: NearViewportTarget[] = [];

/**
 * The charts already on screen draw in the task that upgraded them, not after
 * the observer's first report, which waits for the next frame (up to 16 ms).
 * One read of their boxes, after the whole page's upgrade: one layout, not one each.
 */
function drawThoseOnScreen(): void {
  const targets = justWatched;
  justWatched = [];
  // No box at all: display: none, or no longer in the page.
  const seen = targets.filter((target) => {
    const [box] = target.getClientRects();
    return box && onScreen(box);
  });
  for (const target of seen) target.nearViewportChanged(true);
}

/**
 * Charts that are near but not yet on screen lay out one per task: a page's
 * first screenful of charts would otherwise lay out in one long task, and the
 * reader waits for charts they cannot see yet.
 */
function drainOne(): void {
  waiting.shift()?.nearViewportChanged(true);
  if (waiting.length) setTimeout(drainOne);
  else draining = false;
}

function dropWaiting(target: Element): void {
  const index = waiting.indexOf(target as NearViewportTarget);
  if (index >= 0) waiting.splice(index, 1);
}

/**
 * One IntersectionObserver for every chart on the page: a chart lays itself
 * out when it comes within a screen's height of the viewport, and not before;
 * the ones on screen first.
 * Undefined where there is no IntersectionObserver (then charts render at once).
 */
function nearViewport(): IntersectionObserver | undefined {
  if (typeof IntersectionObserver === 'undefined') return undefined;
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const target = entry.target as NearViewportTarget;
      dropWaiting(target);
      if (!entry.isIntersecting) target.nearViewportChanged(false);
      else if (onScreen(entry.boundingClientRect)) target.nearViewportChanged(true);
      else waiting.push(target);
    }
    if (waiting.length && !draining) {
      draining = true;
      setTimeout(drainOne);
    }
  }, { rootMargin: '100% 0px' });
  return observer;
}

/** Starts watching; false when the page cannot tell, and the target should count itself as near. */
export function watchNearViewport(target: NearViewportTarget): boolean {
  const watcher = nearViewport();
  if (!watcher) return false;
  watcher.observe(target);
  if (justWatched.push(target) === 1) queueMicrotask(drawThoseOnScreen);
  return true;
}

export function unwatchNearViewport(target: NearViewportTarget): void {
  observer?.unobserve(target);
  dropWaiting(target);
}
