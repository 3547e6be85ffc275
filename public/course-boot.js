// Runs before the page is drawn (a classic script in <head>): shows only the parts written for the school's
// country (the Help panel, <Helpline /> in lessons). Every country's part is in the page; a constructed style sheet
// hides the others, so that no inline style is needed and the Content-Security-Policy stays strict.
(function () {
  var root = document.documentElement;
  var country = root.getAttribute('data-country') || '';
  if (!/^([A-Z]{2}|international)$/.test(country)) country = 'international';
  var rule = '[data-for-country]:not([data-for-country="' + country + '"]){display:none!important}';
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(rule);
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
  } catch {
    // Browsers without constructed style sheets: hide the other countries' parts once the page is there.
    var hide = function () {
      var parts = document.querySelectorAll('[data-for-country]');
      for (var i = 0; i < parts.length; i++) {
        if (parts[i].getAttribute('data-for-country') !== country) parts[i].hidden = true;
      }
    };
    document.addEventListener('DOMContentLoaded', hide);
    document.addEventListener('astro:page-load', hide);
  }
})();
