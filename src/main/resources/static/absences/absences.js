// A person's absences and their stand-ins, as GET /api/absences shows them to the person;
// a new one recorded with POST /api/absences, one ended early with DELETE, each with the
// session's CSRF token; every problem the API names shown beside its field. Below, one of
// the person's open tasks (GET /api/home/tasks) handed to a colleague the API names for it
// (GET, then POST /api/tasks/{id}/delegation).
(function () {
  var P = window.ProductPages, texts = P.texts, text = P.text, element = P.element;
  var body = document.body;
  var form = document.getElementById('absence');
  var result = document.getElementById('result');
  var problems = document.getElementById('problems');

  // every problem the API names, beside its field of the form, in the form's list
  function refused(response, where) {
    where = where || { form: form, status: result, list: problems };
    return response.json().then(function (answer) {
      where.status.textContent = text('not-sent', answer.detail || answer.message || text('server-answered', response.status));
      (answer.errors || []).forEach(function (error) {
        var input = error.field ? where.form.querySelector('[name="' + error.field + '"]') : null;
        if (input) input.setAttribute('aria-invalid', 'true');
        var name = texts.fields[error.field] || error.field;
        where.list.appendChild(element('li', { 'data-field': error.field || '' }, (name ? name + texts.colon : '') + error.message));
      });
    }, function () { where.status.textContent = text('not-sent', text('server-answered', response.status)); });
  }

  function clear(where) {
    where.list.textContent = '';
    Array.prototype.forEach.call(where.form.querySelectorAll('[aria-invalid]'), function (input) { input.removeAttribute('aria-invalid'); });
  }

  function options(select, entries) {
    select.textContent = '';
    select.appendChild(element('option', { value: '' }, texts.choose));
    entries.forEach(function (entry) { select.appendChild(element('option', { value: entry[0] }, entry[1])); });
  }

  // the person's open tasks that are theirs to hand on, and the colleagues each may go to
  function delegation(me) {
    var where = { form: document.getElementById('delegation'), status: document.getElementById('delegation-result'),
      list: document.getElementById('delegation-problems') };
    var task = where.form.querySelector('[name="task"]');
    var delegate = where.form.querySelector('[name="delegate"]');
    function tasks() {
      return P.read('/api/home/tasks').then(function (waiting) {
        options(task, waiting.items.filter(function (item) { return !item.assignee || item.assignee === me; })
          .map(function (item) { return [item.id, item.name]; }));
        options(delegate, []);
      });
    }
    task.addEventListener('change', function () {
      options(delegate, []);
      if (!task.value) return;
      P.read('/api/tasks/' + encodeURIComponent(task.value) + '/delegation').then(function (colleagues) {
        options(delegate, colleagues.map(function (colleague) { return [colleague.userId, colleague.name]; }));
      }, function () { where.status.textContent = text('not-loaded', texts.unreachable); });
    });
    where.form.addEventListener('submit', function (event) {
      event.preventDefault();
      clear(where);
      var chosen = delegate.options[delegate.selectedIndex];
      var sent = { delegate: delegate.value || null, reason: where.form.querySelector('[name="reason"]').value.trim() || null };
      if (!task.value) {
        where.status.textContent = text('not-sent', texts['choose-task']);
        return;
      }
      where.status.textContent = texts.sending;
      P.send('POST', '/api/tasks/' + encodeURIComponent(task.value) + '/delegation', sent).then(function (response) {
        if (!response.ok) return refused(response, where);
        where.status.textContent = text('delegated', chosen.textContent);
        where.form.reset();
        return tasks();
      }).catch(function () { where.status.textContent = text('not-sent', texts.unreachable); });
    });
    return tasks().then(function () { document.getElementById('delegation-section').hidden = false; });
  }

  function list() {
    return P.read('/api/absences')
      .then(function (absences) {
        var rows = document.querySelector('#absences tbody');
        rows.textContent = '';
        absences.forEach(function (absence) {
          var tr = element('tr', { 'data-id': String(absence.id) });
          [absence.userName || absence.userId, absence.from, absence.to, absence.substituteName || absence.substitute,
            absence.reason || ''].forEach(function (cell) {
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

  // who may stand in for the person the absence is for (the one logged in when none is named)
  function standIns() {
    var forWhom = form.querySelector('[name="userId"]').value.trim();
    var select = form.querySelector('[name="substitute"]');
    var chosen = select.value;
    return P.read('/api/absences/stand-ins' + (forWhom ? '?userId=' + encodeURIComponent(forWhom) : ''))
      .then(function (colleagues) {
        options(select, colleagues.map(function (colleague) { return [colleague.userId, colleague.name]; }));
        select.value = chosen;
      }, function () { options(select, []); });
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
      return Promise.all([list(), standIns()]);
    }).catch(function () { result.textContent = text('not-sent', texts.unreachable); });
  });
  form.querySelector('[name="userId"]').addEventListener('change', standIns);
  list();
  standIns();
  // whom the person records absences for besides themselves, if anyone
  P.read('/api/absences/people').then(function (people) {
    var select = form.querySelector('[name="userId"]');
    people.forEach(function (person) { select.appendChild(element('option', { value: person.userId }, person.name)); });
    select.parentNode.hidden = !people.length;
  }, function () { form.querySelector('[name="userId"]').parentNode.hidden = true; });
  P.read('/api/home').then(function (home) { return delegation(home.user); }, function () {
    /* a person without tasks of their own sees no hand-over */
  });
})();
