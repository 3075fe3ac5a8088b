import Foundation
import HILBenchCore

extension HTMLReport {
    /// The page's style: light and dark palettes (`prefers-color-scheme`), print rules, and a colour-blind-safe
    /// series palette (Okabe–Ito). Series also differ by marker shape or dash pattern, never by colour alone.
    static let style = """
        :root { color-scheme: light dark; --fg: #1d232a; --bg: #ffffff; --muted: #5b6672; --line: #d5dbe1; --head: #f2f5f8; --bad: #b00020; --good: #1b7a3a;
          --c0: #0072b2; --c1: #d55e00; --c2: #009e73; --c3: #cc79a7; --c4: #e69f00; --c5: #56b4e9; --c6: #6b6b6b; --c7: #b8a400; }
        @media (prefers-color-scheme: dark) { :root { --fg: #e6e9ec; --bg: #15191d; --muted: #9aa5b1; --line: #34404c; --head: #1f252b; --bad: #ff7a8a; --good: #6fd39b;
          --c0: #5da9e9; --c1: #ff8a50; --c2: #33c9a0; --c3: #e39bc8; --c4: #f5b93a; --c5: #8fd0f5; --c6: #bbbbbb; --c7: #f0e442; } }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 2rem; max-width: 1400px; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
        h3 { font-size: 1.02rem; margin: 1.4rem 0 .4rem; }
        .muted, .note { color: var(--muted); } code { font-size: .92em; }
        nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; } a { color: var(--c0); }
        .scroll { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; margin: .5rem 0; font-variant-numeric: tabular-nums; } caption { text-align: left; }
        th, td { border-bottom: 1px solid var(--line); padding: .25rem .55rem; text-align: right; white-space: nowrap; vertical-align: top; }
        th { background: var(--head); position: sticky; top: 0; } td.l, th.l { text-align: left; } td.wrap { white-space: normal; min-width: 18rem; }
        tr.failed td, tr.infra_error td { color: var(--bad); } tr.skipped td { color: var(--muted); }
        .js th[data-sort] { cursor: pointer; user-select: none; } .js th[data-sort]::after { content: " \\2195"; color: var(--muted); font-weight: normal; }
        .js th[aria-sort="ascending"]::after { content: " \\25B2"; color: var(--fg); } .js th[aria-sort="descending"]::after { content: " \\25BC"; color: var(--fg); }
        th[data-sort]:focus-visible { outline: 2px solid var(--c0); }
        .filter { margin: .3rem 0; padding: .25rem .4rem; min-width: 18rem; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); }
        .glance { margin: .2rem 0 .4rem; padding-left: 1.2rem; } .glance li { margin: .1rem 0; }
        .grid { display: flex; flex-wrap: wrap; gap: .5rem 1rem; } figure { margin: 0; } figcaption { font-size: .85rem; color: var(--muted); }
        svg { max-width: 100%; height: auto; overflow: visible; }
        svg text { fill: var(--fg); font: 12px system-ui, sans-serif; } svg text.small { font-size: 10.5px; } svg text.head { font-weight: 600; font-size: 13px; }
        svg text.na { fill: var(--muted); font-style: italic; } svg text.halo { font-weight: 700; paint-order: stroke; stroke: var(--bg); stroke-width: 3px; } svg .axis { stroke: var(--muted); } svg .grid line, svg line.grid { stroke: var(--line); }
        svg .fp32 { fill: var(--c0); stroke: var(--c0); } svg .fp16 { fill: var(--c4); stroke: var(--c4); } svg .int8 { fill: var(--c2); stroke: var(--c2); }
        svg .s0 { fill: var(--c0); stroke: var(--c0); } svg .s1 { fill: var(--c1); stroke: var(--c1); } svg .s2 { fill: var(--c2); stroke: var(--c2); } svg .s3 { fill: var(--c3); stroke: var(--c3); }
        svg .s4 { fill: var(--c4); stroke: var(--c4); } svg .s5 { fill: var(--c5); stroke: var(--c5); } svg .s6 { fill: var(--c6); stroke: var(--c6); } svg .s7 { fill: var(--c7); stroke: var(--c7); }
        svg .whisker { stroke: var(--fg); stroke-width: 1.5; } svg .mk { stroke: var(--bg); stroke-width: .8; }
        svg polyline.cdf, svg polyline.trend { fill: none; stroke-width: 1.8; } svg polyline.trend { stroke: var(--c0); } svg .band { fill: var(--c0); opacity: .18; stroke: none; }
        svg .pareto { fill: none; stroke: var(--fg); stroke-width: 1.6; stroke-dasharray: 6 3; } svg .front-ring { fill: none; stroke: var(--fg); stroke-width: 1.4; }
        svg .cp { stroke: var(--bad); stroke-width: 1.4; stroke-dasharray: 4 3; } svg .regressed { fill: var(--bad); stroke: var(--bad); } svg .improved { fill: var(--good); stroke: var(--good); }
        svg .inconclusive { fill: none; stroke: var(--fg); } svg .unstable { fill: var(--muted); stroke: var(--muted); }
        svg .memline { stroke: var(--muted); stroke-width: 2; } svg .ebar { fill: var(--c0); }
        svg .margin.meets rect { fill: var(--good); } svg .margin.misses rect { fill: var(--bad); } svg .limit { stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 4 2; }
        tr.verdict-fails td, li.flips { color: var(--bad); } tr.verdict-qualifies td:nth-child(3) { color: var(--good); font-weight: 600; } .choice { font-size: 1.05rem; }
        .verdict-regressed { color: var(--bad); font-weight: 600; } .verdict-improved { color: var(--good); font-weight: 600; }
        @media print {
          :root { --fg: #000; --bg: #fff; --muted: #444; --line: #bbb; --head: #eee; }
          body { margin: 0; max-width: none; font-size: 10pt; } nav, .filter-box { display: none !important; } th { position: static; }
          h2, h3 { break-after: avoid; } svg, figure, tr { break-inside: avoid; } .scroll { overflow: visible; } a { color: inherit; text-decoration: none; }
          table { font-size: 7.5pt; } th, td { padding: 1px 4px; } .js th[data-sort]::after { content: none; }
        }
        """

    /// Sortable headers and the filter box, added on top of plain tables (the page reads fine without it).
    /// Errors are written to `data-js-error` on `<body>` so a headless browser test can see them.
    static let script = """
        (function () {
          var body = document.body;
          window.addEventListener('error', function (e) { body.setAttribute('data-js-error', String(e.message)); });
          try {
            document.documentElement.classList.add('js');
            var key = function (cell, numeric) {
              var v = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent.trim();
              if (!numeric) { return v.toLowerCase(); }
              if (v === '') { return null; }
              var n = parseFloat(v);
              return isNaN(n) ? null : n;
            };
            var sortBy = function (table, column, th) {
              var direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
              var cells = th.parentNode.cells;
              for (var i = 0; i < cells.length; i++) { if (cells[i].hasAttribute('data-sort')) { cells[i].setAttribute('aria-sort', 'none'); } }
              th.setAttribute('aria-sort', direction);
              var numeric = th.getAttribute('data-sort') === 'num';
              var tbody = table.tBodies[0];
              var rows = Array.prototype.slice.call(tbody.rows);
              rows.sort(function (a, b) {
                var x = key(a.cells[column], numeric), y = key(b.cells[column], numeric);
                if (x === null && y === null) { return 0; }
                if (x === null) { return 1; }
                if (y === null) { return -1; }
                var r = x < y ? -1 : (x > y ? 1 : 0);
                return direction === 'ascending' ? r : -r;
              });
              rows.forEach(function (row) { tbody.appendChild(row); });
              try { history.replaceState(null, '', '#sort=' + table.id + ':' + column + ':' + (direction === 'ascending' ? 'asc' : 'desc')); } catch (ignored) {}
            };
            Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
              var cells = table.tHead.rows[0].cells;
              Array.prototype.forEach.call(cells, function (th, column) {
                if (!th.hasAttribute('data-sort')) { return; }
                th.tabIndex = 0;
                th.setAttribute('aria-sort', 'none');
                th.addEventListener('click', function () { sortBy(table, column, th); });
                th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(table, column, th); } });
              });
            });
            Array.prototype.forEach.call(document.querySelectorAll('input.filter'), function (input) {
              var table = document.getElementById(input.getAttribute('data-table'));
              if (!table) { return; }
              input.parentNode.hidden = false;
              input.addEventListener('input', function () {
                var q = input.value.trim().toLowerCase();
                Array.prototype.forEach.call(table.tBodies[0].rows, function (row) { row.hidden = q !== '' && row.textContent.toLowerCase().indexOf(q) < 0; });
              });
            });
            // A link such as report.html#sort=rank-m0:14:desc opens with that table sorted.
            var link = /^#sort=([A-Za-z0-9_-]+):(\\d+)(?::(asc|desc))?$/.exec(location.hash);
            if (link) {
              var linked = document.getElementById(link[1]);
              var header = linked && linked.tHead ? linked.tHead.rows[0].cells[Number(link[2])] : null;
              if (header && header.hasAttribute('data-sort')) {
                sortBy(linked, Number(link[2]), header);
                if (link[3] === 'desc') { sortBy(linked, Number(link[2]), header); }
              }
            }
            body.setAttribute('data-js', 'ready');
          } catch (e) { body.setAttribute('data-js-error', String(e)); }
        })();
        """

    /// The Content-Security-Policy: nothing may load from anywhere; the one inline script is allowed by its hash.
    /// The style and the script are allowed by their hashes, so even injected markup could neither load nor run anything.
    static let contentSecurityPolicy =
        "default-src 'none'; img-src data:; style-src '\(cspHash(style))'; script-src '\(cspHash(script))'"

    /// `sha256-<base64>` of a text, as CSP writes hashes.
    static func cspHash(_ text: String) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(text.utf8))
        return "sha256-" + Data(hasher.finalize()).base64EncodedString()
    }
}
