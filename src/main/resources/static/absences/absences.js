// A person's absences and their stand-ins, as GET /api/absences shows them to the person;
// a new one recorded with POST /api/absences, one ended early with DELETE, each with the
// session's CSRF token; every problem the API names shown beside its field.
(function () {
  var P = window.ProductPages, texts = P.texts, text = P.text, element = P.element;
  var body = document.body;
  var form = document.getElementById('absence');
  var result = document.getElementById('result');
  var problems = document.getElementById('problems');

  function refused(response) {
    return response.json().then(function (answer) {
      result.textContent = text('not-sent', answer.detail || answer.message || text('server-answered', response.status));
      (answer.errors || []).forEach(function (error) {
        var input = error.field ? form.querySelector('[name="' + error.field + '"]') : null;
        if (input) input.setAttribute('aria-invalid', 'true');
        var name = texts.fields[error.field] || error.field;
        problems.appendChild(element('li', { 'data-field': error.field || '' }, (name ? name + texts.colon : '') + error.message));
      });
    }, function () { result.textContent = text('not-sent', text('server-answered', response.status)); });
  }

  function list() {
    return P.read('/api/absences')
      .then(function (absences) {
        var rows = document.querySelector('#absences tbody');
        rows.textContent = '';
        absences.forEach(function (absence) {
          var tr = element('tr', { 'data-id': String(absence.id) });
          [absence.userId, absence.from, absence.to, absence.substitute, absence.reason || ''].forEach(function (cell) {
            tr.appendChild(element('td', {}, cell));
          });
          var last = tr.appendChild(element('td'));
          if (absence.endedAt) {
            last.textContent = texts.ended;
          } else {
            var end = last.appendChild(element('button', { type: 'button', 'class': 'end' }, texts.end));
            end.addEventListener('click', function () {
              P.send('DELETE', '/api/absences/' + absence.id).then(function (response) {
                return response.ok ? list() : refused(response);
              });
            });
          }
          rows.appendChild(tr);
        });
        if (!absences.length) rows.appendChild(element('tr')).appendChild(element('td', { colspan: '6' }, texts.none));
      })
      .catch(function (problem) {
        result.textContent = text('not-loaded', problem && problem.status ? text('server-answered', problem.status)
          : texts.unreachable);
      });
  }

  if (body.getAttribute('data-logged-in') !== 'true') {
    document.getElementById('login-needed').hidden = false;
    form.hidden = true;
    document.getElementById('absences-list').hidden = true;
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    problems.textContent = '';
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) { input.removeAttribute('aria-invalid'); });
    var sent = {};
    ['from', 'to', 'substitute', 'reason', 'userId'].forEach(function (name) {
      var value = form.querySelector('[name="' + name + '"]').value.trim();
      sent[name] = value || null;
    });
    result.textContent = texts.sending;
    P.send('POST', '/api/absences', sent).then(function (response) {
      if (!response.ok) return refused(response);
      result.textContent = texts.recorded;
      form.reset();
      return list();
    }).catch(function () { result.textContent = text('not-sent', texts.unreachable); });
  });
  list();
})();
