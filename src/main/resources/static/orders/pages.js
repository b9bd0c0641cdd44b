// What the scripts of the order pages share: the page's texts, handed to it as JSON in its
// language, with their places ({0}) filled; elements made with their attributes and text,
// never with markup; and amounts written as the product writes them.
window.OrderPages = (function () {
  var texts = JSON.parse(document.getElementById('texts').textContent);

  function text(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    return texts[key].replace(/\{(\d)\}/g, function (all, i) { return args[i]; });
  }

  function element(name, attributes, content) {
    var made = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { made.setAttribute(key, attributes[key]); });
    if (content !== undefined && content !== null) made.textContent = content;
    return made;
  }

  // an amount as the product writes it: digits grouped by three, two decimals
  function figure(amount) {
    var parts = Number(amount).toFixed(2).split('.');
    return parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + parts[1];
  }

  return { texts: texts, text: text, element: element, figure: figure };
})();
