/*
 * The approval bottlenecks on the home page, for the people who may read the report
 * (GET /api/approvals/bottlenecks): the totals, a table by task and by month, and the
 * whole report as CSV. Nothing is shown to anyone else or without the approvals
 * capability. Drawn once the rest of the page is there; texts come from texts.js.
 */
(function () {
  var T = window.HOME_TEXTS.bottlenecks;
  var main = document.getElementById('home');

  function element(tag, attributes, text) {
    var el = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) { el.setAttribute(key, attributes[key]); });
    if (text !== undefined && text !== null) {
      el.textContent = text;
    }
    return el;
  }

  function table(id, headings, rows) {
    var el = element('table', { id: 'table-' + id });
    var head = element('tr');
    headings.forEach(function (heading, i) { head.appendChild(element('th', i > 0 ? { 'class': 'number' } : {}, heading)); });
    el.appendChild(element('thead')).appendChild(head);
    var body = el.appendChild(element('tbody'));
    rows.forEach(function (row) {
      var tr = element('tr');
      row.forEach(function (cell, i) { tr.appendChild(element('td', i > 0 ? { 'class': 'number' } : {}, String(cell))); });
      body.appendChild(tr);
    });
    return el;
  }

  function draw(report) {
    var el = element('section', { id: 'section-bottlenecks' });
    el.appendChild(element('h2', {}, T.title));
    var sums = report.byMonth.reduce(function (sum, month) {
      return [sum[0] + month.deadlinesMissed, sum[1] + month.escalations, sum[2] + month.substitutions];
    }, [0, 0, 0]);
    var figures = el.appendChild(element('div', { 'class': 'figures' }));
    [['missed', sums[0]], ['escalations', sums[1]], ['substitutions', sums[2]]].forEach(function (figure) {
      var box = figures.appendChild(element('div', { 'class': 'figure', 'data-figure': 'bottleneck-' + figure[0], 'data-value': figure[1] }));
      box.appendChild(element('strong', {}, String(figure[1])));
      box.appendChild(element('span', {}, T[figure[0]]));
    });
    el.appendChild(element('h3', {}, T.byTask));
    el.appendChild(table('bottlenecks-tasks', [T.byTask, T.tasks, T.averageHours, T.missed, T.escalations],
      report.byTask.map(function (line) {
        return [line.name || line.key, line.tasks, line.averageHoursWaiting, line.deadlinesMissed, line.escalated];
      })));
    el.appendChild(element('h3', {}, T.byMonth));
    el.appendChild(table('bottlenecks-months', [T.month, T.missed, T.escalations, T.substitutions],
      report.byMonth.map(function (month) {
        return [month.month, month.deadlinesMissed, month.escalations, month.substitutions];
      })));
    el.appendChild(element('a', { id: 'bottlenecks-csv', href: '/api/approvals/bottlenecks?format=csv' }, T.csv));
    main.appendChild(el);
  }

  function whenPageLoaded(then) {
    if (main.getAttribute('data-loaded') === 'true') {
      then();
      return;
    }
    new MutationObserver(function (changes, observer) {
      if (main.getAttribute('data-loaded') === 'true') {
        observer.disconnect();
        then();
      }
    }).observe(main, { attributes: true, attributeFilter: ['data-loaded'] });
  }

  fetch('/api/approvals/bottlenecks', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (report) {
      if (report) {
        whenPageLoaded(function () { draw(report); });
      }
    })
    .catch(function () { /* the rest of the page says when figures cannot be read */ });
})();
