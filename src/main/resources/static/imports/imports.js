// Imports a file of the department with the webapps' session and its CSRF token, as
// POST /api/imports/{file} takes it; a refused file is named line by line and column by
// column, an imported one is counted. Each file as it stands is a link to download.
(function () {
  var P = window.ProductPages, texts = P.texts, text = P.text, element = P.element;
  var form = document.getElementById('import');
  var result = document.getElementById('result');
  var problems = document.getElementById('problems');

  if (document.body.getAttribute('data-logged-in') !== 'true') {
    document.getElementById('login-needed').hidden = false;
    form.hidden = true;
    return;
  }
  var kind = document.getElementById('kind');
  var downloads = document.getElementById('downloads');
  Object.keys(texts.files).forEach(function (file) {
    kind.appendChild(element('option', { value: file }, texts.files[file]));
    downloads.appendChild(element('li')).appendChild(element('a', { href: '/api/imports/' + file, download: file + '.csv' },
      text('download', texts.files[file])));
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    problems.textContent = '';
    var chosen = document.getElementById('file').files[0];
    if (!chosen) {
      result.textContent = texts['choose-file'];
      return;
    }
    var data = new FormData();
    data.append('file', chosen);
    result.textContent = texts.sending;
    var path = '/api/imports/' + encodeURIComponent(kind.value) + '?encoding=' + encodeURIComponent(document.getElementById('encoding').value);
    P.token().then(function (csrf) {
      return fetch(path, { method: 'POST', credentials: 'same-origin', body: data,
        headers: { 'X-XSRF-TOKEN': csrf, Accept: 'application/json', 'Accept-Language': document.documentElement.lang } });
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (response.ok) {
          result.textContent = text('imported', texts.files[answer.file] || answer.file, answer.rows, answer.created,
            answer.updated, answer.unchanged);
          return;
        }
        result.textContent = text('not-sent', answer.detail || answer.message || text('server-answered', response.status));
        (answer.errors || []).forEach(function (error) {
          var at = /^line\[(\d+)\](?:\.(.+))?$/.exec(error.field || '');
          var where = at ? (at[2] ? text('line-field', at[1], at[2]) : text('line', at[1])) : (error.field || '');
          problems.appendChild(element('li', { 'data-field': error.field || '' }, (where ? where + texts.colon : '') + error.message));
        });
      });
    }).catch(function () { result.textContent = text('not-sent', texts.unreachable); });
  });
})();
