// The customers the person may see, as GET /api/customers answers them, each linked to its
// own page; a filter narrows the list by code or name as one types.
(function () {
  var P = window.ProductPages, texts = P.texts, text = P.text, element = P.element;
  var result = document.getElementById('result');

  if (document.body.getAttribute('data-logged-in') !== 'true') {
    document.getElementById('login-needed').hidden = false;
    document.getElementById('customers-list').hidden = true;
    return;
  }
  P.read('/api/customers')
    .then(function (customers) {
      var rows = document.querySelector('#customers tbody');
      customers.forEach(function (customer) {
        var tr = rows.appendChild(element('tr', { 'data-code': customer.code }));
        tr.appendChild(element('td')).appendChild(element('a', { href: '/customers/' + encodeURIComponent(customer.code) },
          customer.code));
        tr.appendChild(element('td', {}, customer.file.legalName));
        tr.appendChild(element('td', {}, texts.types[customer.file.customerType] || customer.file.customerType));
        tr.appendChild(element('td', {}, customer.repName ? text('named', customer.repName, customer.repId) : customer.repId));
        tr.appendChild(element('td', {}, customer.active ? texts.active : texts.inactive));
      });
      if (!customers.length) rows.appendChild(element('tr')).appendChild(element('td', { colspan: '5' }, texts.none));
      document.getElementById('filter').addEventListener('input', function (event) {
        var wanted = event.target.value.trim().toLowerCase();
        Array.prototype.forEach.call(rows.querySelectorAll('tr[data-code]'), function (tr) {
          tr.hidden = wanted !== '' && tr.textContent.toLowerCase().indexOf(wanted) < 0;
        });
      });
    })
    .catch(function (problem) {
      result.textContent = text('not-loaded', problem && problem.detail ? problem.detail
        : problem && problem.status ? text('server-answered', problem.status) : texts.unreachable);
    });
})();
