/* Collects the page's script errors, so that they can be seen and tested. */
window.homeErrors = [];
window.addEventListener('error', function (event) {
  window.homeErrors.push(String(event.message || event));
});
window.addEventListener('unhandledrejection', function (event) {
  window.homeErrors.push(String(event.reason));
});
