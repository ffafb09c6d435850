// The indicator page's small behaviours: a value's audit trail opens and closes in a row under it
// (htmx loads it on the first click), and after switching the breakdown the keyboard focus returns
// to the chosen breakdown's button, which htmx has just replaced.
(function () {
  var switched = null;

  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-history-toggle]');
    if (toggle) {
      event.preventDefault();
      var row = document.getElementById(toggle.getAttribute('aria-controls'));
      var open = toggle.getAttribute('aria-expanded') === 'true';
      row.hidden = open;
      toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
      toggle.textContent = open ? '查看' : '收起';
      return;
    }
    var choice = event.target.closest('#breakdown-switch a[data-breakdown]');
    if (choice) {
      switched = choice.getAttribute('data-breakdown');
    }
  });

  document.addEventListener('htmx:afterSettle', function () {
    if (switched === null) {
      return;
    }
    var chosen = document.querySelector('#breakdown-switch a[data-breakdown="' + switched + '"]');
    switched = null;
    if (chosen) {
      chosen.focus();
    }
  });
})();
