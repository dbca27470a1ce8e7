// The map and the timeline beside the network: where and when, each a filter on the network.
// Runs after browser.js, through window.text2kg; text only through textContent.
(function () {
  "use strict";
  var started = performance.now();
  var t = window.text2kg, data = t.data, el = t.el;
  var SVG = "http://www.w3.org/2000/svg";
  var showAll = document.getElementById("show-all");

  function neighbours(id) {
    var found = [id];
    data.edges.forEach(function (e) {
      if (e.source === id) found.push(e.target); else if (e.target === id) found.push(e.source);
    });
    return found;
  }
  function mark(selector, on) {
    document.querySelectorAll(selector).forEach(function (x) { x.classList.toggle("on", x === on); });
  }
  function filter(ids, on, selector) {
    mark(".place, .year", null);
    if (on) on.classList.add("on");
    t.only(ids);
    t.network.fit({ animation: false });
    showAll.hidden = !ids;
  }
  showAll.addEventListener("click", function () { filter(null); });

  // the map: the world's land (equirectangular: x = longitude, y = -latitude) and places by mentions
  var map = document.getElementById("map");
  var land = document.createElementNS(SVG, "path");
  land.setAttribute("class", "land");
  land.setAttribute("d", document.getElementById("world").textContent.trim());
  map.appendChild(land);
  var places = data.nodes.filter(function (n) { return n.point; });
  var most = Math.max.apply(null, places.map(function (n) { return n.mentions; }).concat([1]));
  places.sort(function (a, b) { return b.mentions - a.mentions; });  // small circles on top
  // the view: the places' extent with a margin (at least 60 x 30 degrees), or the world
  var lons = places.map(function (n) { return n.point[1]; }), lats = places.map(function (n) { return n.point[0]; });
  var box = [-180, -90, 360, 180];
  if (places.length) {
    var west = Math.min.apply(null, lons), east = Math.max.apply(null, lons);
    var north = Math.max.apply(null, lats), south = Math.min.apply(null, lats);
    var width = Math.min(360, Math.max(60, (east - west) * 1.2 + 10, ((north - south) * 1.2 + 10) * 2));
    var height = width / 2;
    var x = Math.max(-180, Math.min(180 - width, (west + east - width) / 2));
    var y = Math.max(-90, Math.min(90 - height, -(north + south + height) / 2));
    box = [x, y, width, height];
  }
  map.setAttribute("viewBox", box.map(function (v) { return v.toFixed(1); }).join(" "));
  var unit = box[2] / 360;  // degrees per world-map degree: circles keep their size on screen
  places.forEach(function (n) {
    var c = document.createElementNS(SVG, "circle");
    c.setAttribute("class", "place");
    c.setAttribute("cx", n.point[1]);
    c.setAttribute("cy", -n.point[0]);
    c.setAttribute("r", (unit * (1 + 3 * Math.sqrt(n.mentions / most))).toFixed(2));
    c.setAttribute("data-id", n.id);
    var tip = document.createElementNS(SVG, "title");
    tip.textContent = n.label + " (" + n.mentions + " mention(s))";
    c.appendChild(tip);
    c.addEventListener("click", function () {
      filter(neighbours(n.id), c, ".place");
      t.network.selectNodes([n.id]);
      t.select({ nodes: [n.id], edges: [] });
    });
    map.appendChild(c);
  });

  // the timeline: per year, the entities a fact dates (a period counts at its start and its end)
  var years = {};
  data.nodes.forEach(function (n) {
    (n.dates || []).forEach(function (d) {
      String(d.value).split("/").forEach(function (part) {
        var year = part.slice(0, 4);
        if (!/^\d{4}$/.test(year)) return;
        years[year] = years[year] || [];
        if (years[year].indexOf(n) < 0) years[year].push(n);
      });
    });
  });
  var order = Object.keys(years).sort();
  var tallest = Math.max.apply(null, order.map(function (y) { return years[y].length; }).concat([1]));
  var row = document.getElementById("years");
  if (!order.length) row.appendChild(el("p", "No dated facts."));
  order.forEach(function (year) {
    var nodes = years[year];
    var button = el("button", null, "year");
    button.type = "button";
    button.title = year + ": " + nodes.length + " dated";
    button.setAttribute("data-year", year);
    var bar = el("div", null, "bar");
    bar.style.height = Math.round(10 + 120 * nodes.length / tallest) + "px";
    button.appendChild(el("span", nodes.length));
    button.appendChild(bar);
    button.appendChild(el("span", year));
    button.addEventListener("click", function () { showYear(year, nodes, button); });
    row.appendChild(button);
  });
  function showYear(year, nodes, button) {
    filter(nodes.map(function (n) { return n.id; }), button, ".year");
    t.network.unselectAll();
    var panel = document.getElementById("info");
    panel.textContent = "";
    panel.appendChild(el("h2", year));
    panel.appendChild(el("div", nodes.length + " entities dated this year", "type"));
    nodes.forEach(function (n) { t.showNode(n, panel); });
  }
  t.mapDrawn = performance.now() - started;
})();
