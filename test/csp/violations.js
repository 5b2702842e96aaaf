// Loaded before anything else on the CSP page (a file, since the policy forbids inline scripts):
// records every policy violation for the test to read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || ''}`);
});
