// Sortable tables, as progressive enhancement. Without this script every
// table is complete and in its built order; with it, each header of a
// `table[data-sortable]` that has a `data-sort-key` becomes a button.
//
// - Rows sort on a cell's `data-sort-value` (the normalised figure: 39.36万
//   sorts as 393600) or else on its text. An empty value ("not reported")
//   always goes last, in either direction. Ties keep the built order.
// - The state is kept in the URL fragment, `#sort=<table id>:<key>:<asc|desc>`,
//   so a sorted table can be linked to. Any other fragment (`#f-12`, the
//   anchors every figure links to) is left alone.
(function () {
  "use strict";

  var prefix = "#sort=";
  var collator = new Intl.Collator("zh-CN", { numeric: true });

  function keyOf(cell) {
    if (!cell) return "";
    var value = cell.getAttribute("data-sort-value");
    return (value === null ? cell.textContent : value).trim();
  }

  function compare(left, right) {
    var a = Number(left);
    var b = Number(right);
    if (!isNaN(a) && !isNaN(b)) return a - b;
    return collator.compare(left, right);
  }

  function headers(table) {
    return table.tHead ? Array.prototype.slice.call(table.tHead.rows[0].cells) : [];
  }

  function sortTable(table, key, direction) {
    var columns = headers(table);
    var column = columns.findIndex(function (th) { return th.getAttribute("data-sort-key") === key; });
    if (column < 0 || (direction !== "asc" && direction !== "desc")) return false;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row) {
      return { row: row, key: keyOf(row.cells[column]), built: Number(row.getAttribute("data-built-order")) };
    });
    rows.sort(function (a, b) {
      if (a.key === "" || b.key === "") {
        if (a.key === b.key) return a.built - b.built;
        return a.key === "" ? 1 : -1;
      }
      var order = compare(a.key, b.key);
      if (order === 0) return a.built - b.built;
      return direction === "desc" ? -order : order;
    });
    rows.forEach(function (entry) { body.appendChild(entry.row); });
    columns.forEach(function (th, index) {
      if (index === column) {
        th.setAttribute("aria-sort", direction === "asc" ? "ascending" : "descending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
    return true;
  }

  function rememberInURL(table, key, direction) {
    var fragment = prefix + encodeURIComponent(table.id) + ":" + encodeURIComponent(key) + ":" + direction;
    try {
      history.replaceState(history.state, "", fragment);
    } catch (error) {
      // Some browsers refuse replaceState on file:// pages; a plain fragment change works everywhere.
      location.hash = fragment;
    }
  }

  function applyFragment() {
    if (location.hash.indexOf(prefix) !== 0) return;
    var parts = location.hash.slice(prefix.length).split(":");
    if (parts.length !== 3) return;
    var table = document.getElementById(decodeURIComponent(parts[0]));
    if (table && table.hasAttribute("data-sortable")) {
      sortTable(table, decodeURIComponent(parts[1]), parts[2]);
    }
  }

  function enhance(table) {
    if (!table.id || !table.tBodies[0]) return;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row, index) {
      row.setAttribute("data-built-order", String(index));
    });
    headers(table).forEach(function (th) {
      var key = th.getAttribute("data-sort-key");
      if (!key) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var direction = th.getAttribute("aria-sort") === "ascending" ? "desc" : "asc";
        if (sortTable(table, key, direction)) rememberInURL(table, key, direction);
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), enhance);
  applyFragment();
  window.addEventListener("hashchange", applyFragment);
})();
