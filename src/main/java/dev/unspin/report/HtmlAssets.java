package dev.unspin.report;

/**
 * The HTML report's inline style sheet and script. The script only flips classes: the
 * "accept everywhere" switch, and a click on a mark selects its entry in the findings list.
 */
final class HtmlAssets {
    private HtmlAssets() {
    }

    static final String CSS = """
            :root{--error:#c62828;--error-bg:#fde0e0;--warning:#a15c00;--warning-bg:#ffedb8;--info:#1560b0;--info-bg:#dcebfb;
            --clean:#2e7d32;--suspect:#e09a00;--spun:#c62828;--fix-bg:#d7f3d0;--line:#d9d9d9;--muted:#5f6368}
            *{box-sizing:border-box}
            body{margin:0;padding:0 20px 40px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f1f1f;background:#f6f7f9}
            body>header,body>section,body>nav,main>section{max-width:1360px;margin:16px auto 0}
            h1{font-size:22px;margin:8px 0 4px}h2{font-size:18px;margin:4px 0}h3{font-size:15px;margin:0 0 8px}
            .meta,small,.muted{color:var(--muted)}
            .cards{display:grid;grid-template-columns:repeat(3,minmax(170px,1fr)) minmax(300px,2fr);gap:16px}
            .card,.doc,.index,.problems{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px}
            .scroll{max-height:15em;overflow:auto}td{overflow-wrap:anywhere}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:2px 8px;border-bottom:1px solid #eee;vertical-align:middle}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            .problems{border-color:var(--error)}.problems li{margin:2px 0}
            .doc-head{display:flex;gap:16px;align-items:center}.doc-head h2{word-break:break-all}
            .gauge{flex:none}.gauge path{fill:none;stroke-width:12}.gauge .track{stroke:#e6e6e6}
            .g-clean .value{stroke:var(--clean)}.g-suspect .value{stroke:var(--suspect)}.g-spun .value{stroke:var(--spun)}
            .gauge .tick{stroke:#fff;stroke-width:2}.gauge text{text-anchor:middle;fill:#1f1f1f}
            .gauge .score{font-size:20px;font-weight:600}.gauge .verdict{font-size:12px;fill:var(--muted)}
            .verdict{font-weight:600}.v-clean{color:var(--clean)}.v-suspect{color:var(--suspect)}.v-spun{color:var(--spun)}
            .why{margin:4px 0;padding-left:18px;font-size:13px;color:var(--muted)}
            .pill{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 8px;font-size:13px;margin:2px 0}
            .pill.error{border-color:var(--error);color:var(--error)}.pill.warning{border-color:var(--warning);color:var(--warning)}
            .pill.info{border-color:var(--info);color:var(--info)}
            .toggle{cursor:pointer;user-select:none;font-weight:500}.accept{margin:8px 6px 8px 0;vertical-align:middle}
            .cols{display:grid;grid-template-columns:minmax(0,75ch) minmax(280px,1fr);gap:24px;margin-top:6px}
            .text{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/1.7 Georgia,"Times New Roman",serif}
            aside{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;border-left:1px solid var(--line);padding-left:16px}
            ol.findings{margin:0;padding-left:2.4em;font-size:13.5px}ol.findings li{margin:0 0 8px;padding:2px 4px;border-radius:4px}
            ol.findings li.error::marker{color:var(--error)}ol.findings li.warning::marker{color:var(--warning)}ol.findings li.info::marker{color:var(--info)}
            ol.findings li.current{background:#fff6cc}ol.findings q{font-style:italic}ol.findings small{display:block}
            mark{color:inherit;border-radius:2px;padding:0 1px;cursor:help}
            mark.error{background:var(--error-bg);border-bottom:2px solid var(--error)}
            mark.warning{background:var(--warning-bg);border-bottom:2px solid var(--warning)}
            mark.info{background:var(--info-bg);border-bottom:2px dotted var(--info)}
            mark:target{outline:2px solid #1f1f1f;outline-offset:1px}
            mark del{text-decoration:none}mark ins{display:none;text-decoration:none}
            .accept:checked~.cols mark del,.accept-all mark del{display:none}
            .accept:checked~.cols mark ins,.accept-all mark ins{display:inline}
            .accept:checked~.cols mark:has(ins),.accept-all mark:has(ins){background:var(--fix-bg);border-bottom-color:var(--clean)}
            meter{width:120px}
            @media (max-width:900px){.cards,.cols{grid-template-columns:1fr}aside{position:static;max-height:none;border:0;padding:0}}
            """;

    static final String SCRIPT = """
            (function () {
              var all = document.getElementById('accept-all');
              if (all) {
                all.addEventListener('change', function () {
                  document.body.classList.toggle('accept-all', all.checked);
                });
              }
              document.addEventListener('click', function (event) {
                var mark = event.target.closest && event.target.closest('mark[id]');
                if (!mark) {
                  return;
                }
                var item = document.getElementById(mark.id.replace('-f', '-l'));
                var previous = document.querySelector('li.current');
                if (previous) {
                  previous.classList.remove('current');
                }
                if (item) {
                  item.classList.add('current');
                  item.scrollIntoView({block: 'nearest'});
                }
              });
            })();
            """;
}
