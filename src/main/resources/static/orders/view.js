// Shows an order as GET /api/orders/{number} answers it to the person logged in, in the
// page's language: its facts, lines, files, returns, timeline and the decisions taken on
// it. Nothing shows that the API would not show the person.
(function () {
  var body = document.body;
  var order = body.getAttribute('data-order');
  var texts = window.ProductPages.texts, text = window.ProductPages.text, element = window.ProductPages.element;
  var result = document.getElementById('result');



  // an amount as the product writes it, digits grouped by three, with the currency
  function money(amount) {
    if (amount === null || amount === undefined) return '';
    return text('money', window.ProductPages.figure(amount));
  }

  // a moment of the business time zone as the API gives it, to the minute
  function moment(at) {
    return at ? String(at).substring(0, 16).replace('T', ' ') : '';
  }

  function row(table, cells, numbers) {
    var tr = element('tr');
    cells.forEach(function (cell, i) {
      tr.appendChild(element('td', (numbers || []).indexOf(i) >= 0 ? { 'class': 'number' } : {}, cell));
    });
    document.querySelector('#' + table + ' tbody').appendChild(tr);
    return tr;
  }

  function show(o) {
    var facts = [['status', o.statusText], ['customer', text('named', o.customerName, o.customerCode)], ['rep', o.repName ? text('named', o.repName, o.rep) : o.rep],
      ['orderDate', o.orderDate], ['requestedDate', o.requestedDate],
      ['delivery', o.delivery ? [o.delivery.address, o.delivery.receivingContact, o.delivery.receivingPhone,
        o.delivery.unloadingHours].filter(function (part) { return part; }).join(' · ') : null], ['total', money(o.total)],
      ['maxDiscount', o.maxDiscountPercent + '%'], ['credit', o.creditResultText], ['terms', o.paymentTermsText],
      ['paid', money(o.paid)], ['unpaid', money(o.unpaidBalance)], ['cancelReason', o.cancelReason]];
    facts.forEach(function (fact) {
      if (fact[1] !== null && fact[1] !== undefined && fact[1] !== '') {
        var tr = row('facts', [fact[1]]);
        tr.setAttribute('data-fact', fact[0]);
        tr.insertBefore(element('th', { scope: 'row' }, texts.facts[fact[0]]), tr.firstChild);
        if (fact[0] === 'customer') {
          var cell = tr.lastChild;
          cell.textContent = '';
          cell.appendChild(element('a', { href: '/customers/' + encodeURIComponent(o.customerCode) }, fact[1]));
        }
      }
    });
    o.lines.forEach(function (line) {
      row('lines', [String(line.lineNo), line.sku + ' ' + line.name, String(line.quantity), money(line.unitPrice),
        line.discountPercent + '%', money(line.lineAmount)], [2, 3, 4, 5]);
    });
    var files = document.getElementById('files');
    o.documents.files.forEach(function (file) {
      var item = files.appendChild(element('li'));
      item.appendChild(element('a', { href: file.url }, file.fileName));
      item.appendChild(document.createTextNode(' ' + text('file', texts.kinds[file.kind] || file.kind,
        file.createdBy === 'system' ? texts.system : file.createdBy, moment(file.createdAt))));
    });
    if (!o.documents.files.length) files.appendChild(element('li', {}, texts.none));
    var returns = document.getElementById('returns');
    o.returns.forEach(function (r) {
      returns.appendChild(element('li', {}, text('return', r.number, r.statusText, money(r.returnValue),
        r.creditAmount !== null && r.creditAmount !== undefined ? money(r.creditAmount) : texts['not-yet'])));
    });
    if (!o.returns.length) returns.appendChild(element('li', {}, texts.none));
    o.timeline.forEach(function (entry) {
      var tr = row('timeline', [moment(entry.occurredAt), entry.actor === 'system' ? texts.system : entry.actorName || entry.actor,
        entry.actionText, entry.detailText || '']);
      tr.setAttribute('data-action', entry.action);
      if (entry.actorName) tr.children[1].setAttribute('title', entry.actor);
    });
    var decisions = document.getElementById('decisions');
    o.decisions.forEach(function (d) {
      decisions.appendChild(element('li', {}, text('decision', d.name || d.decision, d.version,
        (d.rulesFired || []).join(texts.separator), moment(d.evaluatedAt))));
    });
    if (!o.decisions.length) decisions.appendChild(element('li', {}, texts.none));
    document.getElementById('order').hidden = false;
  }

  // a rep asks for a return of a delivered order here: a reason, and how many units of
  // each line come back; the API checks the rest and names every problem
  function returnForm(o) {
    if (!o.timeline.some(function (entry) { return entry.action === 'DELIVERED'; })) return;
    fetch('/api/home', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (answer) { return answer.ok ? answer.json() : { roles: [] }; })
      .then(function (home) {
        if (home.roles.indexOf('sales-rep') < 0) return;
        document.getElementById('return-request').hidden = false;
        var reason = document.getElementById('return-reason');
        Object.keys(texts.reasons).forEach(function (code) {
          reason.appendChild(element('option', { value: code }, texts.reasons[code]));
        });
        o.lines.forEach(function (line) {
          var tr = row('return-lines', [String(line.lineNo), line.sku + ' ' + line.name, String(line.quantity)], [2]);
          tr.appendChild(element('td')).appendChild(element('input', { name: 'quantity', type: 'text', inputmode: 'numeric',
            size: '6', 'data-line': String(line.lineNo), 'aria-label': text('return-line', line.lineNo) }));
        });
        document.getElementById('return-form').addEventListener('submit', requestReturn);
      });
  }

  function requestReturn(event) {
    event.preventDefault();
    var shown = document.getElementById('return-result');
    var problems = document.getElementById('return-problems');
    problems.textContent = '';
    var sent = { orderNumber: order, reason: document.getElementById('return-reason').value || null, lines: [] };
    var note = document.getElementById('return-reason-text').value.trim();
    if (note) sent.reasonText = note;
    var lineNumbers = [];
    document.querySelectorAll('#return-lines input[name="quantity"]').forEach(function (input) {
      if (input.value.trim()) {
        lineNumbers.push(input.getAttribute('data-line'));
        sent.lines.push({ lineNo: { digits: input.getAttribute('data-line') }, quantity: window.ProductPages.number(input.value) });
      }
    });
    shown.textContent = texts.sending;
    window.ProductPages.token().then(function (csrf) {
      return fetch('/api/returns', {
        method: 'POST', credentials: 'same-origin', body: window.ProductPages.json(sent),
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf, Accept: 'application/json', 'Accept-Language': document.documentElement.lang }
      });
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (response.ok) {
          shown.textContent = text('return-requested', answer.number, money(answer.returnValue));
          document.getElementById('return-form').hidden = true;
          return;
        }
        shown.textContent = text('not-sent', answer.detail || answer.message || text('server-answered', response.status));
        (answer.errors || []).forEach(function (error) {
          var onLine = /^lines\[(\d+)\]\.?(\w*)$/.exec(error.field || '');
          var where = onLine ? text('line-field', lineNumbers[Number(onLine[1])] || Number(onLine[1]) + 1,
            texts.fields[onLine[2]] || onLine[2]) : (texts.fields[error.field] || error.field || '');
          problems.appendChild(element('li', { 'data-field': error.field || '' }, (where ? where + texts.colon : '') + error.message));
        });
      });
    }).catch(function () { shown.textContent = text('not-sent', texts.unreachable); });
  }

  if (body.getAttribute('data-logged-in') !== 'true') {
    document.getElementById('login-needed').hidden = false;
    return;
  }
  fetch('/api/orders/' + encodeURIComponent(order), {
    credentials: 'same-origin', headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang }
  }).then(function (response) {
    return response.json().then(function (answer) {
      if (response.ok) {
        show(answer);
        returnForm(answer);
        body.setAttribute('data-loaded', 'true');
      } else {
        result.textContent = text('not-loaded', answer.detail || answer.message || text('server-answered', response.status));
      }
    });
  }).catch(function () { result.textContent = text('not-loaded', texts.unreachable); });
})();
