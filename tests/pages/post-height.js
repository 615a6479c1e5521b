// Reports the height its address asks for (?h=…), as a broken or hostile frame could, on load and when asked.
const height = Number(new URLSearchParams(location.search).get('h'));
const report = () => parent.postMessage({ type: 'cifras:height', height }, '*');
report();
addEventListener('message', (event) => event.data?.type === 'cifras:request-height' && report());
