// What the scripts of the product's own pages share: the page's texts, handed to it as JSON in its
// language, with their places ({0}) filled; elements made with their attributes and text,
// never with markup; and amounts written as the product writes them.
window.ProductPages = (function () {
  var texts = JSON.parse(document.getElementById('texts').textContent);

  function text(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    return texts[key].replace(/\{(\d)\}/g, function (all, i) { return args[i]; });
  }

  function element(name, attributes, content) {
    var made = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { made.setAttribute(key, attributes[key]); });
    if (content !== undefined && content !== null) made.textContent = content;
    return made;
  }

  // an amount as the product writes it: digits grouped by three, two decimals
  function figure(amount) {
    var parts = Number(amount).toFixed(2).split('.');
    return parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + parts[1];
  }

  // an amount as typed, in ASCII digits: full-width digits and points become ASCII,
  // group separators go
  function typed(value) {
    return value.trim()
      .replace(/[\uFF10-\uFF19]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); })
      .replace(/\uFF0E|\u3002/g, '.').replace(/[,\uFF0C\s]/g, '');
  }

  // a number as typed goes as a JSON number, digit for digit; anything else goes as
  // text, for the API to name
  function number(value) {
    var plain = typed(value);
    return /^-?\d+(\.\d+)?$/.test(plain) ? { digits: plain } : plain;
  }

  // a request's body, its numbers as typed
  function json(value) {
    if (value && value.digits !== undefined) return value.digits;
    if (Array.isArray(value)) return '[' + value.map(json).join(',') + ']';
    if (value && typeof value === 'object') {
      return '{' + Object.keys(value).map(function (key) { return JSON.stringify(key) + ':' + json(value[key]); }).join(',') + '}';
    }
    return JSON.stringify(value);
  }

  // the session's CSRF token: in the page, or, for a session that has none yet (logged in
  // on the home page), in the webapps' answer to a read
  var meta = document.querySelector('meta[name="csrf-token"]');
  var pageToken = meta ? meta.getAttribute('content') : '';
  function token() {
    if (pageToken) return Promise.resolve(pageToken);
    return fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' }).then(function (answer) {
      pageToken = answer.headers.get('X-XSRF-TOKEN') || '';
      return pageToken;
    });
  }

  // a read of the API with the session, in the page's language: the answer's JSON, or a
  // refusal with the problem the API answered ({ status } when it gave none)
  function read(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json',
      'Accept-Language': document.documentElement.lang } })
      .then(function (answer) {
        if (answer.ok) return answer.json();
        return answer.json().then(function (problem) { return Promise.reject(problem); },
          function () { return Promise.reject({ status: answer.status }); });
      });
  }

  // a write to the API with the session and its CSRF token, its body's numbers as typed
  function send(method, path, body) {
    return token().then(function (csrf) {
      return fetch(path, { method: method, credentials: 'same-origin', body: body === undefined ? undefined : json(body),
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf, Accept: 'application/json',
          'Accept-Language': document.documentElement.lang } });
    });
  }

  return { texts: texts, text: text, element: element, figure: figure, number: number, json: json, token: token,
    read: read, send: send };
})();
