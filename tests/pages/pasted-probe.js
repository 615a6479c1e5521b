// On a page with a pasted snippet (tests/hosts/pasted-page-plugin.mjs): tells the page that opened it, by
// message, what the snippet drew, once it has drawn: a Cifras element's marks, or an iframe's height as
// the resizer set it after the embed page said how tall it is.
const report = (what) => parent.postMessage({ type: 'cifras:pasted', ...what }, '*');

const element = [...document.body.children].find((el) => el.localName.startsWith('cifras-'));
if (element) {
  const drawn = () => element.shadowRoot?.querySelectorAll('rect.hit').length ?? 0;
  const check = () => (drawn() ? report({ tag: element.localName, marks: drawn() }) : setTimeout(check, 50));
  check();
}

const frame = document.querySelector('iframe');
if (frame) {
  const before = frame.clientHeight;
  addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.data?.type !== 'cifras:height') return;
    // The resizer sets the height on the same message: look once it has.
    setTimeout(() => report({ frameOrigin: event.origin, told: event.data.height, before, height: frame.clientHeight }), 0);
  });
}
