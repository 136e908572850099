// DyadWatch page behaviour. No inline scripts anywhere: data arrives in
// <script type="application/json"> blocks and is read with JSON.parse.
(function () {
  "use strict";

  function readJSON(id) {
    var el = document.getElementById(id);
    if (!el) return null;
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  // Filter menus submit themselves when changed.
  var form = document.getElementById("filters");
  if (form) {
    form.querySelectorAll("select").forEach(function (sel) {
      sel.addEventListener("change", function () { form.submit(); });
    });
  }

  // The search page's type and sort menus apply at once.
  document.querySelectorAll(".search-opts select").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.submit(); });
  });

  // A click anywhere on a timeline row opens its event.
  document.querySelectorAll("tr[data-href]").forEach(function (row) {
    row.addEventListener("click", function (ev) {
      if (ev.target.closest("a")) return;
      var href = row.getAttribute("data-href");
      if (href && href.charAt(0) === "/" && href.charAt(1) !== "/") window.location.assign(href);
    });
  });

  var chartEl = document.getElementById("chart");
  var data = readJSON("chart-data");
  if (!chartEl || !data || typeof window.Plotly === "undefined") return;

  var x = data.period_start || [];
  function series(k, sign) {
    return (data[k] || []).map(function (v) { return (v || 0) * sign; });
  }
  var traces = [
    { type: "bar", name: "Verbal cooperation", x: x, y: series("quad1", 1), marker: { color: "#93c5fd" } },
    { type: "bar", name: "Material cooperation", x: x, y: series("quad2", 1), marker: { color: "#15803d" } },
    { type: "bar", name: "Verbal conflict", x: x, y: series("quad3", -1), marker: { color: "#fbbf24" } },
    { type: "bar", name: "Material conflict", x: x, y: series("quad4", -1), marker: { color: "#b91c1c" } }
  ];
  // The index line: the same -9..+9 scale the verdicts use, on a fixed axis with a zero
  // line; periods without counted events are gaps. Both axes are symmetric around zero, so
  // the bars' zero and the index's zero are the same line.
  var range = data.scale_range || [-9, 9];
  if (data.scale && data.scale.some(function (v) { return v !== null && v !== undefined; })) {
    traces.push({ type: "scatter", mode: "lines+markers", name: "Index (−9…+9)", x: x,
                  y: data.scale, yaxis: "y2", connectgaps: false,
                  line: { color: "#14213d", width: 2 }, marker: { size: 5 },
                  hovertemplate: "index %{y:+.2f}<extra></extra>" });
  }
  var top = 1;
  x.forEach(function (_, i) {
    var up = (data.quad1[i] || 0) + (data.quad2[i] || 0);
    var down = (data.quad3[i] || 0) + (data.quad4[i] || 0);
    top = Math.max(top, up, down);
  });
  top = Math.ceil(top * 1.1);
  var layout = {
    barmode: "relative", margin: { l: 50, r: 50, t: 10, b: 40 }, height: 420,
    legend: { orientation: "h", y: -0.15 }, hovermode: "x unified",
    xaxis: { type: "date" },
    yaxis: { title: { text: "events" }, range: [-top, top], zeroline: true,
             zerolinecolor: "#9ca3af", rangemode: "normal" },
    yaxis2: { title: { text: "index (−9 confrontation … +9 friendly)" }, overlaying: "y",
              side: "right", showgrid: false, range: range, tickmode: "array",
              tickvals: [-9, -6, -3, 0, 3, 6, 9], ticktext: ["−9", "−6", "−3", "0", "+3", "+6", "+9"],
              zeroline: true, zerolinecolor: "#14213d", zerolinewidth: 1 },
    paper_bgcolor: "#fff", plot_bgcolor: "#fff",
    font: { family: "-apple-system, Segoe UI, Helvetica Neue, Arial, DejaVu Sans, sans-serif", size: 12 }
  };
  window.Plotly.newPlot(chartEl, traces, layout, { displaylogo: false, responsive: true,
                                                   modeBarButtonsToRemove: ["select2d", "lasso2d"] });

  // Clicking a bar lists that period's events.
  chartEl.on("plotly_click", function (ev) {
    if (!ev.points || !ev.points.length) return;
    var i = ev.points[0].pointIndex;
    var start = (data.period_start || [])[i], end = (data.period_end || [])[i];
    if (!start) return;
    var params = new URLSearchParams(window.location.search);
    params.set("from", String(start).slice(0, 10));
    if (end) params.set("to", String(end).slice(0, 10)); else params.delete("to");
    params.delete("page");
    window.location.assign(window.location.pathname + "?" + params.toString() + "#timeline");
  });
})();
