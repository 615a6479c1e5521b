// A page with a strict CSP and Trusted Types: every element renders with no violation.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
const { ALL_ELEMENTS, rendered } = await import('./all-elements.js');
await import('../../src/index.ts');
// The markup is the test's own; under Trusted Types it goes through a policy of the page's.
const policy = window.trustedTypes ? window.trustedTypes.createPolicy('test-page', { createHTML: (s) => s }) : null;
document.getElementById('root').innerHTML = policy ? policy.createHTML(ALL_ELEMENTS) : ALL_ELEMENTS;
const elements = await rendered();
window.result = { count: elements.length, rendered: elements.filter((el) => el.shadowRoot?.childElementCount).length };
