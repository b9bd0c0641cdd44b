/*
 * A report page: the filters its API takes (read from and written to the page's address),
 * then a chart and a table (or more) drawn from the one answer of that API, which the
 * page names in each section's data-source. Texts come from texts.js.
 */
(function () {
  var T = window.HOME_TEXTS;
  var P = window.homeParts;
  var element = P.element;
  var main = document.getElementById('report');
  var form = document.getElementById('filters');
  var page = main.getAttribute('data-page');
  var query = new URLSearchParams(window.location.search);
  /* the names of the reps the person sees, by rep id, once the home answer is read */
  var repNames = {};
  /* the person reading, once the home answer is read */
  var me = { user: null, roles: [] };
  /* the names of the regions and markets of those reps, by id */
  var teamNames = {};

  P.frame();

  function plain(value) {
    var text = (value === null || value === undefined) ? '' : String(value);
    return { text: text, value: text };
  }

  function percent(value) {
    return (value === null || value === undefined) ? plain(null) : { text: value + '%', value: String(value) };
  }

  function ask(path, names) {
    var asked = new URLSearchParams();
    names.forEach(function (name) {
      if (query.get(name)) {
        asked.append(name, query.get(name));
      }
    });
    return path + (asked.toString() ? '?' + asked.toString() : '');
  }

  function section(id, title, source) {
    var el = element('section', { id: 'section-' + id, 'data-source': source });
    el.appendChild(element('h2', {}, title));
    main.appendChild(el);
    return el;
  }

  function bars(el, id, names, series, stack) {
    P.chart(el, id, {
      legend: { type: 'scroll', bottom: 0 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: series.map(function (one) {
        return { name: one.name, type: 'bar', stack: stack, data: one.data };
      })
    });
  }

  function column(key, number) {
    return { key: key, number: !!number };
  }

  function attainment() {
    var source = ask('/api/reports/attainment', ['quarter', 'by', 'market', 'region', 'rep']);
    return P.get(source).then(function (data) {
      var el = section('attainment', T.pages.attainment + ', ' + data.quarter, source);
      P.figures(el, [
        { id: 'quota', label: T.columns.quota, text: P.money.format(data.total.quota), value: data.total.quota },
        { id: 'credited', label: T.columns.credited, text: P.money.format(data.total.credited),
          value: data.total.credited },
        { id: 'payout', label: T.columns.payout, text: P.money.format(data.total.payout), value: data.total.payout },
        { id: 'plan', label: T.figures.plan, text: data.plan || T.figures.noPlan, value: data.plan || '' }
      ]);
      var names = data.rows.map(function (row) { return row.name; });
      function share(value) { return value === null ? null : Math.round(Number(value) * 1000) / 10; }
      bars(el, 'attainment', names, [
        { name: T.columns.attainment, data: data.rows.map(function (row) { return share(row.attainment); }) },
        { name: T.columns.planAttainment, data: data.rows.map(function (row) { return share(row.planAttainment); }) }
      ]);
      if (data.by === 'rep') {
        P.chart(el, 'payout-curve', {
          xAxis: { type: 'value', name: T.columns.attainment, axisLabel: { formatter: '{value}%' } },
          yAxis: { type: 'value', name: T.columns.payoutRate, axisLabel: { formatter: '{value}%' } },
          tooltip: { formatter: function (point) { return point.data[2]; } },
          series: [{ type: 'scatter', symbolSize: 12, data: data.rows.filter(function (row) {
            return row.payoutRate !== null;
          }).map(function (row) { return [share(row.attainment), share(row.payoutRate), row.name]; }) }]
        });
      }
      P.table(el, 'attainment', [column('name'), column('quota', true), column('credited', true),
        column('attainment', true), column('payoutRate', true), column('payout', true),
        column('planQuotaToDate', true), column('planCreditedToDate', true), column('planAttainment', true)],
      data.rows.map(function (row) {
        return {
          name: { text: row.name, value: row.key }, quota: P.amount(row.quota), credited: P.amount(row.credited),
          attainment: P.ratio(row.attainment), payoutRate: P.ratio(row.payoutRate), payout: P.amount(row.payout),
          planQuotaToDate: P.amount(row.planQuotaToDate), planCreditedToDate: P.amount(row.planCreditedToDate),
          planAttainment: P.ratio(row.planAttainment)
        };
      }));
    });
  }

  function orders() {
    var source = ask('/api/orders', ['status', 'customer', 'market', 'region', 'rep', 'product', 'channel', 'from',
      'to']);
    source += (source.indexOf('?') >= 0 ? '&' : '?') + 'size=200';
    return P.get(source).then(function (data) {
      var el = section('orders', T.pages.orders, source);
      P.figures(el, [{ id: 'orders-total', label: T.shown(data.items.length, data.total), text: String(data.total),
        value: data.total }]);
      var states = {};
      data.items.forEach(function (row) { states[row.status] = (states[row.status] || 0) + 1; });
      bars(el, 'orders', Object.keys(states).map(P.stateName), [{ name: T.columns.orders,
        data: Object.keys(states).map(function (key) { return states[key]; }) }]);
      P.table(el, 'orders', [column('number'), column('customer'), column('rep'), column('orderDate'),
        column('state'), column('total', true)], data.items.map(function (row) {
        return {
          number: { text: row.number, value: row.number, href: '/orders/' + encodeURIComponent(row.number) },
          customer: { text: row.customerName, value: row.customerCode,
              href: '/customers/' + encodeURIComponent(row.customerCode) },
            rep: { text: row.repName || row.rep, value: row.rep }, orderDate: row.orderDate,
          state: { text: P.stateName(row.status), value: row.status }, total: P.amount(row.total)
        };
      }));
    });
  }

  function cycleTimes() {
    var source = ask('/api/reports/cycle-times', ['from', 'to', 'market', 'region', 'rep', 'product', 'channel']);
    return P.get(source).then(function (data) {
      var el = section('cycle-orders', T.cycleOrders, source);
      P.chart(el, 'cycle-orders', {
        legend: { bottom: 0 },
        xAxis: { type: 'category', data: data.orders.map(function (row) { return row.month; }) },
        yAxis: { type: 'value', name: T.columns.medianHours },
        series: [
          { name: T.columns.medianHours, type: 'line', data: data.orders.map(function (row) { return row.medianHours; }) },
          { name: T.columns.p90Hours, type: 'line', data: data.orders.map(function (row) { return row.p90Hours; }) }
        ]
      });
      var spells = [column('month'), column('count', true), column('medianHours', true), column('p90Hours', true)];
      function spell(row) {
        return { month: row.month, step: { text: row.name, value: row.step }, count: plain(row.count),
          medianHours: plain(row.medianHours), p90Hours: plain(row.p90Hours) };
      }
      P.table(el, 'cycle-orders', spells, data.orders.map(spell));
      var steps = section('cycle-steps', T.cycleSteps, source);
      var last = data.steps.length ? data.steps[data.steps.length - 1].month : null;
      var latest = data.steps.filter(function (row) { return row.month === last; });
      bars(steps, 'cycle-steps', latest.map(function (row) { return row.name; }), [
        { name: T.columns.medianHours + ' ' + (last || ''), data: latest.map(function (row) { return row.medianHours; }) },
        { name: T.columns.p90Hours + ' ' + (last || ''), data: latest.map(function (row) { return row.p90Hours; }) }
      ]);
      P.table(steps, 'cycle-steps', [column('month'), column('step')].concat(spells.slice(1)), data.steps.map(spell));
    });
  }

  function approvals() {
    var source = ask('/api/approvals/bottlenecks', ['from', 'to', 'market', 'region', 'rep', 'product', 'channel']);
    return P.get(source).then(function (data) {
      var lines = [column('key'), column('tasks', true), column('averageHoursWaiting', true),
        column('deadlinesMissed', true), column('escalated', true)];
      function line(row) {
        return { key: { text: row.name || row.key, value: row.key }, tasks: plain(row.tasks), averageHoursWaiting: plain(row.averageHoursWaiting),
          deadlinesMissed: plain(row.deadlinesMissed), escalated: plain(row.escalated) };
      }
      [['task', data.byTask], ['role', data.byRole], ['person', data.byPerson]].forEach(function (part) {
        var el = section('approvals-' + part[0], T.approvalsBy[part[0]], source);
        bars(el, 'approvals-' + part[0], part[1].map(function (row) { return row.name || row.key; }), [
          { name: T.columns.averageHoursWaiting, data: part[1].map(function (row) { return row.averageHoursWaiting; }) }
        ]);
        P.table(el, 'approvals-' + part[0], lines, part[1].map(line));
      });
      var months = section('approvals-month', T.approvalsBy.month, source);
      P.table(months, 'approvals-month', [column('month'), column('deadlinesMissed', true),
        column('escalations', true), column('substitutions', true)], data.byMonth.map(function (row) {
        return { month: row.month, deadlinesMissed: plain(row.deadlinesMissed), escalations: plain(row.escalations),
          substitutions: plain(row.substitutions) };
      }));
    });
  }

  function receivables() {
    var source = ask('/api/receivables/ageing', ['asOf', 'by', 'market', 'region', 'rep', 'product', 'channel']);
    var buckets = ['CURRENT', '1-30', '31-60', '61-90', 'OVER_90'];
    return P.get(source).then(function (data) {
      var el = section('ageing', T.pages.receivables + ', ' + data.asOf, source);
      P.figures(el, [{ id: 'ageing-total', label: T.columns.TOTAL, text: P.money.format(data.total.buckets.TOTAL),
        value: data.total.buckets.TOTAL }]);
      bars(el, 'ageing', data.lines.map(function (row) { return row.name; }), buckets.map(function (bucket) {
        return { name: T.columns[bucket], data: data.lines.map(function (row) { return Number(row.buckets[bucket]); }) };
      }), 'ageing');
      P.table(el, 'ageing', [column('name')].concat(buckets.concat(['TOTAL']).map(function (bucket) {
        return column(bucket, true);
      })), data.lines.map(function (row) {
        var cells = { name: { text: row.name, value: row.key } };
        buckets.concat(['TOTAL']).forEach(function (bucket) { cells[bucket] = P.amount(row.buckets[bucket]); });
        return cells;
      }));
      return collections();
    });
  }

  function collections() {
    var source = '/api/receivables/collections';
    return P.get(source).then(function (data) {
      var el = section('collections', T.collections, source);
      var byAction = {};
      data.items.forEach(function (row) {
        var action = row.lastActionText || row.statusText;
        byAction[action] = (byAction[action] || 0) + Number(row.openAmount);
      });
      bars(el, 'collections', Object.keys(byAction), [{ name: T.columns.openAmount,
        data: Object.keys(byAction).map(function (key) { return byAction[key]; }) }]);
      P.table(el, 'collections', [column('invoice'), column('customer'), column('rep'), column('dueDate'),
        column('daysOverdue', true), column('caseState'), column('lastAction'), column('openAmount', true)],
      data.items.map(function (row) {
        return { invoice: row.invoiceNumber, customer: { text: row.customerName, value: row.customerCode },
          rep: { text: row.repName || row.repId, value: row.repId }, dueDate: row.dueDate,
          daysOverdue: plain(row.daysPastDue), caseState: { text: row.statusText, value: row.status },
          lastAction: { text: row.lastActionText || '', value: row.lastAction || '' }, openAmount: P.amount(row.openAmount) };
      }));
    });
  }

  function creditRatings() {
    var source = ask('/api/credit/ratings', ['grade', 'market', 'region']);
    var grades = ['A', 'B', 'C', 'D', 'E'];
    return P.get(source).then(function (data) {
      var el = section('credit-ratings', T.pages['credit-ratings'], source);
      function sum(field) {
        return data.reduce(function (total, row) { return total + Number(row[field]); }, 0).toFixed(2);
      }
      P.figures(el, [
        { id: 'rated-customers', label: T.columns.customers, text: String(data.length), value: data.length },
        { id: 'credit-limits', label: T.columns.creditLimit, text: P.money.format(sum('creditLimit')),
          value: sum('creditLimit') },
        { id: 'credit-exposure', label: T.columns.exposure, text: P.money.format(sum('exposure')),
          value: sum('exposure') }
      ]);
      bars(el, 'credit-ratings', grades, [{ name: T.columns.customers, data: grades.map(function (grade) {
        return data.filter(function (row) { return row.grade === grade; }).length;
      }) }]);
      P.table(el, 'credit-ratings', [column('customer'), column('rep'), column('grade'), column('creditLimit', true),
        column('exposure', true), column('available', true), column('terms'), column('previousGrade'),
        column('evaluatedOn')], data.map(function (row) {
        return {
          customer: { text: row.customerName, value: row.customerCode,
            href: '/customers/' + encodeURIComponent(row.customerCode) },
          rep: { text: row.repName || row.rep, value: row.rep }, grade: row.grade,
          creditLimit: P.amount(row.creditLimit), exposure: P.amount(row.exposure), available: P.amount(row.available),
          terms: { text: row.paymentTermsText || row.paymentTerms, value: row.paymentTerms },
          previousGrade: row.previousGrade || '', evaluatedOn: row.evaluatedOn
        };
      }));
    });
  }

  function forecastAccuracy() {
    var source = ask('/api/forecasts/accuracy', ['from', 'to', 'market', 'region', 'rep', 'product', 'channel']);
    var level = query.get('level') || 'COMPANY';
    return P.get(source).then(function (data) {
      var rows = data.rows.filter(function (row) { return row.level === level; });
      var el = section('forecast-accuracy', T.pages['forecast-accuracy'] + ', ' + data.from + ' – ' + data.to, source);
      var names = rows.map(function (row) {
        return row.month + ' ' + T.horizonShort(row.horizon) + ' ' + (row.name || row.id);
      });
      bars(el, 'forecast-accuracy', names, [
        { name: T.columns.forecast, data: rows.map(function (row) { return Number(row.forecast); }) },
        { name: T.columns.actual, data: rows.map(function (row) { return Number(row.actual); }) }
      ]);
      P.table(el, 'forecast-accuracy', [column('month'), column('horizon', true), column('key'),
        column('forecast', true), column('actual', true), column('error', true), column('ape', true),
        column('wape', true), column('bias', true)], rows.map(function (row) {
        return { month: row.month, horizon: plain(row.horizon), key: { text: row.name || row.id, value: row.id },
          forecast: P.amount(row.forecast),
          actual: P.amount(row.actual), error: P.amount(row.error), ape: percent(row.ape), wape: percent(row.wape),
          bias: percent(row.bias) };
      }));
    });
  }

  function compliance() {
    var source = ask('/api/compliance', ['market', 'region', 'rep', 'page', 'size']);
    return P.get(source).then(function (data) {
      var el = section('compliance', T.pages.compliance + ', ' + data.asOf, source);
      P.figures(el, [
        { id: 'active-customers', label: T.columns.activeCustomers, text: String(data.total.activeCustomers),
          value: data.total.activeCustomers },
        { id: 'complete-share', label: T.columns.completeShare, text: P.ratio(data.total.completeShare).text,
          value: data.total.completeShare },
        { id: 'overdue-visits', label: T.columns.overdueVisits, text: String(data.total.overdueVisits),
          value: data.total.overdueVisits }
      ]);
      bars(el, 'compliance', data.reps.map(function (row) { return repNames[row.key] || row.key; }), [
        { name: T.columns.completeShare, data: data.reps.map(function (row) {
          return Math.round(Number(row.completeShare) * 1000) / 10;
        }) }
      ]);
      P.table(el, 'compliance', [column('key'), column('activeCustomers', true), column('completeFiles', true),
        column('completeShare', true), column('overdueVisits', true), column('staleLogistics', true)],
      data.reps.map(function (row) {
        return { key: { text: repNames[row.key] || row.key, value: row.key }, activeCustomers: plain(row.activeCustomers), completeFiles: plain(row.completeFiles),
          completeShare: P.ratio(row.completeShare), overdueVisits: plain(row.overdueVisits),
          staleLogistics: plain(row.staleLogistics) };
      }));
      var findings = section('compliance-findings', T.findings, source);
      var first = data.page * data.size;
      P.figures(findings, [{ id: 'findings-total', label: T.findingsShown(data.findings.length ? first + 1 : 0,
        first + data.findings.length, data.findingsTotal), text: String(data.findingsTotal),
        value: data.findingsTotal }]);
      var csv = ask('/api/compliance', ['market', 'region', 'rep']);
      P.table(findings, 'compliance-findings', [column('customer'), column('rep'), column('duty'),
        column('finding')], data.findings.map(function (row) {
        return { customer: { text: row.customerName, value: row.customerCode },
          rep: { text: repNames[row.repId] || row.repId, value: row.repId }, duty: { text: row.dutyText || row.duty, value: row.duty },
          finding: row.explanation };
      }), csv + (csv.indexOf('?') >= 0 ? '&' : '?') + 'format=csv');
      pager(findings, 'findings', data.page, data.page * data.size + data.findings.length < data.findingsTotal);
    });
  }

  /* previous and next page of a paged table: the page is kept in the address */
  function pager(el, id, current, more) {
    var box = el.appendChild(element('div', { 'class': 'pager' }));
    [['previous', current - 1, current > 0], ['next', current + 1, more]].forEach(function (step) {
      var button = element('button', { type: 'button', id: id + '-' + step[0] }, T[step[0]]);
      button.disabled = !step[2];
      button.addEventListener('click', function () {
        if (step[1] > 0) {
          query.set('page', String(step[1]));
        } else {
          query.delete('page');
        }
        window.history.replaceState(null, '', window.location.pathname + (query.toString() ? '?' + query : ''));
        draw();
      });
      box.appendChild(button);
    });
  }

  function satisfaction() {
    var source = ask('/api/satisfaction', ['by', 'from', 'to', 'market', 'region', 'rep', 'product', 'channel']);
    return P.get(source).then(function (data) {
      var el = section('satisfaction', T.pages.satisfaction, source);
      bars(el, 'satisfaction', data.map(function (row) { return row.name || row.key; }), ['delivery', 'product', 'service'].map(
        function (score) {
          return { name: T.columns[score], data: data.map(function (row) { return Number(row[score]); }) };
        }));
      P.table(el, 'satisfaction', [column('key'), column('callbacks', true), column('delivery', true),
        column('product', true), column('service', true), column('followUps', true)], data.map(function (row) {
        return { key: { text: row.name || row.key, value: row.key }, callbacks: plain(row.callbacks), delivery: plain(row.delivery),
          product: plain(row.product), service: plain(row.service), followUps: plain(row.followUps) };
      }));
    });
  }

  /*
   * A quarter's incentive statements: the list of those issued (a rep's own), finance's
   * approval and the payroll export for those who pay, and one rep's whole statement,
   * every line with its documents and rule
   */
  function statements() {
    var source = ask('/api/incentive/statements', ['quarter']);
    return P.get(source).then(function (data) {
      var el = section('statements', T.pages.statements + ', ' + data.quarter, source);
      P.figures(el, [
        { id: 'statements-count', label: T.figures.statements, text: String(data.statements.length),
          value: data.statements.length },
        { id: 'statements-total', label: T.columns.finalPayout, text: P.money.format(data.total), value: data.total }
      ]);
      bars(el, 'statements', data.statements.map(function (row) { return row.repName; }), [
        { name: T.columns.credited, data: data.statements.map(function (row) { return Number(row.credited); }) },
        { name: T.columns.finalPayout, data: data.statements.map(function (row) { return Number(row.finalPayout); }) }
      ]);
      if (data.payroll !== undefined) {
        payroll(el, data.payroll);
      }
      P.table(el, 'statements', [column('rep'), column('region'), column('state'), column('credited', true),
        column('quota', true), column('attainment', true), column('statementPayout', true),
        column('adjustment', true), column('finalPayout', true), column('openDisputes', true)],
      data.statements.map(function (row) {
        return {
          rep: { text: row.repName, value: row.repId, href: '/reports/statements?quarter='
            + encodeURIComponent(data.quarter) + '&rep=' + encodeURIComponent(row.repId) },
          region: { text: row.regionName, value: row.regionId }, state: { text: row.statusText, value: row.status },
          credited: P.amount(row.credited), quota: P.amount(row.quota), attainment: P.ratio(row.attainment),
          statementPayout: P.amount(row.payout), adjustment: P.amount(row.adjustment),
          finalPayout: P.amount(row.finalPayout), openDisputes: plain(row.openDisputes)
        };
      }));
      var rep = query.get('rep') || data.ownRep;
      if (!rep) {
        return me.roles.indexOf('sales-manager') >= 0 ? managerStatements(data.quarter) : null;
      }
      return P.get('/api/incentive/statements/' + encodeURIComponent(data.quarter) + '/' + encodeURIComponent(rep))
        .then(statement).catch(function (error) {
          // a statement there is none of (no quota in the quarter) says why; another
          // rep's is not the reader's to see
          if (error.status !== 404 || !error.detail) {
            throw error;
          }
          el.appendChild(element('p', { id: 'statement-missing' }, error.detail));
        });
    });
  }

  /* a sales manager's own statements, one per level they manage, on their team's figures */
  function managerStatements(quarter) {
    var source = '/api/incentive/manager-statements/' + encodeURIComponent(quarter) + '/' + encodeURIComponent(me.user);
    return P.get(source).then(function (statements) {
      statements.forEach(function (m, index) {
        var el = section('manager-statement-' + index, T.managerStatementOf(T.levels[m.level] || m.level,
          m.teams.map(function (team) { return teamNames[team] || team; }).join(T.separator), quarter), source);
        var f = m.payout;
        P.figures(el, [
          { id: 'manager-state-' + index, label: T.columns.state, text: T.managerStates[m.status] || m.status,
            value: m.status },
          { id: 'manager-credited-' + index, label: T.columns.credited, text: P.money.format(f.credited),
            value: f.credited },
          { id: 'manager-quota-' + index, label: T.columns.quota, text: P.money.format(f.quota), value: f.quota },
          { id: 'manager-attainment-' + index, label: T.columns.attainment, text: P.ratio(f.attainment).text,
            value: f.attainment },
          { id: 'manager-payout-rate-' + index, label: T.columns.payoutRate, text: P.ratio(f.payoutRate).text,
            value: f.payoutRate },
          { id: 'manager-target-' + index, label: T.columns.targetIncentive, text: P.money.format(f.targetIncentive),
            value: f.targetIncentive },
          { id: 'manager-payout-' + index, label: T.columns.statementPayout, text: P.money.format(f.payout),
            value: f.payout }
        ]);
        el.appendChild(element('p', {}, T.rulesFired + (f.rulesFired || []).join(T.separator)));
        P.table(el, 'manager-reps-' + index, [column('rep'), column('region'), column('credited', true),
          column('quota', true)], m.reps.map(function (rep) {
          return { rep: { text: repNames[rep.repId] || rep.repId, value: rep.repId },
            region: { text: teamNames[rep.regionId] || rep.regionId, value: rep.regionId },
            credited: P.amount(rep.credited), quota: P.amount(rep.quota) };
        }));
      });
    }).catch(function () { /* a manager with no team that quarter has no statement */ });
  }

  function payroll(parent, done) {
    var box = parent.appendChild(element('div', { id: 'payroll' }));
    if (!done) {
      box.appendChild(element('p', {}, T.payroll.notApproved));
      return;
    }
    box.appendChild(element('p', { id: 'payroll-approved' }, T.payroll.approved(done.approvedByName || done.approvedBy,
      P.moment(done.approvedAt), done.approvalComment)));
    if (!done.download) {
      box.appendChild(element('p', {}, T.payroll.notExported));
      return;
    }
    box.appendChild(element('p', { id: 'payroll-exported' }, T.payroll.exported(P.moment(done.exportedAt),
      done.repCount, done.managerCount, P.money.format(done.totalPayout))));
    box.appendChild(element('a', { id: 'payroll-download', href: done.download, download: '' }, T.payroll.download));
  }

  function statement(s) {
    var f = s.statement;
    var el = section('statement', T.statementOf(s.repName, s.quarter), '/api/incentive/statements/'
      + encodeURIComponent(s.quarter) + '/' + encodeURIComponent(s.repId));
    P.figures(el, [
      { id: 'statement-state', label: T.columns.state, text: s.statusText, value: s.status },
      { id: 'statement-credited', label: T.columns.credited, text: P.money.format(f.credited), value: f.credited },
      { id: 'statement-quota', label: T.columns.quota, text: P.money.format(f.quota), value: f.quota },
      { id: 'statement-attainment', label: T.columns.attainment, text: P.ratio(f.attainment).text,
        value: f.attainment },
      { id: 'statement-payout-rate', label: T.columns.payoutRate, text: P.ratio(f.payoutRate).text,
        value: f.payoutRate },
      { id: 'statement-target', label: T.columns.targetIncentive, text: P.money.format(f.targetIncentive),
        value: f.targetIncentive },
      { id: 'statement-spiffs', label: T.columns.spiffs, text: P.money.format(f.spiffs), value: f.spiffs },
      { id: 'statement-adjustment', label: T.columns.adjustment, text: P.money.format(s.adjustment),
        value: s.adjustment },
      { id: 'statement-final', label: T.columns.finalPayout, text: P.money.format(s.finalPayout), value: s.finalPayout }
    ]);
    el.appendChild(element('p', { id: 'statement-quota-source' }, T.quotaFrom(f.quotaSourceText)));
    el.appendChild(element('p', { id: 'statement-rules' }, T.rulesFired + (f.rulesFired || []).join(T.separator)));
    P.table(el, 'statement-lines', [column('line', true), column('date'), column('kind'), column('documents'),
      column('amount', true), column('credited', true), column('spiff', true), column('rule')],
    f.lines.map(function (line, index) {
      return { line: plain(index + 1), date: line.date, kind: { text: line.kindText, value: line.kind },
        documents: line.documents, amount: P.amount(line.amount), credited: P.amount(line.credited),
        spiff: P.amount(line.spiff), rule: line.rule };
    }));
    if (s.disputes.length) {
      var list = el.appendChild(element('ul', { id: 'statement-disputes' }));
      s.disputes.forEach(function (dispute) {
        list.appendChild(element('li', {}, T.dispute(dispute.reason, dispute.decisionText,
          dispute.adjustment === null || dispute.adjustment === undefined ? '' : P.money.format(dispute.adjustment),
          dispute.decisionReason || '')));
        dispute.lines.forEach(function (line) {
          list.appendChild(element('li', { 'class': 'line' }, T.disputedLine(line.lineNo, line.reason,
            line.decisionText, line.decisionReason || '')));
        });
      });
    }
  }

  var PAGES = {
    attainment: { draw: attainment, filters: ['quarter', 'by:rep,region,market', 'market', 'region', 'rep'] },
    orders: { draw: orders, filters: ['from', 'to', 'market', 'region', 'rep', 'product', 'channel', 'status',
      'customer'] },
    'cycle-times': { draw: cycleTimes, filters: ['from', 'to', 'market', 'region', 'rep', 'product', 'channel'] },
    approvals: { draw: approvals, filters: ['from', 'to', 'market', 'region', 'rep', 'product', 'channel'] },
    receivables: { draw: receivables, filters: ['asOf', 'by:customer,rep,region,market', 'market', 'region', 'rep',
      'product', 'channel'] },
    'credit-ratings': { draw: creditRatings, filters: ['grade:A,B,C,D,E', 'market', 'region'] },
    'forecast-accuracy': { draw: forecastAccuracy, filters: ['from:month', 'to:month',
      'level:COMPANY,MARKET,REGION,REP,PRODUCT', 'market', 'region', 'rep', 'product', 'channel'] },
    compliance: { draw: compliance, filters: ['market', 'region', 'rep'] },
    satisfaction: { draw: satisfaction, filters: ['by:rep,region,product,month', 'from', 'to', 'market', 'region',
      'rep', 'product', 'channel'] },
    statements: { draw: statements, filters: ['quarter', 'rep'] }
  };

  function select(name, options) {
    var el = element('select', { name: name, 'aria-label': T.filters[name] });
    el.appendChild(element('option', { value: '' }, T.filters[name] + ': ' + T.any));
    options.forEach(function (option) {
      el.appendChild(element('option', { value: option[0] }, option[1]));
    });
    return el;
  }

  // the regions or markets of the reps, each by id, named
  function unique(reps, name) {
    var seen = {};
    reps.forEach(function (rep) { seen[rep[name + 'Id']] = rep[name + 'Name'] || rep[name + 'Id']; });
    return Object.keys(seen).sort().map(function (id) { return [id, seen[id]]; });
  }

  /* one control per filter: "name", "name:month" or "name:choice,choice" */
  function filters(spec, reps) {
    spec.forEach(function (filter) {
      var name = filter.split(':')[0];
      var kind = filter.split(':')[1];
      var control;
      if (kind && kind !== 'month') {
        control = select(name, kind.split(',').map(function (key) { return [key, T.choices[key] || key]; }));
      } else if (name === 'market' || name === 'region') {
        control = reps.length ? select(name, unique(reps, name)) : null;
      } else if (name === 'rep') {
        control = reps.length ? select(name, reps.map(function (rep) { return [rep.repId, rep.name]; })) : null;
      } else if (name === 'channel') {
        control = select(name, ['DIRECT', 'DISTRIBUTOR', 'ONLINE'].map(function (key) { return [key, T.choices[key]]; }));
      } else if (name === 'status') {
        control = select(name, Object.keys(T.states).map(function (key) { return [key, T.states[key]]; }));
      } else {
        var type = kind === 'month' ? 'month' : (['from', 'to', 'asOf'].indexOf(name) >= 0 ? 'date' : 'text');
        control = element('input', { name: name, type: type, placeholder: T.filters[name], 'aria-label': T.filters[name] });
      }
      if (control) {
        control.value = query.get(name) || '';
        form.appendChild(control);
      }
    });
    form.appendChild(element('button', { type: 'submit' }, T.show));
  }

  function draw() {
    main.removeAttribute('data-loaded');
    main.textContent = '';
    return PAGES[page].draw().then(function () {
      main.setAttribute('data-loaded', 'true');
    }).catch(function (error) {
      main.appendChild(element('p', { id: 'status', 'class': 'error' },
        (error.status === 404 || error.status === 403) ? T.notYours
          : (error.status === 422 || error.status === 400) ? T.badFilters : T.failed));
      main.setAttribute('data-loaded', 'error');
      if (!error.status) {
        window.homeErrors.push(String(error));
      }
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    query = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value) {
        query.append(key, value);
      }
    });
    window.history.replaceState(null, '', window.location.pathname + (query.toString() ? '?' + query : ''));
    draw();
  });

  P.get('/api/home').then(function (home) {
    document.getElementById('user').textContent = T.loggedInAs + ' ' + (home.userName || home.user);
    document.getElementById('user').setAttribute('title', home.user);
    document.title = T.pages[page] + ' – ' + T.title;
    if (home.pages.indexOf(page) < 0) {
      var error = new Error('not yours');
      error.status = 404;
      throw error;
    }
    home.reps.forEach(function (rep) { repNames[rep.repId] = rep.name; });
    me = { user: home.user, roles: home.roles || [] };
    home.reps.forEach(function (rep) {
      teamNames[rep.regionId] = rep.regionName || rep.regionId;
      teamNames[rep.marketId] = rep.marketName || rep.marketId;
    });
    filters(PAGES[page].filters, home.reps);
    return draw();
  }).catch(function (error) {
    main.textContent = '';
    main.appendChild(element('p', { id: 'status', 'class': 'error' }, error.status === 404 ? T.notYours : T.failed));
    main.setAttribute('data-loaded', 'error');
  });
})();
