// Enters a new order, or revises one an approver sent back, with the webapps' session and
// its CSRF token: the rep's customers and the products come from the API, the order goes
// to POST /api/orders (or PUT /api/orders/{number}) as typed, and every problem the API
// names is shown beside the order. Its texts come with the page, in the page's language.
(function () {
  var body = document.body;
  var order = body.getAttribute('data-order');
  var texts = window.ProductPages.texts, text = window.ProductPages.text, element = window.ProductPages.element;
  var figure = window.ProductPages.figure, number = window.ProductPages.number, json = window.ProductPages.json;
  var token = window.ProductPages.token;
  var form = document.getElementById('order');
  var lines = document.querySelector('#lines tbody');
  var result = document.getElementById('result');
  var problems = document.getElementById('problems');
  var products = [];



  function get(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang } })
      .then(function (answer) { return answer.ok ? answer.json() : Promise.reject(answer.status); });
  }

  // an amount as the form shows it to be changed: two decimals, no grouping
  function plain(amount) {
    return Number(amount).toFixed(2);
  }

  function renumber() {
    Array.prototype.forEach.call(lines.rows, function (row, i) {
      row.cells[0].textContent = String(i + 1);
    });
  }

  function addLine(line) {
    var row = element('tr');
    row.appendChild(element('td'));
    var product = element('select', { name: 'sku', 'aria-label': texts.fields.sku });
    product.appendChild(element('option', { value: '' }, texts['choose-product']));
    products.forEach(function (p) {
      product.appendChild(element('option', { value: p.sku },
        p.sku + ' ' + p.name + ' · ' + text('list-price', figure(p.listPrice), p.unit || '') + ' · ' + text('in-stock', p.stockOnHand - p.stockReserved)));
    });
    var quantity = element('input', { name: 'quantity', type: 'text', inputmode: 'numeric', size: '6', 'aria-label': texts.fields.quantity });
    var price = element('input', { name: 'unitPrice', type: 'text', inputmode: 'decimal', size: '10', 'aria-label': texts.fields.unitPrice });
    var discount = element('input', { name: 'discountPercent', type: 'text', inputmode: 'decimal', size: '5', 'aria-label': texts.fields.discountPercent });
    var remove = element('button', { type: 'button', class: 'remove-line' }, texts['remove-line']);
    product.addEventListener('change', function () {
      var chosen = products.filter(function (p) { return p.sku === product.value; })[0];
      if (chosen && (price.value === '' || price.getAttribute('data-list') === price.value)) {
        price.value = plain(chosen.listPrice);
        price.setAttribute('data-list', price.value);
      }
    });
    remove.addEventListener('click', function () {
      row.remove();
      renumber();
    });
    [product, quantity, price, discount, remove].forEach(function (input) {
      var cell = element('td');
      cell.appendChild(input);
      row.appendChild(cell);
    });
    lines.appendChild(row);
    if (line) {
      if (!products.some(function (p) { return p.sku === line.sku; })) {
        product.appendChild(element('option', { value: line.sku }, line.sku + ' ' + (line.name || '')));
      }
      product.value = line.sku;
      quantity.value = String(line.quantity);
      price.value = plain(line.unitPrice);
      discount.value = Number(line.discountPercent) ? String(line.discountPercent) : '';
    }
    renumber();
  }

  // the delivery addresses of the customer's file, numbered from 1 as the API takes them;
  // the one the order goes to now chosen, else the first
  function deliveryAddresses(addresses, current) {
    var select = document.getElementById('deliveryAddress');
    select.textContent = '';
    if (!addresses || !addresses.length) {
      select.appendChild(element('option', { value: '' }, texts['no-delivery-address']));
      return;
    }
    addresses.forEach(function (a, i) {
      var shown = [a.address, a.receivingContact, a.receivingPhone, a.unloadingHours].filter(function (part) { return part; });
      select.appendChild(element('option', { value: String(i + 1) }, shown.join(' · ')));
      if (current && current.address === a.address && current.receivingContact === a.receivingContact) {
        select.value = String(i + 1);
      }
    });
  }

  // the whole order as the form holds it: a revision says again what it keeps
  function request() {
    var sent = { customerCode: document.getElementById('customer').value, lines: [] };
    var date = document.getElementById('requestedDate').value;
    var channel = document.getElementById('channel').value;
    var delivery = document.getElementById('deliveryAddress').value;
    if (date) sent.requestedDate = date;
    if (channel) sent.channel = channel;
    if (delivery) sent.deliveryAddress = Number(delivery);
    Array.prototype.forEach.call(lines.rows, function (row) {
      var value = function (name) { return row.querySelector('[name="' + name + '"]').value; };
      var line = { sku: value('sku') };
      if (value('quantity').trim()) line.quantity = number(value('quantity'));
      if (value('unitPrice').trim()) line.unitPrice = number(value('unitPrice'));
      if (value('discountPercent').trim()) line.discountPercent = number(value('discountPercent'));
      sent.lines.push(line);
    });
    return sent;
  }

  // where a problem of the API belongs: the order's field, or a line's
  function place(field) {
    var onLine = /^lines\[(\d+)\]\.?(\w*)$/.exec(field || '');
    if (onLine) {
      var row = lines.rows[Number(onLine[1])];
      var input = row && onLine[2] ? row.querySelector('[name="' + onLine[2] + '"]') : null;
      return { input: input, name: text('line-field', Number(onLine[1]) + 1, texts.fields[onLine[2]] || onLine[2]) };
    }
    var named = field ? form.querySelector('[name="' + field + '"]') : null;
    return { input: named, name: texts.fields[field] || field };
  }

  function showProblems(answer, status) {
    problems.textContent = '';
    var errors = answer.errors || [];
    result.textContent = text('not-sent', answer.detail || answer.message || text('server-answered', status));
    errors.forEach(function (error) {
      var where = place(error.field);
      if (where.input) where.input.setAttribute('aria-invalid', 'true');
      problems.appendChild(element('li', { 'data-field': error.field || '' }, (where.name ? where.name + texts.separator : '') + error.message));
    });
  }

  function send(event) {
    event.preventDefault();
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) { input.removeAttribute('aria-invalid'); });
    problems.textContent = '';
    result.textContent = texts.sending;
    var sent = json(request());
    token().then(function (csrf) {
      return fetch(order ? '/api/orders/' + encodeURIComponent(order) : '/api/orders', {
        method: order ? 'PUT' : 'POST', credentials: 'same-origin', body: sent,
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf, Accept: 'application/json', 'Accept-Language': document.documentElement.lang }
      });
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (response.ok) {
          result.textContent = text(order ? 'revised' : 'submitted', answer.number, figure(answer.total));
          result.appendChild(document.createTextNode(' '));
          result.appendChild(element('a', { id: 'open-order', href: '/orders/' + encodeURIComponent(answer.number) },
            texts['open-order']));
          result.appendChild(document.createTextNode(' · '));
          result.appendChild(element('a', { href: '/camunda/app/tasklist/' }, texts['open-tasklist']));
          if (!order) {
            lines.textContent = '';
            addLine();
          }
        } else {
          showProblems(answer, response.status);
        }
      }, function () { result.textContent = text('not-sent', text('server-answered', response.status)); });
    }, function () { result.textContent = text('not-sent', texts.unreachable); });
  }

  if (body.getAttribute('data-logged-in') !== 'true') {
    document.getElementById('login-needed').hidden = false;
    form.hidden = true;
    return;
  }
  var channel = document.getElementById('channel');
  Object.keys(texts.channels).forEach(function (code) {
    channel.appendChild(element('option', { value: code }, texts.channels[code]));
  });
  var customer = document.getElementById('customer');
  get('/api/products').then(function (found) {
    products = found.filter(function (p) { return p.active; });
    if (order) {
      return get('/api/orders/' + encodeURIComponent(order)).then(function (revised) {
        customer.appendChild(element('option', { value: revised.customerCode }, revised.customerCode + ' ' + revised.customerName));
        customer.disabled = true;
        document.getElementById('requestedDate').value = revised.requestedDate || '';
        channel.value = revised.channel || '';
        revised.lines.forEach(addLine);
        return get('/api/customers/' + encodeURIComponent(revised.customerCode)).then(function (account) {
          deliveryAddresses(account.file && account.file.deliveryAddresses, revised.delivery);
        });
      });
    }
    return get('/api/customers').then(function (customers) {
      customer.appendChild(element('option', { value: '' }, texts['choose-customer']));
      customers.filter(function (c) { return c.active; }).forEach(function (c) {
        customer.appendChild(element('option', { value: c.code }, c.code + ' ' + ((c.file && c.file.legalName) || '')));
      });
      if (customer.options.length === 1) result.textContent = texts['no-customers'];
      function chosen() {
        var account = customers.filter(function (c) { return c.code === customer.value; })[0];
        deliveryAddresses(account && account.file && account.file.deliveryAddresses);
      }
      customer.addEventListener('change', chosen);
      // a customer's page links here with the customer chosen
      var named = new URLSearchParams(window.location.search).get('customer');
      if (named && customers.some(function (c) { return c.active && c.code === named; })) {
        customer.value = named;
        chosen();
      }
      addLine();
    });
  }).catch(function (status) {
    result.textContent = text('not-loaded', typeof status === 'number' ? text('server-answered', status) : texts.unreachable);
  });
  document.getElementById('add-line').addEventListener('click', function () { addLine(); });
  form.addEventListener('submit', send);
})();
