// comity dashboard. Plain JavaScript over vendored d3 modules and topojson-client (see
// vendor/README.md), no build step. Text from articles is untrusted: it is only ever placed with
// textContent / createTextNode (or d3's .text()), never parsed as HTML.
//
// Every view is a route of the URL's hash, with its state in the hash's query: `#/events?text=gas
// &since=2025-03-01&offset=50` reproduces that page of that search over that period. The date
// range (since, until) is kept across views.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const view = document.getElementById("view");
const rangeForm = document.getElementById("range");
const COOP = "#2e7d32", CONF = "#c62828", NEUTRAL = "#e6e9ed", SELF = "#3b5b89";

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "onclick") e.addEventListener("click", v);
    else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, String(v));
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

// A link (hash) to `path` with the query `params` (an object or URLSearchParams); empty values
// are left out.
function href(path, params) {
  const p = new URLSearchParams();
  for (const [k, v] of params instanceof URLSearchParams ? params.entries() : Object.entries(params || {}))
    if (v !== null && v !== undefined && String(v) !== "") p.set(k, v);
  const q = p.toString();
  return `#${path}${q ? "?" + q : ""}`;
}

// The current date range, from the URL.
let current = new URLSearchParams();
function range() {
  return { since: current.get("since") || "", until: current.get("until") || "" };
}

// A query string for the API: the given parameters and the date range.
function apiQuery(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...range(), ...params })) if (v !== null && v !== undefined && String(v) !== "") p.set(k, v);
  return p.toString();
}

// A page's `<a>` that keeps the date range.
function link(path, params, ...children) {
  return el("a", { href: href(path, { ...params, ...range() }) }, ...children);
}

// Only http(s) URLs from articles become links.
function safeUrl(u) {
  return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null;
}

function rangeNote() {
  const { since, until } = range();
  if (!since && !until) return "all dates";
  return `${since || "…"} to ${until || "…"}`;
}

// Previous / next links for a page of `shown` rows at `offset` out of `total`.
function pager(path, params, offset, limit, shown, total, exact) {
  const first = shown ? offset + 1 : 0;
  const of = exact === false ? `at least ${total}` : `${total}`;
  const prev = offset > 0 ? el("a", { class: "button", "data-testid": "prev", href: href(path, { ...params, offset: Math.max(0, offset - limit) || "" }) }, "← previous") : el("span", { class: "button disabled" }, "← previous");
  const next = offset + shown < total ? el("a", { class: "button", "data-testid": "next", href: href(path, { ...params, offset: offset + limit }) }, "next →") : el("span", { class: "button disabled" }, "next →");
  return el("div", { class: "pager", "data-testid": "pager" }, prev, el("span", { class: "muted" }, `rows ${first}–${offset + shown} of ${of}`), next);
}

// ---------------------------------------------------------------- network
async function networkView(params) {
  setNav("network");
  const asked = parseInt(params.get("min") || "", 10);
  const limit = Math.min(300, Math.max(2, parseInt(params.get("limit") || "40", 10) || 40));
  const g = await api(`/api/network?${apiQuery({ limit, min: asked > 0 ? asked : 1 })}`);
  const w = 1000, h = 620;
  // Unless a minimum is asked for, the smallest one that leaves at most MAX_PAIRS pairs drawn:
  // a dense store's network stays readable.
  const MAX_PAIRS = 80;
  const pairCount = (m) => new Set(g.edges.filter((e) => e.events >= m).map((e) => [e.source, e.target].sort().join("|"))).size;
  let min = asked > 0 ? asked : 1;
  if (!(asked > 0)) while (pairCount(min) > MAX_PAIRS) min++;
  const edges = g.edges.filter((e) => e.events >= min);

  // One link per pair of actors (both directions together): its width is the number of merged
  // events, its colour whether cooperation or conflict outweighs.
  const pairs = new Map();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join("|");
    const p = pairs.get(key) || { source: e.source, target: e.target, events: 0, mentions: 0, cooperation: 0, conflict: 0, dirs: [], strongest: e };
    p.events += e.events; p.mentions += e.mentions; p.cooperation += e.cooperation; p.conflict += e.conflict;
    p.dirs.push(e);
    if (e.events > p.strongest.events) p.strongest = e;
    pairs.set(key, p);
  }
  const links = [...pairs.values()].map((p) => ({ ...p, id: `${p.strongest.source}-${p.strongest.target}`, source: p.strongest.source, target: p.strongest.target }));
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodes = g.nodes.filter((n) => linked.has(n.id)).map((n) => ({ ...n }));
  const hidden = g.nodes.length - nodes.length;

  const maxN = Math.max(1, ...nodes.map((d) => d.mentions));
  const radius = (d) => 5 + 14 * Math.sqrt(d.mentions / maxN);
  const maxE = Math.max(1, ...links.map((e) => e.events));
  const width = (e) => 1.2 + 8 * Math.sqrt(e.events / maxE);

  // d3-force, run to rest before drawing: the same data gives the same picture.
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links.map((l) => ({ ...l }))).id((d) => d.id).distance(90).strength(0.4))
    .force("charge", d3.forceManyBody().strength(-420))
    .force("collide", d3.forceCollide((d) => radius(d) + 16))
    .force("x", d3.forceX(0).strength(0.06))
    .force("y", d3.forceY(0).strength(0.09))
    .stop();
  for (let i = 0; i < 400; i++) sim.tick();
  // Fit the layout in the picture, leaving room for labels.
  const xs = d3.extent(nodes, (d) => d.x), ys = d3.extent(nodes, (d) => d.y);
  const sx = d3.scaleLinear().domain(xs[0] === xs[1] ? [xs[0] - 1, xs[0] + 1] : xs).range([40, w - 90]);
  const sy = d3.scaleLinear().domain(ys[0] === ys[1] ? [ys[0] - 1, ys[0] + 1] : ys).range([30, h - 30]);
  const at = new Map(nodes.map((d) => [d.id, { x: sx(d.x), y: sy(d.y) }]));

  const s = d3.select(svg("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, "data-testid": "network" }));
  s.append("g").attr("class", "edges").selectAll("line").data(links).join("line")
    .attr("class", "edge").attr("data-edge", (e) => e.id).attr("data-events", (e) => e.events)
    .attr("x1", (e) => at.get(e.source).x).attr("y1", (e) => at.get(e.source).y)
    .attr("x2", (e) => at.get(e.target).x).attr("y2", (e) => at.get(e.target).y)
    .attr("stroke", (e) => (e.cooperation >= e.conflict ? COOP : CONF)).attr("stroke-opacity", 0.55)
    .attr("stroke-width", width)
    .on("click", (_, e) => (location.hash = href(`/dyad/${e.source}/${e.target}`, range())))
    .append("title").text((e) => e.dirs.map((d) => `${d.source} → ${d.target}: ${d.events} events (${d.cooperation} cooperative, ${d.conflict} conflictual)`).join("\n"));
  const node = s.append("g").attr("class", "nodes").selectAll("g").data(nodes).join("g")
    .attr("class", "node").attr("data-node", (d) => d.id)
    .on("click", (_, d) => (location.hash = href(`/allies/${d.id}`, range())));
  node.append("circle").attr("cx", (d) => at.get(d.id).x).attr("cy", (d) => at.get(d.id).y).attr("r", radius)
    .append("title").text((d) => `${d.id}: ${d.mentions} merged events`);
  // Labels last, above every line and circle, with a white halo.
  s.append("g").attr("class", "labels").selectAll("text").data(nodes).join("text")
    .attr("class", (d) => (d.mentions >= maxN / 3 ? "label major" : "label"))
    .attr("x", (d) => at.get(d.id).x + radius(d) + 3).attr("y", (d) => at.get(d.id).y + 4)
    .text((d) => d.id);

  const legend = el("div", { class: "legend", "data-testid": "legend" },
    el("span", {}, el("i", { class: "swatch line coop-bg" }), "cooperation outweighs"),
    el("span", {}, el("i", { class: "swatch line conf-bg" }), "conflict outweighs"),
    el("span", {}, "line width: merged events between the two"),
    el("span", {}, el("i", { class: "swatch dot" }), "circle: the actor's merged events"),
    el("span", { class: "muted" }, "click an actor for its allies, a line for the relationship"));

  const form = el("form", { class: "filters" },
    el("label", {}, "at least ", el("input", { name: "min", type: "number", min: 1, value: min, class: "small", "aria-label": "minimum events per link" }), " events per link"),
    el("label", {}, "top ", el("input", { name: "limit", type: "number", min: 2, max: 300, value: limit, class: "small", "aria-label": "actors" }), " actors"),
    el("button", {}, "Show"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = href("/", { ...range(), min: form.min.value, limit: form.limit.value });
  });

  const list = el("table", { "data-testid": "edges" }, el("tr", {}, el("th", {}, "from"), el("th", {}, "to"), el("th", { class: "num" }, "events"), el("th", { class: "num" }, "cooperative"), el("th", { class: "num" }, "conflictual")));
  for (const e of [...edges].sort((x, y) => y.events - x.events || y.mentions - x.mentions).slice(0, 30)) {
    list.appendChild(el("tr", { class: "click", "data-dyad": `${e.source}-${e.target}`, onclick: () => (location.hash = href(`/dyad/${e.source}/${e.target}`, range())) },
      el("td", {}, e.source), el("td", {}, e.target), el("td", { class: "num" }, e.events), el("td", { class: "num coop" }, e.cooperation), el("td", { class: "num conf" }, e.conflict)));
  }
  show(el("h1", {}, "Actor network"),
    el("p", { class: "muted", "data-testid": "summary" }, `${rangeNote()}: ${nodes.length} actors linked by ${links.length} pairs with at least ${min} merged event${min > 1 ? "s" : ""} one way` +
      (asked > 0 || min === 1 ? "" : ` (the least that leaves at most ${MAX_PAIRS} pairs; set it below)`) +
      (hidden ? ` (${hidden} of the top ${g.nodes.length} actors have no such link and are not drawn)` : "")),
    form, legend, s.node(), el("h2", {}, "Strongest relationships"), list);
}

// ---------------------------------------------------------------- allies
async function alliesView(actor) {
  setNav("allies");
  const a = encodeURIComponent(actor);
  const [al, r] = await Promise.all([api(`/api/allies/${a}?${apiQuery({ evidence: 2 })}`), api(`/api/rivals/${a}?${apiQuery({ evidence: 1 })}`)]);
  const table = (rows, testid) => {
    const t = el("table", { "data-testid": testid }, el("tr", {}, el("th", {}, "#"), el("th", {}, "partner"), el("th", { class: "num" }, "score"), el("th", { class: "num" }, "events"), el("th", {}, "evidence")));
    rows.forEach((p, i) => {
      const ev = el("div", {});
      for (const e of p.evidence) ev.appendChild(el("div", { class: "muted" }, `${e.date || "-"} ${e.weight > 0 ? "+" : ""}${e.weight} ${e.source} ${e.code} ${e.target || "-"} (${e.modality}): `, link(`/event/${e.event}`, {}, e.sentence)));
      t.appendChild(el("tr", { class: "click", "data-partner": p.partner, onclick: (ev) => { if (ev.target.tagName !== "A") location.hash = href(`/dyad/${actor}/${p.partner}`, range()); } },
        el("td", {}, i + 1), el("td", {}, p.partner), el("td", { class: "num " + (p.score >= 0 ? "coop" : "conf") }, p.score.toFixed(2)), el("td", { class: "num" }, p.events), el("td", {}, ev)));
    });
    return t;
  };
  const form = el("form", { class: "filters" }, el("input", { name: "actor", value: actor, "aria-label": "actor code" }), el("button", {}, "Show"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = href(`/allies/${form.actor.value.trim().toUpperCase()}`, range()); });
  show(el("h1", {}, `Allies of ${actor}`), form,
    el("p", { class: "muted" }, `${rangeNote()}. Score: material cooperation +3, verbal cooperation +1, verbal conflict −1, material conflict −3 per merged event, weighted by modality and by the number of articles reporting it. `, link("/map", { actor }, "On the map")),
    table(al.partners, "allies"), el("h2", {}, "Rivals"), table(r.partners, "rivals"));
}

// ---------------------------------------------------------------- dyad
const BUCKETS = {
  week: { parse: (p) => d3.utcParse("%Y-%m-%d")(p), next: (d) => d3.utcMonday.offset(d, 1), floor: (d) => d3.utcMonday.floor(d) },
  month: { parse: (p) => d3.utcParse("%Y-%m")(p), next: (d) => d3.utcMonth.offset(d, 1), floor: (d) => d3.utcMonth.floor(d) },
  year: { parse: (p) => d3.utcParse("%Y")(p), next: (d) => d3.utcYear.offset(d, 1), floor: (d) => d3.utcYear.floor(d) },
};

// Monthly periods summed into years.
function byYear(periods) {
  const out = new Map();
  for (const p of periods) {
    const k = p.period === "undated" ? "undated" : p.period.slice(0, 4);
    const y = out.get(k) || { period: k, events: 0, score: 0, goldstein: 0, a_to_b: 0, b_to_a: 0, quad: [0, 0, 0, 0] };
    y.events += p.events; y.score += p.score; y.goldstein += p.goldstein * p.events; y.a_to_b += p.a_to_b; y.b_to_a += p.b_to_a;
    p.quad.forEach((n, i) => (y.quad[i] += n));
    out.set(k, y);
  }
  return [...out.values()].map((y) => ({ ...y, score: Math.round(y.score * 100) / 100, goldstein: y.events ? Math.round((y.goldstein / y.events) * 100) / 100 : 0 }));
}

async function dyadView(a, b, params) {
  setNav("");
  const by = BUCKETS[params.get("by")] ? params.get("by") : "month";
  const ea = encodeURIComponent(a), eb = encodeURIComponent(b);
  const [d, flows] = await Promise.all([api(`/api/dyad/${ea}/${eb}?${apiQuery({ by: by === "year" ? "month" : by })}`), api(`/api/flows/${ea}/${eb}`)]);
  const B = BUCKETS[by];
  const all = by === "year" ? byYear(d.periods) : d.periods;
  const undated = all.filter((p) => p.period === "undated").reduce((n, p) => n + p.events, 0);
  const ps = all.filter((p) => p.period !== "undated").map((p) => ({ ...p, start: B.parse(p.period) })).filter((p) => p.start);
  ps.forEach((p) => (p.end = B.next(p.start)));

  // A real time axis: from the range asked for (or the first period) to its end, every period
  // in between drawn whether it has events or not.
  const { since, until } = range();
  let lo = since ? B.floor(d3.utcParse("%Y-%m-%d")(since)) : d3.min(ps, (p) => p.start);
  let hi = until ? B.next(B.floor(d3.utcParse("%Y-%m-%d")(until))) : d3.max(ps, (p) => p.end);
  // Without a range, a short span is widened to a few periods either side.
  for (let n = 0; lo && hi && !since && !until && B.next(B.next(B.next(B.next(B.next(B.next(lo)))))) > hi && n < 6; n++) {
    lo = B.floor(new Date(lo.getTime() - 1));
    hi = B.next(hi);
  }
  const w = 1000, h = 260, m = { l: 44, r: 16, t: 14, b: 28 };
  const s = d3.select(svg("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, "data-testid": "timeline", "data-by": by }));
  if (lo && hi) {
    const x = d3.scaleUtc().domain([lo, hi]).range([m.l, w - m.r]);
    const maxAbs = Math.max(1, d3.max(ps, (p) => Math.abs(p.score)) || 1);
    const y = d3.scaleLinear().domain([-maxAbs, maxAbs]).nice().range([h - m.b, m.t]);
    // Faint bands mark every period of the axis, so that empty ones show as empty.
    const slots = [];
    for (let t = lo; t < hi && slots.length < 2000; t = B.next(t)) slots.push(t);
    s.append("g").attr("class", "slots").selectAll("rect").data(slots).join("rect")
      .attr("class", (t, i) => (i % 2 ? "slot odd" : "slot")).attr("x", (t) => x(t)).attr("width", (t) => Math.max(0, x(B.next(t)) - x(t)))
      .attr("y", m.t).attr("height", h - m.t - m.b);
    s.append("g").attr("class", "bars").selectAll("rect").data(ps.filter((p) => p.start >= lo && p.start < hi)).join("rect")
      .attr("class", (p) => (p.score >= 0 ? "bar coop-fill" : "bar conf-fill")).attr("data-period", (p) => p.period).attr("data-events", (p) => p.events)
      .attr("x", (p) => x(p.start) + 0.5).attr("width", (p) => Math.max(1, x(p.end) - x(p.start) - 1))
      .attr("y", (p) => (p.score >= 0 ? y(p.score) : y(0))).attr("height", (p) => Math.max(1, Math.abs(y(p.score) - y(0))))
      .append("title").text((p) => `${p.period}: ${p.events} events (${p.a_to_b} ${a}→${b}, ${p.b_to_a} ${b}→${a}), score ${p.score}`);
    s.append("line").attr("class", "zero").attr("x1", m.l).attr("x2", w - m.r).attr("y1", y(0)).attr("y2", y(0));
    s.append("g").attr("class", "axis x").attr("transform", `translate(0,${h - m.b})`).call(d3.axisBottom(x).ticks(Math.min(12, slots.length)));
    s.append("g").attr("class", "axis y").attr("transform", `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(5));
  }
  const buckets = el("div", { class: "filters", "data-testid": "buckets" }, "by ",
    ...Object.keys(BUCKETS).map((k) => el("a", { class: k === by ? "button active" : "button", "data-by": k, href: href(`/dyad/${a}/${b}`, { ...range(), by: k }) }, k)));

  const t = el("table", { "data-testid": "dyad-events" }, el("tr", {}, el("th", {}, "date"), el("th", {}, "source"), el("th", {}, "code"), el("th", {}, "target"), el("th", { class: "num" }, "mentions"), el("th", {}, "sentence")));
  for (const e of d.events) {
    t.appendChild(el("tr", { class: "click", "data-event": e.cluster, "data-date": e.date || "", onclick: () => (location.hash = href(`/event/${e.cluster}`, range())) },
      el("td", {}, e.date || "-"), el("td", {}, e.source), el("td", { class: quadClass(e.quad_class) }, e.code), el("td", {}, e.target || "-"), el("td", { class: "num" }, e.mentions), el("td", {}, e.sentence)));
  }
  const fl = el("ul", { "data-testid": "flows" });
  for (const [dir, goods] of Object.entries(flows.directions)) fl.appendChild(el("li", {}, `${dir.replace(">", " → ")}: ${Object.entries(goods).map(([g, n]) => `${g} (${n})`).join(", ")}`));
  show(el("h1", {}, `${a} and ${b}`),
    el("p", { class: "muted" }, `${rangeNote()}: ${d.events_total} merged events` + (undated ? `, ${undated} of them undated (not on the axis)` : "") + ". Bars: cooperation score per period (green above the line, red below)."),
    buckets, s.node(), el("h2", {}, "Flows"), fl, el("h2", {}, `Events (the ${d.events.length} most reported)`), t);
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

function articleLine(a, fallback) {
  const url = safeUrl(a && a.url);
  return el("div", { class: "article-line" },
    el("strong", {}, (a && a.title) || fallback),
    a && a.date ? el("span", { class: "muted" }, ` · ${a.date}`) : null,
    a && a.source ? el("span", { class: "muted" }, ` · ${a.source}`) : null,
    url ? el("span", {}, " · ", el("a", { href: url, rel: "noopener noreferrer", target: "_blank", "data-testid": "url" }, url)) : null);
}

async function eventView(id) {
  setNav("events");
  const d = await api(`/api/events/${encodeURIComponent(id)}`);
  const cards = d.mentions.map((m) => {
    const a = (d.articles || {})[m.article_id];
    return el("div", { class: "card", "data-article": m.article_id },
      articleLine(a, m.article),
      el("div", { class: "muted" }, `${m.date || "-"} · ${m.source} ${m.code} ${m.target || "-"} · ${m.modality}${m.attributed_to ? " · according to " + m.attributed_to : ""}`),
      highlight(m.sentence, [{ at: m.source_at, cls: "src" }, { at: m.target_at, cls: "tgt" }, { at: m.trigger_at, cls: "verb" }]),
      el("a", { href: href(`/article/${m.article_id}`, { ...range(), event: id }), "data-testid": "read" }, "Read it in the article →"));
  });
  show(el("h1", {}, `Event ${id}: ${d.mentions.length} mention(s)`), el("p", { class: "legend" }, el("mark", { class: "src" }, "source"), " ", el("mark", { class: "tgt" }, "target"), " ", el("mark", { class: "verb" }, "verb")), ...cards);
}

// ---------------------------------------------------------------- one article
async function articleView(id, params) {
  setNav("events");
  const event = params.get("event");
  const [d, ev] = await Promise.all([api(`/api/articles/${encodeURIComponent(id)}`), event ? api(`/api/events/${encodeURIComponent(event)}`) : null]);
  const text = d.text;
  // The sentences of the event's mentions in this article, found in its text.
  const spans = [];
  for (const m of ev ? ev.mentions.filter((m) => String(m.article_id) === String(id)) : []) {
    let at = m.sentence ? text.indexOf(m.sentence) : -1;
    while (at >= 0 && spans.some((s) => s[0] === at)) at = text.indexOf(m.sentence, at + 1);
    if (at >= 0) spans.push([at, at + m.sentence.length]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const body = el("div", { class: "article-text", "data-testid": "article-text" });
  let pos = 0;
  for (const [s, e] of spans) {
    if (s < pos) continue;
    body.appendChild(document.createTextNode(text.slice(pos, s)));
    body.appendChild(el("mark", { class: "hl", "data-testid": "highlight" }, text.slice(s, e)));
    pos = e;
  }
  body.appendChild(document.createTextNode(text.slice(pos)));
  show(el("h1", {}, d.article.title || d.article.ext_id), articleLine(d.article, d.article.ext_id),
    event ? el("p", { class: "muted" }, "The sentence of ", link(`/event/${event}`, {}, `event ${event}`), " is highlighted.") : null,
    body);
  const first = body.querySelector("mark");
  if (first) first.scrollIntoView({ block: "center" });
}

// ---------------------------------------------------------------- events
async function eventsView(params) {
  setNav("events");
  const limit = Math.min(1000, Math.max(1, parseInt(params.get("limit") || "50", 10) || 50));
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const keep = { actor: params.get("actor") || "", code: params.get("code") || "", text: params.get("text") || "" };
  const form = el("form", { class: "filters", "data-testid": "search" },
    el("input", { name: "text", type: "search", placeholder: "words in the sentence", value: keep.text, "aria-label": "search words" }),
    el("input", { name: "actor", placeholder: "actor (RUS)", value: keep.actor, class: "small", "aria-label": "actor" }),
    el("input", { name: "code", placeholder: "code (07)", value: keep.code, class: "small", "aria-label": "CAMEO code" }),
    el("button", {}, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = href("/events", { actor: form.actor.value.trim(), code: form.code.value.trim(), text: form.text.value.trim(), ...range(), limit: params.get("limit") });
  });
  let d;
  try {
    d = await api(`/api/events?${apiQuery({ ...keep, limit, offset })}`);
  } catch (e) {
    show(el("h1", {}, "Events"), form, el("p", { class: "conf", "data-testid": "error" }, "Error: " + e.message));
    return;
  }
  const t = el("table", { "data-testid": "events" }, el("tr", {}, el("th", {}, "date"), el("th", {}, "source"), el("th", {}, "code"), el("th", {}, "target"), el("th", { class: "num" }, "mentions"), el("th", {}, "modality"), el("th", {}, "sentence")));
  for (const e of d.events) {
    t.appendChild(el("tr", { class: "click", "data-event": e.cluster, "data-date": e.date || "", onclick: () => (location.hash = href(`/event/${e.cluster}`, range())) },
      el("td", {}, e.date || "-"), el("td", {}, e.source), el("td", { class: quadClass(e.quad_class) }, e.code), el("td", {}, e.target || "-"), el("td", { class: "num" }, e.mentions), el("td", {}, e.modality), el("td", {}, e.sentence)));
  }
  const pageParams = { ...keep, ...range(), limit: params.get("limit") };
  show(el("h1", {}, "Events"), form, el("p", { class: "muted" }, `${rangeNote()}; merged events, most reported first. Click one for its mentions and articles.`),
    pager("/events", pageParams, offset, limit, d.events.length, d.total, d.total_exact), t);
}

// ---------------------------------------------------------------- quotes
async function quotesView(params) {
  setNav("quotes");
  const limit = Math.min(1000, Math.max(1, parseInt(params.get("limit") || "50", 10) || 50));
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const keep = { text: params.get("text") || "", speaker: params.get("speaker") || "", kind: params.get("kind") || "" };
  const kind = el("select", { name: "kind", "aria-label": "kind" }, ...["", "direct", "reported"].map((k) => el("option", { value: k, selected: k === keep.kind }, k || "direct and reported")));
  const form = el("form", { class: "filters", "data-testid": "search" },
    el("input", { name: "text", type: "search", placeholder: "words in the quote", value: keep.text, "aria-label": "search words" }),
    el("input", { name: "speaker", placeholder: "speaker", value: keep.speaker, "aria-label": "speaker" }),
    kind, el("button", {}, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = href("/quotes", { text: form.text.value.trim(), speaker: form.speaker.value.trim(), kind: form.kind.value, ...range(), limit: params.get("limit") });
  });
  const d = await api(`/api/quotes?${apiQuery({ ...keep, limit, offset })}`);
  const cards = d.quotes.map((q) => {
    const role = [q.title, q.organization].filter(Boolean).join(", ");
    return el("div", { class: "card", "data-quote": q.id, "data-speaker": q.speaker || "", "data-date": q.date || "" },
      el("div", {}, el("strong", {}, q.speaker || "unknown speaker"), role ? el("span", { class: "muted" }, ` (${role})`) : null,
        el("span", { class: "muted" }, ` · ${q.date || "-"} · ${q.kind === "direct" ? "said" : q.cue || "reported"} · ${q.article}`)),
      el("p", { class: "quote" }, `“${q.text}”`));
  });
  show(el("h1", {}, "Quotes"), form, el("p", { class: "muted" }, `${rangeNote()} (by the article's date)`),
    pager("/quotes", { ...keep, ...range(), limit: params.get("limit") }, offset, limit, d.quotes.length, d.total), ...cards);
}

// ---------------------------------------------------------------- map
let world = null;

async function mapView(params) {
  setNav("map");
  let actor = (params.get("actor") || "").toUpperCase();
  if (!actor) {
    const top = await api("/api/network?limit=1");
    actor = top.nodes.length ? top.nodes[0].id : "";
  }
  const [topo, p, places] = await Promise.all([
    world || api("/static/vendor/countries-110m.json"),
    actor ? api(`/api/partners/${encodeURIComponent(actor)}?${apiQuery({})}`) : { partners: [], events: 0 },
    api("/api/places?limit=500"),
  ]);
  world = topo;
  const countries = topojson.feature(topo, topo.objects.countries).features;
  const byCode = new Map(p.partners.map((x) => [x.partner, x]));
  const maxAbs = Math.max(1, ...p.partners.map((x) => Math.abs(x.score)));
  const coop = d3.scaleSqrt().domain([0, maxAbs]).range([0.25, 1]);
  const colour = (x) => (x.score > 0 ? d3.interpolateRgb("#f1f8f1", COOP)(coop(x.score)) : x.score < 0 ? d3.interpolateRgb("#fdf1f1", CONF)(coop(-x.score)) : "#d9dde2");
  const kind = (c) => (c.id === actor.slice(0, 3) ? "self" : byCode.has(c.id) ? (byCode.get(c.id).score > 0 ? "coop" : byCode.get(c.id).score < 0 ? "conf" : "mixed") : "none");

  const w = 1000, h = 520;
  const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [w - 4, h - 4]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const s = d3.select(svg("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, "data-testid": "map" }));
  s.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  s.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
  s.append("g").attr("class", "countries").selectAll("path").data(countries).join("path")
    .attr("class", (c) => `country ${kind(c)}`).attr("data-iso", (c) => c.id || "").attr("data-name", (c) => c.properties.name)
    .attr("d", path)
    .attr("fill", (c) => (kind(c) === "self" ? SELF : byCode.has(c.id) ? colour(byCode.get(c.id)) : NEUTRAL))
    .on("click", (_, c) => { if (c.id && c.id !== actor.slice(0, 3)) location.hash = href(`/dyad/${actor}/${c.id}`, range()); })
    .append("title").text((c) => {
      const x = byCode.get(c.id);
      return `${c.properties.name}${c.id ? " (" + c.id + ")" : ""}` + (kind(c) === "self" ? ": the selected actor" : x ? `: score ${x.score}, ${x.events} merged events with ${actor}` : `: no event with ${actor}`);
    });
  const maxP = Math.max(1, ...places.places.map((x) => x.mentions));
  s.append("g").attr("class", "places").selectAll("circle").data(places.places.filter((x) => x.lat !== null && x.lon !== null && projection([x.lon, x.lat]))).join("circle")
    .attr("class", "place").attr("data-place", (x) => x.name)
    .attr("cx", (x) => projection([x.lon, x.lat])[0]).attr("cy", (x) => projection([x.lon, x.lat])[1]).attr("r", (x) => 1.5 + 5 * Math.sqrt(x.mentions / maxP))
    .append("title").text((x) => `${x.name} (${x.country}, ${x.kind}): named ${x.mentions} times`);

  const form = el("form", { class: "filters" }, el("input", { name: "actor", value: actor, "aria-label": "actor code" }), el("button", {}, "Show"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = href("/map", { ...range(), actor: form.actor.value.trim().toUpperCase() }); });
  const legend = el("div", { class: "legend", "data-testid": "legend" },
    el("span", {}, el("i", { class: "swatch box self-bg" }), actor),
    el("span", {}, el("i", { class: "swatch box coop-bg" }), "cooperation outweighs (darker: more)"),
    el("span", {}, el("i", { class: "swatch box conf-bg" }), "conflict outweighs"),
    el("span", {}, el("i", { class: "swatch box none-bg" }), "no event in the period"),
    el("span", {}, el("i", { class: "swatch dot place-bg" }), "places the articles name"));
  const onMap = new Set(countries.map((c) => c.id));
  const t = el("table", { "data-testid": "partners" }, el("tr", {}, el("th", {}, "partner"), el("th", { class: "num" }, "score"), el("th", { class: "num" }, "events"), el("th", {}, "")));
  for (const x of p.partners) t.appendChild(el("tr", { class: "click", "data-partner": x.partner, onclick: () => (location.hash = href(`/dyad/${actor}/${x.partner}`, range())) },
    el("td", {}, x.partner), el("td", { class: "num " + (x.score >= 0 ? "coop" : "conf") }, x.score.toFixed(2)), el("td", { class: "num" }, x.events), el("td", { class: "muted" }, onMap.has(x.partner) ? "" : "not a country on the map")));
  show(el("h1", {}, `${actor} and the world`), form,
    el("p", { class: "muted" }, `${rangeNote()}: ${p.partners.length} partners in ${p.events} merged events of ${actor}. Click a country for the relationship.`),
    legend, s.node(), el("h2", {}, "Partners"), t);
}

// ---------------------------------------------------------------- routing
function syncChrome(path) {
  const { since, until } = range();
  rangeForm.since.value = since;
  rangeForm.until.value = until;
  for (const a of document.querySelectorAll("nav a")) {
    const base = a.getAttribute("href").split("?")[0].replace(/^#/, "");
    a.setAttribute("href", href(base, range()));
  }
  document.body.dataset.path = path;
}

rangeForm.addEventListener("submit", (ev) => {
  ev.preventDefault();
  const h = location.hash.replace(/^#/, "") || "/";
  const [path, query] = h.split("?");
  const p = new URLSearchParams(query || "");
  for (const k of ["since", "until"]) {
    if (rangeForm[k].value) p.set(k, rangeForm[k].value);
    else p.delete(k);
  }
  p.delete("offset");
  location.hash = href(path, p);
});
rangeForm.elements.namedItem("clear").addEventListener("click", () => {
  rangeForm.since.value = "";
  rangeForm.until.value = "";
  rangeForm.requestSubmit();
});

// decodeURIComponent, leaving a malformed escape as it is.
function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

async function route() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const h = decode(raw);
  const cut = raw.indexOf("?");
  const path = decode(cut >= 0 ? raw.slice(0, cut) : raw);
  const params = new URLSearchParams(cut >= 0 ? raw.slice(cut + 1) : "");
  current = params;
  const parts = path.split("/").filter(Boolean);
  syncChrome(path);
  try {
    if (parts.length === 0) await networkView(params);
    else if (parts[0] === "allies" && parts[1]) await alliesView(parts[1]);
    else if (parts[0] === "dyad" && parts[2]) await dyadView(parts[1], parts[2], params);
    else if (parts[0] === "event" && parts[1]) await eventView(parts[1]);
    else if (parts[0] === "article" && parts[1]) await articleView(parts[1], params);
    else if (parts[0] === "events") await eventsView(params);
    else if (parts[0] === "quotes") await quotesView(params);
    else if (parts[0] === "map") await mapView(params);
    else show(el("p", {}, "No such page."));
  } catch (e) {
    fail(e);
  }
  document.body.dataset.ready = h;
}

window.addEventListener("hashchange", route);
api("/api/status").then((s) => { document.getElementById("status").textContent = `${s.stats.articles} articles · ${s.stats.events} events`; }).catch(() => {});
route();
