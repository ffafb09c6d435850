// Sortable tables: every column header of a table marked data-sortable (except those marked
// data-nosort) becomes a button that sorts the rows by that column, ascending then descending.
// Buttons are reached with Tab and pressed with Enter or Space; aria-sort on the header says the
// order. A cell's data-sort attribute, when present, is what it sorts by; numbers sort as numbers,
// text in Chinese collation, and empty cells ("—") always last.
(function () {
  var collator = new Intl.Collator('zh-CN', { numeric: true });

  function key(cell) {
    if (!cell) {
      return null;
    }
    var raw = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
    if (raw === '' || raw === '—') {
      return null;
    }
    var number = Number(raw.replace(/[%,，\s]/g, ''));
    return isNaN(number) ? raw : number;
  }

  function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
      return a - b;
    }
    return collator.compare(String(a), String(b));
  }

  function sort(table, header, column) {
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('thead th[aria-sort]').forEach(function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (x, y) {
      var a = key(x.cells[column]);
      var b = key(y.cells[column]);
      if (a === null || b === null) {
        return a === b ? 0 : (a === null ? 1 : -1);
      }
      return ascending ? compare(a, b) : compare(b, a);
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function enhance(root) {
    root.querySelectorAll('table[data-sortable]').forEach(function (table) {
      if (table.hasAttribute('data-sortable-ready') || !table.tHead || !table.tBodies.length) {
        return;
      }
      table.setAttribute('data-sortable-ready', '');
      var headers = table.tHead.rows[table.tHead.rows.length - 1].cells;
      Array.prototype.forEach.call(headers, function (header, column) {
        if (header.hasAttribute('data-nosort')) {
          return;
        }
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'pw-sort';
        button.title = '按“' + header.textContent.trim() + '”排序';
        while (header.firstChild) {
          button.appendChild(header.firstChild);
        }
        header.appendChild(button);
        button.addEventListener('click', function () { sort(table, header, column); });
      });
    });
  }

  if (typeof htmx !== 'undefined') {
    htmx.onLoad(enhance);
  } else {
    document.addEventListener('DOMContentLoaded', function () { enhance(document); });
  }
})();
