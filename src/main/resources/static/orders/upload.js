// Uploads the file the task needs with the Tasklist session and its CSRF token, then
// lists the order's files as the application keeps them. Its texts come with the page,
// in the page's language.
(function () {
  var body = document.body;
  var order = body.getAttribute('data-order');
  var kind = body.getAttribute('data-kind');
  var token = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
  var texts = JSON.parse(document.getElementById('texts').textContent);
  var result = document.getElementById('result');
  var base = '/api/orders/' + encodeURIComponent(order);

  function text(key, value) {
    return texts[key].replace('{0}', value);
  }

  function show(shown) {
    result.textContent = shown;
  }

  function list() {
    fetch(base + '/files', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (files) {
        var items = document.getElementById('files');
        items.textContent = '';
        files.forEach(function (file) {
          var item = document.createElement('li');
          var link = document.createElement('a');
          link.href = file.url;
          link.textContent = file.fileName;
          item.appendChild(link);
          item.appendChild(document.createTextNode(' (' + (texts.kinds[file.kind] || file.kind) + ', '
            + (file.createdBy === 'system' ? texts.system : file.createdBy) + ', ' + file.createdAt + ')'));
          items.appendChild(item);
        });
      });
  }

  if (body.getAttribute('data-logged-in') !== 'true') {
    document.getElementById('login-needed').hidden = false;
    document.getElementById('upload').hidden = true;
    return;
  }
  document.getElementById('upload').addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData();
    data.append('file', document.getElementById('file').files[0]);
    show(texts.uploading);
    fetch(base + '/attachments?kind=' + encodeURIComponent(kind), {
      method: 'POST', credentials: 'same-origin', body: data,
      headers: { 'X-XSRF-TOKEN': token, Accept: 'application/json', 'Accept-Language': document.documentElement.lang }
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (response.ok) {
          show(text('uploaded', answer.fileName));
          list();
        } else {
          var problems = (answer.errors || []).map(function (error) { return error.message; }).join(texts.separator);
          show(text('notUploaded', (answer.detail || answer.message || response.status) + (problems ? ' (' + problems + ')' : '')));
        }
      }, function () { show(text('notUploaded', text('serverAnswered', response.status))); });
    }, function () { show(text('notUploaded', texts.unreachable)); });
  });
  list();
})();
