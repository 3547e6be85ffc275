// Runs before the page is drawn (a classic script in <head>), and stays for the whole launch.
(function () {
  var root = document.documentElement;

  // Only the parts of the page written for the school's country (speakup-options.js, loaded just before: the Help
  // panel, <Helpline /> in lessons): every country's part is in the page, and a constructed style sheet hides the
  // others, so no inline style is needed and the Content-Security-Policy stays strict.
  var options = window.speakupOptions || {};
  var country = /^[A-Z]{2}$/.test(options.country) ? options.country : 'international';
  root.setAttribute('data-country', country);
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

  // A chat choice clicked before its island can take it is kept on the button, and the island takes it once it has
  // started (src/shell/early-choices.ts): no click is lost while the page is still loading.
  document.addEventListener(
    'click',
    function (event) {
      var button = event.target instanceof Element ? event.target.closest('[data-chat-choice]') : null;
      var island = button && button.closest('astro-island');
      if (!island || island.hasAttribute('data-committed')) return;
      var kept = island.querySelectorAll('[data-early-choice]');
      for (var i = 0; i < kept.length; i++) kept[i].removeAttribute('data-early-choice');
      button.setAttribute('data-early-choice', '');
    },
    true,
  );
})();
