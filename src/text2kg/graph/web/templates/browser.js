// The text2kg graph browser: data from the JSON block, text only through textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var state = { types: {}, minDegree: 0, only: null };
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  data.types.forEach(function (t) { state.types[t.name] = true; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var style = data.styles[n.type];
    return { id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, shape: style.shape,
             color: style.color, font: { size: 12 } };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var typed = e.relations.length > 0;
    return { id: i, from: e.source, to: e.target, label: typed ? e.relations[0].type : undefined,
             dashes: !typed, width: typed ? 2 : Math.min(1 + e.co_mentions / 2, 4),
             color: { color: typed ? "#555" : "#bbb" }, font: { size: 10, color: "#444" } };
  }));
  var nodeView = new vis.DataView(nodes, { filter: function (n) {
    var d = byId[n.id]; return state.types[d.type] && d.degree >= state.minDegree && (!state.only || state.only[n.id]); } });
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodeView, edges: edges }, {
    physics: data.physics ? { stabilization: { iterations: 150 } } : false,
    interaction: { hover: true, tooltipDelay: 200 },
    edges: { smooth: false },
    nodes: { borderWidth: 1 }
  });
  // only(ids): show just these entities (the map and the timeline filter so); only(null): all
  function only(ids) {
    state.only = null;
    if (ids) { state.only = {}; ids.forEach(function (id) { state.only[id] = true; }); }
    nodeView.refresh();
  }
  window.text2kg = { network: network, ready: false, data: data, select: select, showNode: showNode, only: only, el: el };
  network.once("afterDrawing", function () { window.text2kg.ready = true; });

  // summary, notice, legend, search
  document.getElementById("summary").textContent =
    data.nodes.length + " entities, " + data.edges.length + " links, from " + data.documents + " documents";
  if (data.notice) { var notice = document.getElementById("notice"); notice.hidden = false; notice.textContent = data.notice; }
  var legend = document.getElementById("legend");
  data.types.forEach(function (t) {
    var label = el("label"); var box = el("input"); box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { state.types[t.name] = box.checked; nodeView.refresh(); });
    var swatch = el("span", null, "swatch"); swatch.style.background = data.styles[t.name].color;
    label.appendChild(box); label.appendChild(swatch); label.appendChild(document.createTextNode(t.name + " (" + t.count + ")"));
    legend.appendChild(label);
  });
  var names = document.getElementById("names"), lookup = {};
  data.nodes.forEach(function (n) {
    [n.label].concat(n.aliases).forEach(function (name) {
      var key = name.toLowerCase(); if (!(key in lookup)) { lookup[key] = n.id; var o = el("option"); o.value = name; names.appendChild(o); }
    });
  });
  var search = document.getElementById("search");
  function find() {
    var id = lookup[search.value.trim().toLowerCase()];
    if (id === undefined) return;
    network.selectNodes([id]); network.focus(id, { scale: 1.2, animation: false }); select({ nodes: [id], edges: [] });
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") find(); });
  var degree = document.getElementById("degree");
  degree.max = String(Math.max(1, data.maxDegree));
  degree.addEventListener("input", function () {
    state.minDegree = Number(degree.value); document.getElementById("degree-value").textContent = degree.value; nodeView.refresh();
  });

  // the panel: what a node or an edge is, and the sentences behind it
  function evidenceList(items, panel) {
    items.slice(0, 20).forEach(function (ev) {
      panel.appendChild(el("blockquote", ev.sentence));
      panel.appendChild(el("div", ev.document, "doc"));
    });
  }
  function showEdge(e, panel) {
    var a = byId[e.source], b = byId[e.target];
    panel.appendChild(el("h2", a.label + " \u2014 " + b.label));
    e.relations.forEach(function (r) { panel.appendChild(el("div", r.type, "type")); evidenceList(r.evidence, panel); });
    if (e.co_mentions) {
      panel.appendChild(el("div", "named together in " + e.co_mentions + " sentence(s)", "type"));
      evidenceList(e.co_mention_evidence || [], panel);
    }
  }
  function select(params) {
    var panel = document.getElementById("info");
    panel.textContent = "";
    if (params.nodes && params.nodes.length) {
      showNode(byId[params.nodes[0]], panel);
    } else if (params.edges && params.edges.length) {
      showEdge(data.edges[params.edges[0]], panel);
    }
  }
  function showNode(n, panel) {
    panel.appendChild(el("h2", n.label));
    panel.appendChild(el("div", n.type + " \u00b7 " + n.mentions + " mention(s) in " + n.documents + " document(s)", "type"));
    if (n.aliases.length) panel.appendChild(el("div", "Also: " + n.aliases.join(", ")));
    if (n.dates) panel.appendChild(el("div", "Dated: " + n.dates.map(function (d) { return d.fact + " " + d.value; }).join(", ")));
    var list = el("ul");
    data.edges.forEach(function (e) {
      if (e.source !== n.id && e.target !== n.id) return;
      var other = byId[e.source === n.id ? e.target : e.source];
      var kinds = e.relations.map(function (r) { return r.type; });
      if (e.co_mentions) kinds.push("named together \u00d7" + e.co_mentions);
      var item = el("li", other.label + ": " + kinds.join(", "));
      list.appendChild(item);
    });
    panel.appendChild(list);
    data.edges.forEach(function (e) { if (e.source === n.id || e.target === n.id) showEdge(e, panel); });
  }
  network.on("click", select);
})();
