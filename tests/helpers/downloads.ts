/**
 * Records the blobs offered for download (or drawn) while `body` runs. Download
 * links are not followed: a real download can take focus away from the page
 * (Firefox), which would break every focus test after it.
 */
export async function captureBlobs(body: (blobs: Blob[]) => Promise<void>): Promise<Blob[]> {
  const original = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs: Blob[] = [];
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return original.call(URL, object);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) click.call(this);
  };
  try { await body(blobs); } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = click;
  }
  return blobs;
}

/** Waits until `check` is true; fails the test if it is not within `ms` (3 s by default). */
export async function until(check: () => boolean, what = 'the condition', ms = 3000): Promise<void> {
  for (let i = 0; i < ms / 20; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
}

