/** Something told when it comes near the viewport or leaves it. */
export interface NearViewportTarget extends Element {
  nearViewportChanged(near: boolean): void;
}

let observer: IntersectionObserver | undefined;

/**
 * One IntersectionObserver for every chart on the page: a chart lays itself
 * out when it comes within a screen's height of the viewport, and not before.
 * Undefined where there is no IntersectionObserver (then charts render at once).
 */
function nearViewport(): IntersectionObserver | undefined {
  if (typeof IntersectionObserver === 'undefined') return undefined;
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) (entry.target as NearViewportTarget).nearViewportChanged(entry.isIntersecting);
  }, { rootMargin: '100% 0px' });
  return observer;
}

/** Starts watching; false when the page cannot tell, and the target should count itself as near. */
export function watchNearViewport(target: NearViewportTarget): boolean {
  const watcher = nearViewport();
  watcher?.observe(target);
  return Boolean(watcher);
}

export function unwatchNearViewport(target: NearViewportTarget): void {
  observer?.unobserve(target);
}
