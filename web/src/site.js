// Small enhancements of server-rendered pages: search suggestions, the reader's fact marks,
// the neighbourhood graph, and the self-hosted API docs. Every page works without this script.

function $(sel, root = document) { return root.querySelector(sel); }
function $$(sel, root = document) { return Array.from(root.querySelectorAll(sel)); }
const lang = document.documentElement.lang.startsWith("en") ? "en" : "zh";

// ---- search suggestions (a combobox with a listbox) --------------------------------------------
let suggestCount = 0;
function suggest(input) {
  const id = `suggest-${++suggestCount}`;
  const list = document.createElement("ul");
  list.id = id; list.className = "suggest"; list.setAttribute("role", "listbox"); list.hidden = true;
  input.setAttribute("role", "combobox"); input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", id); input.setAttribute("aria-expanded", "false");
  input.parentElement.style.position = "relative";
  input.insertAdjacentElement("afterend", list);
  let active = -1, timer = null, seq = 0;
  const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; };
  const show = (items) => {
    list.innerHTML = "";
    items.forEach((e, i) => {
      const li = document.createElement("li");
      li.id = `${id}-${i}`; li.setAttribute("role", "option");
      const a = document.createElement("a");
      a.href = "/id/" + e.id; a.tabIndex = -1;
      const zh = document.createElement("span"); zh.lang = "zh-Hans"; zh.textContent = e.labels.zh;
      a.append(zh);
      const extra = [e.labels.en, e.labels.pinyin].filter(Boolean).join(" · ");
      if (extra) { const s = document.createElement("small"); s.textContent = " " + extra; a.append(s); }
      li.append(a); list.append(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
  };
  const mark = () => $$("li", list).forEach((li, i) => {
    li.setAttribute("aria-selected", String(i === active));
    if (i === active) input.setAttribute("aria-activedescendant", li.id);
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const r = await fetch("/api/search?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } });
        if (!r.ok || mine !== seq) return;
        show((await r.json()).items);
      } catch (e) { /* offline: the form still submits */ }
    }, 120);
  });
  input.addEventListener("keydown", (ev) => {
    const items = $$("li", list);
    if (list.hidden || !items.length) return;
    if (ev.key === "ArrowDown") { active = (active + 1) % items.length; mark(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = (active - 1 + items.length) % items.length; mark(); ev.preventDefault(); }
    else if (ev.key === "Escape") { close(); }
    else if (ev.key === "Enter" && active >= 0) { ev.preventDefault(); location.href = $("a", items[active]).href; }
  });
  input.addEventListener("blur", () => setTimeout(close, 200));
}
$$("input[data-suggest]").forEach(suggest);

// ---- report reader ------------------------------------------------------------------------------
$$("[data-toggle]").forEach((box) => box.addEventListener("change", () =>
  document.body.classList.toggle(box.dataset.toggle, !box.checked)));

function openFacts(markEl) {
  const section = markEl.closest("section.p");
  if (!section) return;
  const details = $("details.facts-here", section);
  if (!details) return;
  details.open = true;
  const ids = (markEl.dataset.facts || "").split(" ");
  $$("li", details).forEach((li) => li.classList.toggle("hit", ids.includes(li.dataset.fact)));
  $$("mark.chosen").forEach((m) => m.classList.remove("chosen"));
  markEl.classList.add("chosen");
  const first = $("li.hit a", details);
  if (first) first.focus({ preventScroll: true });
  details.scrollIntoView({ block: "nearest", behavior: "smooth" });
}
$$("article.report mark[data-facts]").forEach((m) => {
  m.addEventListener("click", (ev) => { if (!ev.target.closest("a")) openFacts(m); });
  m.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); openFacts(m); } });
});
if (location.hash && /^#p\d+$/.test(location.hash)) {
  const p = document.getElementById(location.hash.slice(1));
  if (p) p.classList.add("target");
}

// ---- evidence: opening a quote scrolls its marked span into view -------------------------------
$$("details.evidence").forEach((d) => d.addEventListener("toggle", () => {
  if (!d.open) return;
  const m = $("mark.focus", d);
  if (m) m.scrollIntoView({ block: "nearest" });
}));

// ---- the neighbourhood graph: a small force layout in SVG --------------------------------------
const SVGNS = "http://www.w3.org/2000/svg";
const COLOURS = { place: "#1e88e5", zone: "#00897b", project: "#fb8c00", org: "#8e24aa", industry: "#43a047",
                  event: "#e53935", programme: "#6d4c41", brand: "#c0ca33", indicator: "#546e7a" };
function el(name, attrs = {}, parent) {
  const e = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (parent) parent.append(e);
  return e;
}
function graph(fig) {
  const data = JSON.parse($("script.graph-data", fig).textContent);
  const svg = $("svg", fig);
  const W = 640, H = 420;
  const nodes = data.nodes.map((n, i) => ({ ...n, x: W / 2 + (n.centre ? 0 : 160 * Math.cos(i * 2.4)),
                                             y: H / 2 + (n.centre ? 0 : 140 * Math.sin(i * 2.4)), vx: 0, vy: 0 }));
  const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
  const edges = data.edges.filter((e) => byId[e.source] && byId[e.target]);
  const gEdges = el("g", { class: "edges" }, svg), gNodes = el("g", { class: "nodes" }, svg);
  const lines = edges.map((e) => { const l = el("line", {}, gEdges); const tt = el("title", {}, l); tt.textContent = e.label; return l; });
  const tags = edges.map((e) => { const x = el("text", { class: "edge-label", "text-anchor": "middle" }, gEdges); x.textContent = e.label; return x; });
  let dragging = null;
  const groups = nodes.map((n) => {
    const a = el("a", { href: n.href, class: n.centre ? "node centre" : "node" }, gNodes);
    a.setAttribute("aria-label", n.label);
    el("circle", { r: n.centre ? 11 : 7, fill: COLOURS[n.kind] || "#777" }, a);
    const text = el("text", { x: 12, y: 4 }, a); text.textContent = n.label.length > 14 ? n.label.slice(0, 13) + "…" : n.label;
    const tt = el("title", {}, a); tt.textContent = n.label;
    a.addEventListener("pointerdown", (ev) => { dragging = { n, moved: false }; a.setPointerCapture(ev.pointerId); });
    a.addEventListener("click", (ev) => { if (dragging && dragging.moved) ev.preventDefault(); dragging = null; });
    return a;
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!dragging) return;
    const pt = svg.createSVGPoint(); pt.x = ev.clientX; pt.y = ev.clientY;
    const p = pt.matrixTransform(svg.getScreenCTM().inverse());
    dragging.n.x = p.x; dragging.n.y = p.y; dragging.n.fixed = true; dragging.moved = true; draw(); heat = Math.max(heat, 0.3); run();
  });
  svg.addEventListener("pointerup", () => { if (dragging && !dragging.moved) dragging = null; });
  function draw() {
    edges.forEach((e, i) => {
      const a = byId[e.source], b = byId[e.target];
      lines[i].setAttribute("x1", a.x.toFixed(1)); lines[i].setAttribute("y1", a.y.toFixed(1));
      lines[i].setAttribute("x2", b.x.toFixed(1)); lines[i].setAttribute("y2", b.y.toFixed(1));
      tags[i].setAttribute("x", ((a.x + b.x) / 2).toFixed(1)); tags[i].setAttribute("y", ((a.y + b.y) / 2 - 3).toFixed(1));
    });
    nodes.forEach((n, i) => groups[i].setAttribute("transform", `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`));
  }
  let heat = 1, running = false;
  function step() {
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i], b = nodes[j];
      let dx = a.x - b.x, dy = a.y - b.y; const d2 = Math.max(dx * dx + dy * dy, 25);
      const f = 1800 / d2; const d = Math.sqrt(d2); dx /= d; dy /= d;
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const e of edges) {
      const a = byId[e.source], b = byId[e.target];
      const dx = b.x - a.x, dy = b.y - a.y; const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - 110) * 0.02;
      a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.004; n.vy += (H / 2 - n.y) * 0.004;
      if (n.centre && !n.fixed) { n.x = W / 2; n.y = H / 2; n.vx = n.vy = 0; continue; }
      if (n.fixed) { n.vx = n.vy = 0; continue; }
      n.x = Math.min(W - 60, Math.max(12, n.x + n.vx * heat)); n.y = Math.min(H - 12, Math.max(12, n.y + n.vy * heat));
      n.vx *= 0.5; n.vy *= 0.5;
    }
    heat *= 0.97;
  }
  function run() {
    if (running) return; running = true;
    const tick = () => { step(); draw(); if (heat > 0.02) requestAnimationFrame(tick); else running = false; };
    requestAnimationFrame(tick);
  }
  const reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  if (reduce) { for (let i = 0; i < 200; i++) step(); draw(); } else { draw(); run(); }
}
$$("[data-graph]").forEach(graph);

// ---- self-hosted Swagger UI ---------------------------------------------------------------------
const swagger = $("#swagger-ui");
if (swagger) {
  window.addEventListener("load", () => {
    if (!window.SwaggerUIBundle) return;
    window.SwaggerUIBundle({ url: swagger.dataset.openapi, dom_id: "#swagger-ui", validatorUrl: null,
                             deepLinking: true, presets: [window.SwaggerUIBundle.presets.apis], layout: "BaseLayout",
                             defaultModelsExpandDepth: -1 });
  });
}
