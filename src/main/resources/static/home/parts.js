/*
 * What the home page and the report pages share: reading the API with the session, and
 * drawing a chart, figures and a table (downloadable as CSV) from the same answer.
 */
window.homeParts = (function () {
  var T = window.HOME_TEXTS;
  var money = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var charts = [];

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });

  function get(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          var error = new Error(path + ' answered ' + response.status);
          error.status = response.status;
          // what the API says went wrong, in the reader's language, where it says it
          return response.json().catch(function () { return {}; }).then(function (problem) {
            error.detail = problem.detail;
            throw error;
          });
        }
        return response.json();
      });
  }

  function element(tag, attributes, text) {
    var el = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) { el.setAttribute(key, attributes[key]); });
    if (text !== undefined && text !== null) {
      el.textContent = text;
    }
    return el;
  }

  /* a chart of nothing is not drawn: the table under it says there is nothing to show */
  function chart(parent, id, option) {
    var series = [].concat(option.series || []);
    if (series.every(function (one) { return !one.data || one.data.length === 0; })) {
      return;
    }
    var el = element('div', { id: 'chart-' + id, 'class': 'chart' });
    parent.appendChild(el);
    var instance = echarts.init(el);
    instance.setOption(Object.assign({ tooltip: {}, grid: { left: 70, right: 20, top: 30, bottom: 60 } }, option));
    charts.push(instance);
  }

  function figures(parent, items) {
    var box = element('div', { 'class': 'figures' });
    items.forEach(function (item) {
      var figure = element('div', { 'class': 'figure', 'data-figure': item.id, 'data-value': item.value });
      figure.appendChild(element('strong', {}, item.text));
      figure.appendChild(element('span', {}, item.label));
      box.appendChild(figure);
    });
    parent.appendChild(box);
  }

  /*
   * columns: [{key, title, number}]; rows: objects of {text, value} or plain text by key;
   * csv: where the API gives every row as CSV, for a table that shows one page of them
   */
  function table(parent, id, columns, rows, csv) {
    if (rows.length === 0) {
      parent.appendChild(element('p', { 'class': 'empty' }, T.nothing));
      return;
    }
    var el = element('table', { id: 'table-' + id });
    var head = element('tr');
    columns.forEach(function (column) {
      head.appendChild(element('th', column.number ? { 'class': 'number' } : {}, T.columns[column.key]));
    });
    el.appendChild(element('thead')).appendChild(head);
    var body = el.appendChild(element('tbody'));
    rows.forEach(function (row) {
      var tr = element('tr');
      columns.forEach(function (column) {
        var cell = row[column.key];
        var shown = (cell && typeof cell === 'object') ? cell.text : cell;
        var attributes = { 'data-column': column.key };
        if (cell && typeof cell === 'object') {
          attributes['data-value'] = cell.value;
        }
        if (column.number) {
          attributes['class'] = 'number';
        }
        var td = tr.appendChild(element('td', attributes, (cell && cell.href) ? undefined : shown));
        if (cell && cell.href) {
          td.appendChild(element('a', { href: cell.href }, shown));
        }
      });
      body.appendChild(tr);
    });
    parent.appendChild(el);
    var button = element('button', { type: 'button', 'class': 'csv', 'data-csv': id }, T.downloadCsv);
    button.addEventListener('click', function () {
      if (csv) {
        var link = element('a', { href: csv, download: id + '.csv' });
        document.body.appendChild(link);
        link.click();
        link.remove();
      } else {
        download(id, columns, rows);
      }
    });
    parent.appendChild(button);
  }

  function download(id, columns, rows) {
    function quote(value) {
      var text = (value === null || value === undefined) ? '' : String(value);
      return /[",\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    }
    var lines = [columns.map(function (column) { return quote(T.columns[column.key]); }).join(',')];
    rows.forEach(function (row) {
      lines.push(columns.map(function (column) {
        var cell = row[column.key];
        return quote((cell && typeof cell === 'object') ? cell.value : cell);
      }).join(','));
    });
    var blob = new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    var link = element('a', { href: URL.createObjectURL(blob), download: id + '.csv' });
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function amount(value) {
    return { text: money.format(Number(value)), value: String(value) };
  }

  function ratio(value) {
    return (value === null || value === undefined) ? { text: '', value: '' }
      : { text: (Number(value) * 100).toFixed(1) + '%', value: String(value) };
  }

  /* a moment the API gives in the business time zone with its offset, as people write it */
  function moment(iso) {
    return iso ? String(iso).replace('T', ' ').substring(0, 16) : '';
  }

  function stateName(status) {
    return T.states[status] || status;
  }

  /* the page's texts, the webapps the person may use, and logging out */
  function frame() {
    document.querySelectorAll('[data-text]').forEach(function (el) {
      el.textContent = T[el.getAttribute('data-text')];
    });
    fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' }).then(function (answer) {
      return answer.ok ? answer.json() : { authorizedApps: [] };
    }).then(function (user) {
      ['cockpit', 'admin'].forEach(function (app) {
        document.getElementById('link-' + app).hidden = (user.authorizedApps || []).indexOf(app) < 0;
      });
    }).catch(function () { /* links the person may not use stay away */ }).then(function () {
      document.querySelector('nav').setAttribute('data-apps', 'true');
    });

    document.getElementById('logout').addEventListener('click', function () {
      /* the token is in the page, or, for a session that has none yet, in the answer to a read */
      fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' }).then(function (answer) {
        return fetch('/camunda/api/admin/auth/user/default/logout', {
          method: 'POST', credentials: 'same-origin',
          headers: {
            'X-XSRF-TOKEN': answer.headers.get('X-XSRF-TOKEN')
              || document.querySelector('meta[name="csrf-token"]').content
          }
        });
      }).then(function () { window.location.replace('/'); });
    });
  }

  return {
    frame: frame,
    get: get, element: element, chart: chart, figures: figures, table: table, amount: amount, ratio: ratio,
    stateName: stateName, money: money, moment: moment
  };
})();
