// Loaded before anything else on the CSP page (a file, since the policy forbids inline scripts):
// records every policy violation for the test to read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || ''}`);
});

// And every worker the page starts (the element reads large data in one), by its address.
window.__workers = [];
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(url, options) {
    window.__workers.push(String(url));
    super(url, options);
  }
};
