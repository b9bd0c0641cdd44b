/*
 * Logs in to the webapps (the same session as Tasklist, Cockpit and Admin), then shows
 * the home page. The webapps want their CSRF token: a new session gets it in the answer
 * to a read of their API, an older one finds it in the page.
 */
(function () {
  var T = window.HOME_TEXTS;
  document.querySelectorAll('[data-text]').forEach(function (el) {
    el.textContent = T[el.getAttribute('data-text')];
  });
  document.getElementById('login').addEventListener('submit', function (event) {
    event.preventDefault();
    var error = document.getElementById('login-error');
    error.hidden = true;
    var body = 'username=' + encodeURIComponent(document.getElementById('username').value)
      + '&password=' + encodeURIComponent(document.getElementById('password').value);
    fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' })
      .then(function (answer) {
        return fetch('/camunda/api/admin/auth/user/default/login/welcome', {
          method: 'POST',
          credentials: 'same-origin',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'X-XSRF-TOKEN': answer.headers.get('X-XSRF-TOKEN')
              || document.querySelector('meta[name="csrf-token"]').content
          },
          body: body
        });
      })
      .then(function (response) {
        if (response.ok) {
          /* back to the page asked for: the home page or a report page */
          window.location.replace(window.location.pathname + window.location.search);
        } else {
          error.textContent = T.loginFailed;
          error.hidden = false;
        }
      });
  });
})();
