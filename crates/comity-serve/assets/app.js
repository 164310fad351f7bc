// comity dashboard. Plain JavaScript, no build step. Text from articles is untrusted: it is only
// ever placed with textContent / createTextNode, never parsed as HTML.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const view = document.getElementById("view");

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "onclick") e.addEventListener("click", v);
    else if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = String(text);
  return e;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function show(...nodes) {
  view.replaceChildren(...nodes);
}

function fail(e) {
  show(el("p", { class: "conf", "data-testid": "error" }, "Error: " + e.message));
}

function quadClass(q) {
  return q <= 2 ? "coop" : "conf";
}

function setNav(name) {
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.nav === name);
}

// ---------------------------------------------------------------- network
function layout(nodes, edges, w, h) {
  // Fruchterman-Reingold from fixed starting positions on a circle: the same data gives the
  // same picture.
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({ x: w / 2 + (w / 3) * Math.cos((2 * Math.PI * i) / n), y: h / 2 + (h / 3) * Math.sin((2 * Math.PI * i) / n) }));
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const k = Math.sqrt((w * h) / Math.max(n, 1)) * 0.6;
  let t = w / 8;
  for (let iter = 0; iter < 250; iter++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (k * k) / d;
        disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
        disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
      }
    for (const e of edges) {
      const a = index.get(e.source), b = index.get(e.target);
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (d * d) / k;
      disp[a].x -= (dx / d) * f; disp[a].y -= (dy / d) * f;
      disp[b].x += (dx / d) * f; disp[b].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
      pos[i].x = Math.min(w - 30, Math.max(30, pos[i].x + (disp[i].x / d) * Math.min(d, t)));
      pos[i].y = Math.min(h - 20, Math.max(20, pos[i].y + (disp[i].y / d) * Math.min(d, t)));
    }
    t *= 0.97;
  }
  return pos;
}

async function networkView() {
  setNav("network");
  const g = await api("/api/network?limit=40");
  const w = 900, h = 560;
  const pos = layout(g.nodes, g.edges, w, h);
  const index = new Map(g.nodes.map((d, i) => [d.id, i]));
  const s = svg("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, "data-testid": "network" });
  const maxM = Math.max(1, ...g.edges.map((e) => e.mentions));
  for (const e of g.edges) {
    const a = pos[index.get(e.source)], b = pos[index.get(e.target)];
    const coop = e.cooperation >= e.conflict;
    const line = svg("line", {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge", "data-edge": `${e.source}-${e.target}`,
      stroke: coop ? "#2e7d32" : "#c62828", "stroke-opacity": 0.7,
      "stroke-width": 1 + 7 * Math.sqrt(e.mentions / maxM),
    });
    line.appendChild(svg("title", {}, `${e.source} → ${e.target}: ${e.events} events, ${e.cooperation} cooperative, ${e.conflict} conflictual`));
    line.addEventListener("click", () => (location.hash = `#/dyad/${e.source}/${e.target}`));
    s.appendChild(line);
  }
  const maxN = Math.max(1, ...g.nodes.map((d) => d.mentions));
  g.nodes.forEach((d, i) => {
    const grp = svg("g", { class: "node", "data-node": d.id });
    grp.appendChild(svg("circle", { cx: pos[i].x, cy: pos[i].y, r: 5 + 12 * Math.sqrt(d.mentions / maxN) }));
    grp.appendChild(svg("text", { x: pos[i].x + 10, y: pos[i].y + 4 }, d.id));
    grp.addEventListener("click", () => (location.hash = `#/allies/${d.id}`));
    s.appendChild(grp);
  });
  const list = el("table", { "data-testid": "edges" }, el("tr", {}, el("th", {}, "from"), el("th", {}, "to"), el("th", { class: "num" }, "events"), el("th", { class: "num" }, "cooperative"), el("th", { class: "num" }, "conflictual")));
  for (const e of [...g.edges].sort((x, y) => y.mentions - x.mentions).slice(0, 30)) {
    list.appendChild(el("tr", { class: "click", "data-dyad": `${e.source}-${e.target}`, onclick: () => (location.hash = `#/dyad/${e.source}/${e.target}`) },
      el("td", {}, e.source), el("td", {}, e.target), el("td", { class: "num" }, e.events), el("td", { class: "num coop" }, e.cooperation), el("td", { class: "num conf" }, e.conflict)));
  }
  show(el("h1", {}, "Actor network"),
    el("p", { class: "legend muted" }, el("span", { class: "coop" }, "— cooperation"), el("span", { class: "conf" }, "— conflict"), el("span", {}, "thickness: mentions; click an actor for its allies, a line for the relationship")),
    s, el("h2", {}, "Strongest relationships"), list);
}

// ---------------------------------------------------------------- allies
async function alliesView(actor) {
  setNav("allies");
  const [a, r] = await Promise.all([api(`/api/allies/${encodeURIComponent(actor)}?evidence=2`), api(`/api/rivals/${encodeURIComponent(actor)}?evidence=1`)]);
  const table = (rows, testid) => {
    const t = el("table", { "data-testid": testid }, el("tr", {}, el("th", {}, "#"), el("th", {}, "partner"), el("th", { class: "num" }, "score"), el("th", { class: "num" }, "events"), el("th", {}, "evidence")));
    rows.forEach((p, i) => {
      const ev = el("div", {});
      for (const e of p.evidence) ev.appendChild(el("div", { class: "muted" }, `${e.weight > 0 ? "+" : ""}${e.weight} ${e.source} ${e.code} ${e.target || "-"} (${e.modality}): `, el("span", {}, e.sentence)));
      t.appendChild(el("tr", { class: "click", "data-partner": p.partner, onclick: () => (location.hash = `#/dyad/${actor}/${p.partner}`) },
        el("td", {}, i + 1), el("td", {}, p.partner), el("td", { class: "num " + (p.score >= 0 ? "coop" : "conf") }, p.score.toFixed(2)), el("td", { class: "num" }, p.events), el("td", {}, ev)));
    });
    return t;
  };
  const form = el("form", { class: "filters" }, el("input", { name: "actor", value: actor, "aria-label": "actor code" }), el("button", {}, "Show"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = `#/allies/${form.actor.value.trim().toUpperCase()}`; });
  show(el("h1", {}, `Allies of ${actor}`), form,
    el("p", { class: "muted" }, "Score: material cooperation +3, verbal cooperation +1, verbal conflict −1, material conflict −3 per merged event, weighted by modality and by the number of articles reporting it."),
    table(a.partners, "allies"), el("h2", {}, "Rivals"), table(r.partners, "rivals"));
}

// ---------------------------------------------------------------- dyad
async function dyadView(a, b) {
  setNav("");
  const d = await api(`/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
  const w = 900, h = 220, pad = 30;
  const s = svg("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, "data-testid": "timeline" });
  const ps = d.periods;
  const maxAbs = Math.max(1, ...ps.map((p) => Math.abs(p.score)));
  const bw = ps.length ? Math.min(60, (w - 2 * pad) / ps.length - 4) : 0;
  const mid = h / 2;
  s.appendChild(svg("line", { x1: pad, y1: mid, x2: w - pad, y2: mid, stroke: "#999" }));
  ps.forEach((p, i) => {
    const x = pad + i * (bw + 4);
    const bh = (Math.abs(p.score) / maxAbs) * (h / 2 - pad);
    const r = svg("rect", { x, y: p.score >= 0 ? mid - bh : mid, width: bw, height: Math.max(bh, 1), fill: p.score >= 0 ? "#2e7d32" : "#c62828", "data-period": p.period });
    r.appendChild(svg("title", {}, `${p.period}: ${p.events} events, score ${p.score}`));
    s.appendChild(r);
    s.appendChild(svg("text", { x: x, y: h - 6, "font-size": 10 }, p.period));
  });
  const t = el("table", { "data-testid": "dyad-events" }, el("tr", {}, el("th", {}, "date"), el("th", {}, "source"), el("th", {}, "code"), el("th", {}, "target"), el("th", { class: "num" }, "mentions"), el("th", {}, "sentence")));
  for (const e of d.events) {
    t.appendChild(el("tr", { class: "click", "data-event": e.cluster, onclick: () => (location.hash = `#/event/${e.cluster}`) },
      el("td", {}, e.date || "-"), el("td", {}, e.source), el("td", { class: quadClass(e.quad_class) }, e.code), el("td", {}, e.target || "-"), el("td", { class: "num" }, e.mentions), el("td", {}, e.sentence)));
  }
  const flows = await api(`/api/flows/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
  const fl = el("ul", { "data-testid": "flows" });
  for (const [dir, goods] of Object.entries(flows.directions)) fl.appendChild(el("li", {}, `${dir.replace(">", " → ")}: ${Object.entries(goods).map(([g, n]) => `${g} (${n})`).join(", ")}`));
  show(el("h1", {}, `${a} and ${b}`), s, el("h2", {}, "Flows"), fl, el("h2", {}, "Events"), t);
}

// ---------------------------------------------------------------- one event
function highlight(sentence, marks) {
  // Offsets are UTF-8 byte offsets into the sentence.
  const bytes = new TextEncoder().encode(sentence);
  const dec = new TextDecoder();
  const spans = marks.filter((m) => m.at && m.at[0] >= 0 && m.at[1] <= bytes.length && m.at[0] < m.at[1]).sort((x, y) => x.at[0] - y.at[0]);
  const out = el("p", { class: "sentence", "data-testid": "sentence" });
  let pos = 0;
  for (const m of spans) {
    if (m.at[0] < pos) continue;
    out.appendChild(document.createTextNode(dec.decode(bytes.slice(pos, m.at[0]))));
    out.appendChild(el("mark", { class: m.cls }, dec.decode(bytes.slice(m.at[0], m.at[1]))));
    pos = m.at[1];
  }
  out.appendChild(document.createTextNode(dec.decode(bytes.slice(pos))));
  return out;
}

async function eventView(id) {
  setNav("events");
  const d = await api(`/api/events/${encodeURIComponent(id)}`);
  const cards = d.mentions.map((m) =>
    el("div", { class: "card" },
      el("div", { class: "muted" }, `${m.date || "-"} · ${m.article} · ${m.source} ${m.code} ${m.target || "-"} · ${m.modality}${m.attributed_to ? " · according to " + m.attributed_to : ""}`),
      highlight(m.sentence, [{ at: m.source_at, cls: "src" }, { at: m.target_at, cls: "tgt" }, { at: m.trigger_at, cls: "verb" }])));
  show(el("h1", {}, `Event ${id}: ${d.mentions.length} mention(s)`), el("p", { class: "legend" }, el("mark", { class: "src" }, "source"), " ", el("mark", { class: "tgt" }, "target"), " ", el("mark", { class: "verb" }, "verb")), ...cards);
}

// ---------------------------------------------------------------- events
async function eventsView(params) {
  setNav("events");
  const q = new URLSearchParams(params);
  const d = await api(`/api/events?${q}&limit=100`);
  const form = el("form", { class: "filters" },
    el("input", { name: "actor", placeholder: "actor (RUS)", value: q.get("actor") || "" }),
    el("input", { name: "code", placeholder: "code (07)", value: q.get("code") || "" }),
    el("input", { name: "text", placeholder: "words", value: q.get("text") || "" }),
    el("button", {}, "Filter"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const k of ["actor", "code", "text"]) if (form[k].value.trim()) p.set(k, form[k].value.trim());
    location.hash = `#/events?${p}`;
  });
  const t = el("table", { "data-testid": "events" }, el("tr", {}, el("th", {}, "date"), el("th", {}, "source"), el("th", {}, "code"), el("th", {}, "target"), el("th", { class: "num" }, "mentions"), el("th", {}, "modality"), el("th", {}, "sentence")));
  for (const e of d.events) {
    t.appendChild(el("tr", { class: "click", "data-event": e.cluster, onclick: () => (location.hash = `#/event/${e.cluster}`) },
      el("td", {}, e.date || "-"), el("td", {}, e.source), el("td", { class: quadClass(e.quad_class) }, e.code), el("td", {}, e.target || "-"), el("td", { class: "num" }, e.mentions), el("td", {}, e.modality), el("td", {}, e.sentence)));
  }
  show(el("h1", {}, "Events"), form, t);
}

// ---------------------------------------------------------------- quotes
async function quotesView() {
  setNav("quotes");
  const d = await api("/api/quotes?limit=300");
  const by = new Map();
  for (const q of d.quotes) {
    const k = q.speaker || "unknown speaker";
    if (!by.has(k)) by.set(k, []);
    by.get(k).push(q);
  }
  const blocks = [...by.entries()].sort((a, b) => b[1].length - a[1].length).map(([speaker, qs]) => {
    const first = qs[0];
    const role = [first.title, first.organization].filter(Boolean).join(", ");
    return el("div", { class: "card", "data-speaker": speaker }, el("h2", {}, speaker, role ? el("span", { class: "muted" }, ` (${role})`) : null),
      ...qs.map((q) => el("p", {}, el("span", { class: "muted" }, `${q.date || "-"} ${q.kind === "direct" ? "said" : q.cue || "reported"}: `), el("span", {}, `“${q.text}”`))));
  });
  show(el("h1", {}, "Quotes by speaker"), ...blocks);
}

// ---------------------------------------------------------------- map
async function mapView() {
  setNav("map");
  const d = await api("/api/places?limit=300");
  const w = 900, h = 450;
  const s = svg("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, "data-testid": "map" });
  for (let lon = -180; lon <= 180; lon += 30) s.appendChild(svg("line", { x1: ((lon + 180) / 360) * w, y1: 0, x2: ((lon + 180) / 360) * w, y2: h, stroke: "#eef1f4" }));
  for (let lat = -90; lat <= 90; lat += 30) s.appendChild(svg("line", { x1: 0, y1: ((90 - lat) / 180) * h, x2: w, y2: ((90 - lat) / 180) * h, stroke: "#eef1f4" }));
  const max = Math.max(1, ...d.places.map((p) => p.mentions));
  for (const p of d.places) {
    if (p.lat === null || p.lon === null) continue;
    const c = svg("circle", { cx: ((p.lon + 180) / 360) * w, cy: ((90 - p.lat) / 180) * h, r: 3 + 10 * Math.sqrt(p.mentions / max), fill: "#3b5b89", "fill-opacity": 0.6, "data-place": p.name });
    c.appendChild(svg("title", {}, `${p.name} (${p.country}, ${p.kind}): ${p.mentions}`));
    s.appendChild(c);
  }
  const t = el("table", {}, el("tr", {}, el("th", {}, "place"), el("th", {}, "country"), el("th", {}, "kind"), el("th", { class: "num" }, "mentions")));
  for (const p of d.places.slice(0, 50)) t.appendChild(el("tr", {}, el("td", {}, p.name), el("td", {}, p.country), el("td", {}, p.kind), el("td", { class: "num" }, p.mentions)));
  show(el("h1", {}, "Places"), s, t);
}

// ---------------------------------------------------------------- routing
async function route() {
  const h = decodeURIComponent(location.hash.replace(/^#/, "")) || "/";
  const [path, query] = h.split("?");
  const parts = path.split("/").filter(Boolean);
  try {
    if (parts.length === 0) await networkView();
    else if (parts[0] === "allies" && parts[1]) await alliesView(parts[1]);
    else if (parts[0] === "dyad" && parts[2]) await dyadView(parts[1], parts[2]);
    else if (parts[0] === "event" && parts[1]) await eventView(parts[1]);
    else if (parts[0] === "events") await eventsView(query || "");
    else if (parts[0] === "quotes") await quotesView();
    else if (parts[0] === "map") await mapView();
    else show(el("p", {}, "No such page."));
  } catch (e) {
    fail(e);
  }
  document.body.dataset.ready = h;
}

window.addEventListener("hashchange", route);
api("/api/status").then((s) => { document.getElementById("status").textContent = `${s.stats.articles} articles · ${s.stats.events} events`; }).catch(() => {});
route();
