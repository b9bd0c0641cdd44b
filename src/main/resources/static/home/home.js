/*
 * The home page: asks /api/home which parts are the person's, then draws each part as
 * an ECharts chart with its table, from the same figures. Texts come from texts.js.
 */
(function () {
  var T = window.HOME_TEXTS;
  var main = document.getElementById('home');
  var P = window.homeParts;
  var get = P.get, element = P.element, chart = P.chart, figures = P.figures, table = P.table;
  var amount = P.amount, ratio = P.ratio, stateName = P.stateName, money = P.money;

  P.frame();

  function section(id, title) {
    var el = element('section', { id: 'section-' + id });
    el.appendChild(element('h2', {}, title));
    main.appendChild(el);
    return el;
  }

  function orders(names, team) {
    var el = section('orders', team ? T.ordersTeam : T.ordersMine);
    return get('/api/home/orders').then(function (data) {
      var states = data.states.map(function (state) { return state.status; });
      if (team) {
        var reps = data.reps.map(function (rep) { return rep.repId; });
        chart(el, 'orders', {
          legend: { type: 'scroll', bottom: 0 },
          xAxis: { type: 'category', data: reps.map(function (id) { return names[id]; }) },
          yAxis: { type: 'value', minInterval: 1 },
          series: states.map(function (status) {
            return {
              name: stateName(status), type: 'bar', stack: 'orders',
              data: reps.map(function (id) {
                var item = data.items.find(function (row) { return row.repId === id && row.status === status; });
                return item ? item.orders : 0;
              })
            };
          })
        });
      } else {
        chart(el, 'orders', {
          xAxis: { type: 'category', data: states.map(stateName), axisLabel: { interval: 0, rotate: 30 } },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', data: data.states.map(function (state) { return state.orders; }) }]
        });
      }
      table(el, 'orders', [{ key: 'rep' }, { key: 'state' }, { key: 'orders', number: true },
        { key: 'total', number: true }], data.items.map(function (row) {
        return {
          rep: { text: names[row.repId], value: row.repId }, state: { text: stateName(row.status), value: row.status },
          orders: { text: String(row.orders), value: String(row.orders) }, total: amount(row.total)
        };
      }));
    });
  }

  function attainment(names, team) {
    var el = section('attainment', (team ? T.attainmentTeam : T.attainmentMine));
    return get('/api/home/attainment').then(function (data) {
      figures(el, [
        { id: 'quota', label: T.figures.teamQuota + ' ' + data.quarter, text: money.format(data.quota), value: data.quota },
        { id: 'credited', label: T.figures.teamCredited, text: money.format(data.credited), value: data.credited },
        { id: 'payout', label: T.figures.teamPayout, text: money.format(data.payout), value: data.payout }
      ]);
      chart(el, 'attainment', {
        xAxis: { type: 'category', data: data.items.map(function (row) { return names[row.repId]; }) },
        yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
        series: [{
          type: 'bar', name: T.columns.attainment,
          data: data.items.map(function (row) { return Math.round(Number(row.attainment) * 1000) / 10; }),
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: 100 }] }
        }]
      });
      table(el, 'attainment', [{ key: 'rep' }, { key: 'quota', number: true }, { key: 'credited', number: true },
        { key: 'attainment', number: true }, { key: 'payoutRate', number: true }, { key: 'payout', number: true }],
      data.items.map(function (row) {
        return {
          rep: { text: names[row.repId], value: row.repId }, quota: amount(row.quota), credited: amount(row.credited),
          attainment: ratio(row.attainment), payoutRate: ratio(row.payoutRate), payout: amount(row.payout)
        };
      }));
    });
  }

  function overdue(names, team) {
    var el = section('overdue', team ? T.overdueTeam : T.overdueMine);
    return get('/api/home/overdue-invoices').then(function (data) {
      figures(el, [{ id: 'overdue-total', label: T.columns.openAmount, text: money.format(data.total), value: data.total }]);
      var byCustomer = {};
      data.items.forEach(function (row) {
        byCustomer[row.customerName] = (byCustomer[row.customerName] || 0) + Number(row.openAmount);
      });
      var keys = team ? Object.keys(data.byRep) : Object.keys(byCustomer);
      chart(el, 'overdue', {
        xAxis: { type: 'category', data: keys.map(function (key) { return team ? names[key] : key; }),
          axisLabel: { interval: 0, rotate: 20 } },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', name: T.columns.openAmount, data: keys.map(function (key) {
          return team ? Number(data.byRep[key]) : byCustomer[key];
        }) }]
      });
      table(el, 'overdue', [{ key: 'invoice' }, { key: 'customer' }, { key: 'rep' }, { key: 'dueDate' },
        { key: 'daysOverdue', number: true }, { key: 'openAmount', number: true }], data.items.map(function (row) {
        return {
          invoice: row.invoiceNumber, customer: row.customerName, rep: { text: names[row.repId], value: row.repId },
          dueDate: row.dueDate, daysOverdue: String(row.daysOverdue), openAmount: amount(row.openAmount)
        };
      }));
    });
  }

  function receivables() {
    var el = section('receivables', T.receivables);
    return get('/api/home/receivables').then(function (data) {
      figures(el, [
        { id: 'dso', label: T.figures.dso, text: data.daysSalesOutstanding === null ? '–' : String(data.daysSalesOutstanding),
          value: data.daysSalesOutstanding === null ? '' : data.daysSalesOutstanding },
        { id: 'shipped-not-invoiced', label: T.figures.shippedNotInvoiced,
          text: money.format(data.shippedNotInvoiced), value: data.shippedNotInvoiced },
        { id: 'credit-holds', label: T.figures.creditHolds, text: String(data.creditHolds), value: data.creditHolds },
        { id: 'credit-hold-amount', label: T.figures.creditHoldAmount, text: money.format(data.creditHoldAmount),
          value: data.creditHoldAmount },
        { id: 'payments-to-confirm', label: T.figures.paymentsToConfirm, text: String(data.paymentsToConfirm),
          value: data.paymentsToConfirm }
      ]);
      chart(el, 'ageing', {
        xAxis: { type: 'category', data: data.ageing.map(function (band) { return T.bands[band.band]; }) },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', name: T.columns.openAmount, data: data.ageing.map(function (band) {
          return Number(band.openAmount);
        }) }]
      });
      table(el, 'ageing', [{ key: 'band' }, { key: 'invoices', number: true }, { key: 'openAmount', number: true }],
        data.ageing.map(function (band) {
          return { band: { text: T.bands[band.band], value: band.band }, invoices: String(band.invoices),
            openAmount: amount(band.openAmount) };
        }));
    });
  }

  function tasks(approver) {
    var el = section('tasks', T.tasksMine);
    return get('/api/home/tasks').then(function (data) {
      var oldest = data.items.reduce(function (most, task) { return Math.max(most, task.ageHours); }, 0);
      var shown = [
        { id: 'tasks-open', label: T.tasksOpen, text: String(data.items.length), value: data.items.length },
        { id: 'oldest-task', label: T.oldestTask, text: T.hours(oldest), value: oldest }
      ];
      // the approvals waiting, for those who approve
      if (approver || data.approvals > 0) {
        shown.push({ id: 'approvals', label: T.approvalsWaiting, text: String(data.approvals), value: data.approvals },
          { id: 'oldest-approval', label: T.oldestApproval, text: T.hours(data.oldestApprovalHours),
            value: data.oldestApprovalHours });
      }
      figures(el, shown);
      // one bar per kind of task: its name before the colon (full width in Chinese) that
      // starts the facts of the order or customer it is about
      var counts = {};
      data.items.forEach(function (task) {
        var kind = task.name.split(/[:：]/)[0];
        counts[kind] = (counts[kind] || 0) + 1;
      });
      chart(el, 'tasks', {
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: Object.keys(counts) },
        grid: { left: 180, right: 20, top: 20, bottom: 30 },
        series: [{ type: 'bar', data: Object.keys(counts).map(function (key) { return counts[key]; }) }]
      });
      var link = element('a', { id: 'tasks-in-tasklist', href: '/camunda/app/tasklist/default/' }, T.tasklist);
      el.appendChild(link);
      table(el, 'tasks', [{ key: 'task' }, { key: 'waiting', number: true }, { key: 'approval' }],
        data.items.map(function (task) {
          return { task: { text: task.name, value: task.key,
            href: '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(task.id) }, waiting: { text: T.hours(task.ageHours), value: String(task.ageHours) },
            approval: task.approval ? T.yes : T.no };
        }));
    });
  }

  /* the order list of GET /api/orders, searched by state, customer and order date */
  function orderSearch() {
    var el = section('order-search', T.orderSearch);
    var form = element('form', { id: 'order-search-form', 'class': 'filters' });
    var status = element('select', { name: 'status', 'aria-label': T.columns.state });
    status.appendChild(element('option', { value: '' }, T.anyState));
    Object.keys(T.states).forEach(function (key) {
      status.appendChild(element('option', { value: key }, T.states[key]));
    });
    form.appendChild(status);
    [['customer', 'text', T.customerCode], ['from', 'date', T.from], ['to', 'date', T.to]].forEach(function (field) {
      form.appendChild(element('input', { name: field[0], type: field[1], placeholder: field[2], 'aria-label': field[2] }));
    });
    form.appendChild(element('button', { type: 'submit' }, T.search));
    el.appendChild(form);
    var results = el.appendChild(element('div', { id: 'order-search-results' }));
    function run() {
      var query = new URLSearchParams();
      new FormData(form).forEach(function (value, key) {
        if (value) {
          query.append(key, value);
        }
      });
      query.append('size', '50');
      return get('/api/orders?' + query.toString()).then(function (data) {
        results.textContent = '';
        results.appendChild(element('p', { id: 'order-search-count' }, T.shown(data.items.length, data.total)));
        table(results, 'order-search', [{ key: 'number' }, { key: 'customer' }, { key: 'rep' }, { key: 'orderDate' },
          { key: 'state' }, { key: 'total', number: true }], data.items.map(function (row) {
          return {
            number: { text: row.number, value: row.number, href: '/orders/' + encodeURIComponent(row.number) },
            customer: { text: row.customerName, value: row.customerCode,
              href: '/customers/' + encodeURIComponent(row.customerCode) },
            rep: { text: row.repName || row.rep, value: row.rep }, orderDate: row.orderDate,
            state: { text: stateName(row.status), value: row.status }, total: amount(row.total)
          };
        }));
      });
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      run().catch(function (error) { window.homeErrors.push(String(error)); });
    });
    return run();
  }

  /* the report pages the person may open: each appears with its capability */
  function pageLinks(pages) {
    var el = section('pages', T.pagesTitle);
    var list = el.appendChild(element('ul', { 'class': 'pages' }));
    pages.forEach(function (page) {
      list.appendChild(element('li')).appendChild(
        element('a', { id: 'page-link-' + page, href: '/reports/' + page }, T.pages[page]));
    });
  }

  /* the roles that may read the customers (GET /api/customers) */
  var CUSTOMER_READERS = ['sales-rep', 'sales-assistant', 'sales-manager', 'sales-director', 'finance', 'sales-ops',
    'general-manager', 'camunda-admin'];

  get('/api/home').then(function (home) {
    document.getElementById('user').textContent = T.loggedInAs + ' ' + (home.userName || home.user);
    document.getElementById('user').setAttribute('title', home.user);
    if (home.roles.length > 0) {
      var toTasklist = document.getElementById('link-tasklist');
      toTasklist.parentNode.insertBefore(element('a', { id: 'link-absences', href: '/absences' }, T.absences),
        toTasklist);
    }
    if (CUSTOMER_READERS.some(function (role) { return home.roles.indexOf(role) >= 0; })) {
      var nextToTasklist = document.getElementById('link-tasklist');
      nextToTasklist.parentNode.insertBefore(element('a', { id: 'link-customers', href: '/customers' }, T.customers),
        nextToTasklist);
    }
    if (home.roles.indexOf('sales-ops') >= 0) {
      var beforeTasklist = document.getElementById('link-tasklist');
      beforeTasklist.parentNode.insertBefore(element('a', { id: 'link-imports', href: '/imports' }, T.imports),
        beforeTasklist);
    }
    if (home.roles.indexOf('sales-rep') >= 0) {
      var tasklist = document.getElementById('link-tasklist');
      tasklist.parentNode.insertBefore(element('a', { id: 'link-new-order', href: '/orders/new' }, T.newOrder), tasklist);
    }
    var names = {};
    home.reps.forEach(function (rep) { names[rep.repId] = rep.name; });
    var parts = [];
    var team = home.sections.indexOf('team') >= 0;
    if (team || home.sections.indexOf('rep') >= 0) {
      parts.push(orders(names, team), attainment(names, team), overdue(names, team));
    }
    if (home.sections.indexOf('finance') >= 0) {
      parts.push(receivables());
    }
    if (home.pages.length > 0) {
      pageLinks(home.pages);
    }
    parts.push(tasks(team || home.sections.indexOf('finance') >= 0));
    if (home.sections.indexOf('orders') >= 0) {
      parts.push(orderSearch());
    }
    document.getElementById('status').remove();
    return Promise.all(parts);
  }).then(function () {
    main.setAttribute('data-loaded', 'true');
  }).catch(function (error) {
    window.homeErrors.push(String(error));
    var status = document.getElementById('status') || main.appendChild(element('p', { id: 'status' }));
    status.textContent = T.failed;
  });
})();
