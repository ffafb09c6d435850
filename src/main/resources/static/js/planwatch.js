// Sends the CSRF token with every htmx request, as Spring Security expects.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// An error response that names a target (HX-Retarget, set by the server for its alerts) is shown
// there instead of being dropped, so a refused change is explained where the user is looking.
document.addEventListener('htmx:beforeSwap', function (event) {
  var xhr = event.detail.xhr;
  if (xhr.status >= 400 && xhr.getResponseHeader('HX-Retarget')) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
