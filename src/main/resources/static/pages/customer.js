// A customer's own page, as the API shows the customer to the person logged in: its file
// (GET /api/customers/{code}), its credit (/api/credit/ratings?customer=), what is open of
// its invoices and its statement of account (/api/receivables/customers/{code}/…), its visits and calls (/api/customers/{code}/contacts).
// Finance record a payment received here, a rep or assistant a visit or call; each is
// written with the session's CSRF token, and every problem the API names shows beside
// its field. A section the API does not show the person stays away.
(function () {
  var P = window.ProductPages, texts = P.texts, text = P.text, element = P.element;
  var code = document.body.getAttribute('data-customer');
  var base = '/api/customers/' + encodeURIComponent(code);
  var account = '/api/receivables/customers/' + encodeURIComponent(code);
  var result = document.getElementById('result');
  var finance = false;

  function money(amount) {
    return amount === null || amount === undefined ? '' : text('money', P.figure(amount));
  }

  function fail(status) {
    return text('not-loaded', status && status.detail ? status.detail
      : status && status.status ? text('server-answered', status.status) : texts.unreachable);
  }

  // every problem the API names, beside its field of the form, in the form's list
  function refused(form, list, status, response) {
    return response.json().then(function (answer) {
      status.textContent = text('not-sent', answer.detail || answer.message || text('server-answered', response.status));
      (answer.errors || []).forEach(function (error) {
        var field = String(error.field || '').replace(/\[\d+\]$/, '');
        var input = field ? form.querySelector('[name="' + field + '"]') : null;
        if (input) input.setAttribute('aria-invalid', 'true');
        var name = texts.fields[field] || error.field;
        list.appendChild(element('li', { 'data-field': error.field || '' }, (name ? name + texts.colon : '') + error.message));
      });
    }, function () { status.textContent = text('not-sent', text('server-answered', response.status)); });
  }

  function clear(form, list) {
    list.textContent = '';
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) { input.removeAttribute('aria-invalid'); });
  }

  function fact(key, value) {
    if (value === null || value === undefined || value === '') return;
    var tr = document.querySelector('#facts tbody').appendChild(element('tr', { 'data-fact': key }));
    tr.appendChild(element('th', { scope: 'row' }, texts.facts[key]));
    tr.appendChild(element('td', {}, value));
  }

  function showFile(customer) {
    var file = customer.file;
    fact('code', customer.code);
    fact('legalName', file.legalName);
    fact('customerType', texts.types[file.customerType] || file.customerType);
    fact('rep', customer.repName ? text('named', customer.repName, customer.repId) : customer.repId);
    fact('taxNumber', file.taxNumber);
    fact('invoiceAddress', file.invoiceAddress);
    fact('invoicePhone', file.invoicePhone);
    fact('bank', [file.bankName, file.bankAccount].filter(Boolean).join(' '));
    fact('email', file.email);
    fact('state', customer.active ? texts.active : texts.inactive);
    var contacts = document.getElementById('contacts');
    (file.contacts || []).forEach(function (c) {
      contacts.appendChild(element('li', {}, [c.name, c.phone, c.email].filter(Boolean).join(texts.separator)));
    });
    if (!(file.contacts || []).length) contacts.appendChild(element('li', {}, texts.none));
    var addresses = document.getElementById('addresses');
    (file.deliveryAddresses || []).forEach(function (a) {
      addresses.appendChild(element('li', {}, [a.address, a.receivingContact, a.receivingPhone, a.unloadingHours,
        a.preferredCarrier].filter(Boolean).join(texts.separator)));
    });
    if (!(file.deliveryAddresses || []).length) addresses.appendChild(element('li', {}, texts.none));
    document.getElementById('customer').hidden = false;
  }

  function creditFact(key, value) {
    var rows = document.querySelector('#credit tbody');
    var tr = rows.querySelector('[data-credit="' + key + '"]') || rows.appendChild(element('tr', { 'data-credit': key }));
    tr.textContent = '';
    tr.appendChild(element('th', { scope: 'row' }, texts.credit[key]));
    tr.appendChild(element('td', ['grade', 'terms', 'evaluatedOn', 'growthPotential'].indexOf(key) >= 0 ? {}
      : { 'class': 'number' }, value));
  }

  // the customer's credit as the credit list shows it: grade, limit, what is used and left;
  // and its growth potential, which its sales manager sets here
  function showCredit(lines, customer) {
    var line = lines[0];
    creditFact('growthPotential', texts.growth[customer.growthPotential] || customer.growthPotential || texts.none);
    if (line) {
      [['grade', line.grade], ['creditLimit', money(line.creditLimit)], ['openReceivables', money(line.openReceivables)],
        ['committed', money(line.committed)], ['available', money(line.available)],
        ['terms', line.paymentTermsText || line.paymentTerms], ['evaluatedOn', line.evaluatedOn]].forEach(function (pair) {
        creditFact(pair[0], pair[1]);
      });
    }
    document.getElementById('not-rated').hidden = !!line;
    document.getElementById('credit-section').hidden = false;
  }

  function growthForm(customer) {
    var form = document.getElementById('growth');
    var status = document.getElementById('growth-result');
    var problems = document.getElementById('growth-problems');
    var select = form.querySelector('[name="growthPotential"]');
    Object.keys(texts.growth).forEach(function (value) {
      select.appendChild(element('option', { value: value }, texts.growth[value]));
    });
    select.value = customer.growthPotential || '';
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clear(form, problems);
      var sent = { growthPotential: select.value || null, reason: form.querySelector('[name="reason"]').value.trim() || null };
      status.textContent = texts.sending;
      P.send('PUT', '/api/credit/customers/' + encodeURIComponent(code) + '/growth-potential', sent).then(function (response) {
        if (!response.ok) return refused(form, problems, status, response);
        return response.json().then(function (answer) {
          status.textContent = text('growth-set', texts.growth[answer.growthPotential], answer.nextRefresh);
          creditFact('growthPotential', texts.growth[answer.growthPotential]);
          form.querySelector('[name="reason"]').value = '';
        });
      }).catch(function () { status.textContent = text('not-sent', texts.unreachable); });
    });
  }

  function showOpenInvoices(open) {
    var rows = document.querySelector('#open-invoices tbody');
    rows.textContent = '';
    Array.prototype.forEach.call(document.querySelectorAll('#open-invoices th.pay'), function (th) { th.hidden = !finance; });
    open.items.forEach(function (item) {
      var tr = rows.appendChild(element('tr', { 'data-invoice': item.number }));
      if (finance) {
        tr.appendChild(element('td')).appendChild(element('input', { type: 'checkbox', name: 'invoiceNumbers',
          value: item.number, 'aria-label': item.number }));
      }
      var cells = [item.number, item.orderNumber || '', item.issueDate, item.dueDate, money(item.amount),
        money(item.openAmount), item.daysPastDue > 0 ? text('days-past-due', item.daysPastDue) : texts['not-due']];
      cells.forEach(function (cell, i) {
        var td = tr.appendChild(element('td', i === 4 || i === 5 ? { 'class': 'number' } : {}));
        if (i === 1 && cell) td.appendChild(element('a', { href: '/orders/' + encodeURIComponent(cell) }, cell));
        else td.textContent = cell;
      });
    });
    if (!open.items.length) rows.appendChild(element('tr')).appendChild(element('td', { colspan: '8' }, texts.none));
    document.getElementById('total-label').setAttribute('colspan', finance ? '6' : '5');
    document.getElementById('total').textContent = money(open.total);
    ['html', 'pdf', 'csv'].forEach(function (format) {
      document.getElementById('statement-' + format).setAttribute('href', account + '/statement?format=' + format);
    });
    document.getElementById('receivables').hidden = false;
  }

  function showVisits(entries) {
    var rows = document.querySelector('#visits tbody');
    rows.textContent = '';
    entries.forEach(function (entry) {
      var tr = rows.appendChild(element('tr'));
      [entry.contactDate, texts.contactTypes[String(entry.contactType).toLowerCase()] || entry.contactType,
        entry.contactsMet, entry.notes || '', [entry.nextStep, entry.nextStepDate].filter(Boolean).join(texts.separator),
        entry.recordedByName || entry.recordedBy].forEach(function (cell) { tr.appendChild(element('td', {}, cell)); });
    });
    if (!entries.length) rows.appendChild(element('tr')).appendChild(element('td', { colspan: '6' }, texts.none));
    document.getElementById('visits-section').hidden = false;
  }

  // the customer's newest orders, each linked to its page; for its rep, a new order
  function showOrders(found, rep) {
    var rows = document.querySelector('#orders tbody');
    found.items.forEach(function (order) {
      var tr = element('tr');
      var cell = tr.appendChild(element('td'));
      cell.appendChild(element('a', { href: '/orders/' + encodeURIComponent(order.number) }, order.number));
      tr.appendChild(element('td', {}, order.orderDate));
      tr.appendChild(element('td', {}, order.statusText));
      tr.appendChild(element('td', { 'class': 'number' }, money(order.total)));
      rows.appendChild(tr);
    });
    if (!found.items.length) {
      rows.appendChild(element('tr')).appendChild(element('td', { colspan: '4' }, texts.none));
    }
    if (found.total > found.items.length) {
      var more = document.getElementById('orders-more');
      more.textContent = text('orders-shown', found.items.length, found.total);
      more.hidden = false;
    }
    if (rep) {
      var link = document.getElementById('new-order');
      link.setAttribute('href', '/orders/new?customer=' + encodeURIComponent(code));
      link.hidden = false;
    }
    document.getElementById('orders-section').hidden = false;
  }

  function paymentForm() {
    var form = document.getElementById('payment');
    var status = document.getElementById('payment-result');
    var problems = document.getElementById('payment-problems');
    document.getElementById('payment-section').hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clear(form, problems);
      var picked = Array.prototype.map.call(document.querySelectorAll('#open-invoices input[name="invoiceNumbers"]:checked'),
        function (box) { return box.value; });
      var sent = { customerCode: code, invoiceNumbers: picked, amount: P.number(form.amount.value) || null,
        reference: form.reference.value.trim() || null, receivedOn: form.receivedOn.value || null };
      status.textContent = texts.sending;
      P.send('POST', '/api/receivables/payments', sent).then(function (response) {
        if (!response.ok) return refused(form, problems, status, response);
        return response.json().then(function (answer) {
          status.textContent = text('recorded', answer.receipt);
          form.reset();
          return P.read(account + '/open-invoices').then(showOpenInvoices);
        });
      }).catch(function () { status.textContent = text('not-sent', texts.unreachable); });
    });
  }

  function contactForm() {
    var form = document.getElementById('contact');
    var status = document.getElementById('contact-result');
    var problems = document.getElementById('contact-problems');
    var types = form.querySelector('[name="contactType"]');
    Object.keys(texts.contactTypes).forEach(function (type) {
      types.appendChild(element('option', { value: type.toUpperCase() }, texts.contactTypes[type]));
    });
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clear(form, problems);
      var sent = {};
      ['contactDate', 'contactType', 'contactsMet', 'notes', 'nextStep', 'nextStepDate'].forEach(function (name) {
        sent[name] = form.querySelector('[name="' + name + '"]').value.trim() || null;
      });
      sent.logisticsConfirmed = form.logisticsConfirmed.checked;
      status.textContent = texts.sending;
      P.send('POST', base + '/contacts', sent).then(function (response) {
        if (!response.ok) return refused(form, problems, status, response);
        status.textContent = texts['contact-recorded'];
        form.reset();
        return P.read(base + '/contacts').then(showVisits);
      }).catch(function () { status.textContent = text('not-sent', texts.unreachable); });
    });
  }

  if (document.body.getAttribute('data-logged-in') !== 'true') {
    document.getElementById('login-needed').hidden = false;
    return;
  }
  Promise.all([P.read(base), P.read('/api/home').catch(function () { return { roles: [], reps: [] }; })])
    .then(function (answers) {
      var home = answers[1];
      finance = home.roles.indexOf('finance') >= 0;
      showFile(answers[0]);
      P.read('/api/credit/ratings?customer=' + encodeURIComponent(code)).then(function (lines) {
        showCredit(lines, answers[0]);
        if (home.roles.indexOf('sales-manager') >= 0) growthForm(answers[0]);
      }, function () { /* credit the person may not see stays away */ });
      P.read(account + '/open-invoices').then(function (open) {
        showOpenInvoices(open);
        if (finance) paymentForm();
      }, function () { /* receivables the person may not see stay away */ });
      P.read('/api/orders?customer=' + encodeURIComponent(code) + '&size=20').then(function (found) {
        showOrders(found, home.roles.indexOf('sales-rep') >= 0 && answers[0].active);
      }, function () { /* orders the person may not read stay away */ });
      P.read(base + '/contacts').then(function (entries) {
        showVisits(entries);
        if (home.roles.indexOf('sales-rep') >= 0 || home.roles.indexOf('sales-assistant') >= 0) contactForm();
      }, function () { /* visits the person may not see stay away */ });
    })
    .catch(function (problem) { result.textContent = fail(problem); });
})();
