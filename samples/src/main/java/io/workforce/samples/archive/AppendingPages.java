package io.workforce.samples.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists that grow in place: a 加载更多 button that appends the next rows to the same table, and an
 * infinitely scrolling table that appends rows when the window reaches its bottom. Both fetch rows
 * from {@code api/records.do} (JSON).
 */
final class AppendingPages {

  static final int MORE_SIZE = 10;
  static final int FEED_SIZE = 20;

  /** Appends JSON rows to {@code #ID tbody}; returns the number appended. */
  private static final String APPEND =
      """
      function appendRows(id, rows) {
        var body = document.querySelector('#' + id + ' tbody');
        rows.forEach(function (r) {
          var tr = document.createElement('tr');
          [r.no, r.name, r.gender, r.registeredOn, r.district, r.matter].forEach(function (v) {
            var td = document.createElement('td'); td.textContent = v; tr.appendChild(td);
          });
          body.appendChild(tr);
        });
        return body.rows.length;
      }
      """;

  private AppendingPages() {}

  /** {@code more.do}: ten rows, and a button that appends ten more until none are left. */
  static String loadMore(String user, List<ArchiveRecord> all) {
    String script =
        "<script>"
            + APPEND
            + """
            function more(btn) {
              btn.disabled = true;
              var shown = document.querySelector('#list tbody').rows.length;
              fetch('api/records.do?offset=' + shown + '&limit=%d').then(function (r) { return r.json(); })
                .then(function (page) {
                  var now = appendRows('list', page.rows);
                  if (now >= page.total) {
                    btn.parentNode.innerHTML = '<span id="noMore">没有更多了</span>';
                  } else { btn.disabled = false; }
                });
            }
            </script>"""
                .formatted(MORE_SIZE);
    return ArchivePages.page(
        "档案清单",
        user,
        script
            + "<table class=\"list\" id=\"list\"><thead>"
            + ArchivePages.thRow()
            + "</thead><tbody>"
            + ArchivePages.rows(ArchivePages.slice(all, 0, MORE_SIZE))
            + "</tbody></table><div class=\"more\">"
            + "<button type=\"button\" id=\"btnMore\" onclick=\"more(this)\">加载更多</button></div>");
  }

  /** {@code feed.do}: twenty tall rows; reaching the bottom of the window appends twenty more. */
  static String feed(String user, List<ArchiveRecord> all) {
    String script =
        "<script>"
            + APPEND
            + """
            var loading = false, done = false;
            window.addEventListener('scroll', function () {
              if (loading || done || window.innerHeight + window.scrollY < document.body.scrollHeight - 60) return;
              loading = true;
              var shown = document.querySelector('#feed tbody').rows.length;
              fetch('api/records.do?offset=' + shown + '&limit=%d').then(function (r) { return r.json(); })
                .then(function (page) {
                  var now = appendRows('feed', page.rows);
                  if (now >= page.total) {
                    done = true;
                    document.getElementById('end').textContent = '已全部加载';
                  }
                  loading = false;
                });
            });
            </script>"""
                .formatted(FEED_SIZE);
    return ArchivePages.page(
        "档案动态",
        user,
        "<style>#feed td { height: 40px; }</style>"
            + script
            + "<p>共 <b id=\"total\">"
            + all.size()
            + "</b> 条</p><table class=\"list\" id=\"feed\"><thead>"
            + ArchivePages.thRow()
            + "</thead><tbody>"
            + ArchivePages.rows(ArchivePages.slice(all, 0, FEED_SIZE))
            + "</tbody></table><p id=\"end\"></p>");
  }

  /** {@code api/records.do?offset=&limit=}: {@code {total, rows: [...]}}. */
  static Map<String, Object> records(List<ArchiveRecord> all, int offset, int limit) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (ArchiveRecord r : ArchivePages.slice(all, offset, Math.max(0, Math.min(limit, 100)))) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("no", r.no());
      row.put("name", r.name());
      row.put("gender", r.gender());
      row.put("registeredOn", r.registeredOn().toString());
      row.put("district", r.district());
      row.put("matter", r.matter());
      rows.add(row);
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("total", all.size());
    page.put("rows", rows);
    return page;
  }
}
