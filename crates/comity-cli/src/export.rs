//! `comity export`: merged events as GDELT 2.0 event rows (or the GDELT mentions table; the
//! layouts are in `gdelt.rs`), CSV, JSON Lines or Parquet; the actor network
//! as GraphML or GEXF. Every format is written in a fixed order, so the same store gives the
//! same bytes.

use anyhow::{Context, Result};
use comity_store::{EventFilter, EventRow, Store};

/// The formats of `comity export`.
#[derive(Clone, Copy, clap::ValueEnum, PartialEq, Eq, Debug)]
pub enum ExportFormat {
    /// The GDELT 2.0 event table: 61 tab-separated columns, no header.
    Gdelt,
    /// Merged events with their sentence, comma-separated with a header.
    Csv,
    /// Merged events with their sentence, one JSON object per line.
    Jsonl,
    /// Merged events with their sentence, one Parquet file.
    Parquet,
    /// The actor network as GraphML.
    Graphml,
    /// The actor network as GEXF.
    Gexf,
}
use std::collections::BTreeMap;
use std::io::Write;

use crate::gdelt::{self, StoredPlace};

/// What one merged event's GDELT row needs besides its [`EventRow`]: DATEADDED, SOURCEURL, the
/// first mention's sentence, spans and places.
#[derive(Debug, Clone, Default)]
pub struct MentionInfo {
    /// Ingest time of the first mention's article, `YYYYMMDDHHMMSS` (UTC).
    pub added: String,
    /// The article's URL, else its id.
    pub url: String,
    /// Index of the sentence in the article (0 for the first).
    pub sentence: i64,
    /// Byte spans of the source, the target and the trigger.
    pub source: [i64; 2],
    /// Target span, when there is a target.
    pub target: Option<[i64; 2]>,
    /// Trigger span.
    pub trigger: [i64; 2],
    /// The places of the mention's sentence.
    pub places: Vec<StoredPlace>,
}

/// A merged event in the GDELT 2.0 event-table layout (tab-separated, no header).
pub fn gdelt_row(e: &EventRow, m: &MentionInfo) -> Vec<String> {
    let date = e.date.clone().unwrap_or_default();
    let ymd = date.replace('-', "");
    let (year, month, day): (i32, i32, i32) = (
        date.get(0..4).and_then(|x| x.parse().ok()).unwrap_or(0),
        date.get(5..7).and_then(|x| x.parse().ok()).unwrap_or(0),
        date.get(8..10).and_then(|x| x.parse().ok()).unwrap_or(0),
    );
    let fraction = if year > 0 {
        format!("{:.4}", year as f64 + ((month - 1) * 30 + day) as f64 / 365.0)
    } else {
        String::new()
    };
    let t = e.target.clone().unwrap_or_default();
    let actor = |code: &str, name: &str| -> Vec<String> {
        let a = gdelt::split_actor(code);
        if comity_core::unknown_actor(code) {
            return vec![String::new(); 10];
        }
        let [t1, t2, t3] = a.types;
        let [r1, r2] = a.religion;
        vec![
            code.to_string(),
            gdelt::clean(name),
            a.country,
            a.known_group,
            a.ethnic,
            r1,
            r2,
            t1,
            t2,
            t3,
        ]
    };
    let mut row = vec![
        e.cluster.unwrap_or(e.id).to_string(),
        ymd.clone(),
        ymd.get(..6).unwrap_or("").to_string(),
        if year > 0 { year.to_string() } else { String::new() },
        fraction,
    ];
    row.extend(actor(&e.source, &e.source_text));
    row.extend(actor(&t, e.target_text.as_deref().unwrap_or("")));
    row.extend([
        // The first mention is in the lead sentence.
        if m.sentence == 0 { "1" } else { "0" }.to_string(),
        e.code.clone(),
        e.code.get(..3).unwrap_or(&e.code).to_string(),
        e.code.get(..2).unwrap_or("").to_string(),
        e.quad_class.to_string(),
        format!("{:.1}", e.goldstein),
        e.mentions.to_string(),
        e.sources.to_string(),
        e.articles.to_string(),
        String::new(),
    ]);
    let geo = |p: Option<&StoredPlace>| p.and_then(gdelt::geo_of).unwrap_or_default().cells();
    let a1 = gdelt::split_actor(&e.source).country;
    row.extend(geo(gdelt::actor_place(&m.places, m.source, &a1)));
    match m.target {
        Some(span) if !comity_core::unknown_actor(&t) => {
            let a2 = gdelt::split_actor(&t).country;
            row.extend(geo(gdelt::actor_place(&m.places, span, &a2)));
        }
        _ => row.extend(geo(None)),
    }
    row.extend(geo(gdelt::action_place(&m.places, m.trigger, e.place.as_deref())));
    row.push(m.added.clone());
    row.push(gdelt::clean_url(&m.url));
    row
}

fn xml_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => o.push(c),
        }
    }
    o
}

/// One directed edge of the actor network.
#[derive(Default, Debug, Clone)]
struct Edge {
    events: i64,
    mentions: i64,
    goldstein: f64,
    cooperation: i64,
    conflict: i64,
}

/// The actor network of merged events: every known actor of them is a node (weighted by the
/// mentions of its events, one-sided ones included), every source-target pair an edge.
fn network(rows: &[EventRow]) -> (BTreeMap<String, i64>, BTreeMap<(String, String), Edge>) {
    let mut nodes: BTreeMap<String, i64> = BTreeMap::new();
    let mut edges: BTreeMap<(String, String), Edge> = BTreeMap::new();
    for e in rows {
        for code in std::iter::once(&e.source).chain(e.target.as_ref()) {
            if !comity_core::unknown_actor(code) {
                *nodes.entry(code.clone()).or_default() += e.mentions;
            }
        }
        let Some(t) = &e.target else { continue };
        if comity_core::unknown_actor(t) || comity_core::unknown_actor(&e.source) {
            continue;
        }
        let ed = edges.entry((e.source.clone(), t.clone())).or_default();
        ed.events += 1;
        ed.mentions += e.mentions;
        ed.goldstein += e.goldstein;
        if e.quad_class <= 2 {
            ed.cooperation += 1;
        } else {
            ed.conflict += 1;
        }
    }
    (nodes, edges)
}

/// Writes the merged events a filter selects (all of them unless its `limit` says otherwise)
/// in `format`; with `mentions` (GDELT only), the GDELT mentions table of those events instead.
/// GDELT dates every event (SQLDATE, MonthYear, Year and FractionDate are integers and a
/// fraction in its codebook), so the GDELT formats leave out the events without a date (from
/// articles without one, whose sentence gives none either); the number left out is returned
/// (always 0 for the other formats, which hold every event).
pub fn export(
    store: &Store,
    format: ExportFormat,
    filter: &EventFilter,
    mentions: bool,
    out: &mut dyn Write,
) -> Result<usize> {
    if mentions && format != ExportFormat::Gdelt {
        anyhow::bail!("--mentions writes the GDELT mentions table: use it with --format gdelt");
    }
    let mut f = filter.clone();
    f.merged = true;
    let mut rows = store.events(&f)?;
    rows.sort_by(|a, b| (a.date.as_deref(), a.cluster).cmp(&(b.date.as_deref(), b.cluster)));
    let mut undated = 0;
    if format == ExportFormat::Gdelt {
        let before = rows.len();
        rows.retain(|e| e.date.as_deref().is_some_and(|d| comity_core::Date::parse(d).is_some()));
        undated = before - rows.len();
    }
    match format {
        ExportFormat::Gdelt if mentions => {
            let info = mention_info(store)?;
            let order: Vec<i64> = rows.iter().filter_map(|e| e.cluster).collect();
            write_mentions(store, &order, &info, out)?;
        }
        ExportFormat::Gdelt => {
            let info = mention_info(store)?;
            for e in &rows {
                let m = info.get(&e.id).cloned().unwrap_or_default();
                let row = gdelt_row(e, &m);
                debug_assert_eq!(row.len(), gdelt::EVENT_COLUMNS.len());
                writeln!(out, "{}", row.join("\t"))?;
            }
        }
        ExportFormat::Csv => {
            crate::output::csv(
                out,
                &crate::query::EVENT_CSV,
                rows.iter().map(crate::query::event_cells),
            )?;
        }
        ExportFormat::Jsonl => {
            for e in &rows {
                serde_json::to_writer(&mut *out, e)?;
                out.write_all(b"\n")?;
            }
        }
        ExportFormat::Graphml => {
            let (nodes, edges) = network(&rows);
            writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
            writeln!(out, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">")?;
            writeln!(
                out,
                "  <key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>"
            )?;
            for (id, name, ty) in [
                ("e_events", "events", "long"),
                ("e_mentions", "mentions", "long"),
                ("e_goldstein", "goldstein", "double"),
                ("e_cooperation", "cooperation", "long"),
                ("e_conflict", "conflict", "long"),
            ] {
                writeln!(
                    out,
                    "  <key id=\"{id}\" for=\"edge\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
                )?;
            }
            writeln!(out, "  <graph id=\"actors\" edgedefault=\"directed\">")?;
            for (n, m) in &nodes {
                writeln!(
                    out,
                    "    <node id=\"{}\"><data key=\"n_mentions\">{m}</data></node>",
                    xml_escape(n)
                )?;
            }
            for (k, ((s, t), e)) in edges.iter().enumerate() {
                writeln!(
                    out,
                    "    <edge id=\"e{k}\" source=\"{}\" target=\"{}\"><data key=\"e_events\">{}</data><data key=\"e_mentions\">{}</data><data key=\"e_goldstein\">{:.1}</data><data key=\"e_cooperation\">{}</data><data key=\"e_conflict\">{}</data></edge>",
                    xml_escape(s),
                    xml_escape(t),
                    e.events,
                    e.mentions,
                    e.goldstein,
                    e.cooperation,
                    e.conflict
                )?;
            }
            writeln!(out, "  </graph>\n</graphml>")?;
        }
        ExportFormat::Gexf => {
            let (nodes, edges) = network(&rows);
            writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
            writeln!(out, "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">")?;
            writeln!(out, "  <graph mode=\"static\" defaultedgetype=\"directed\">")?;
            writeln!(
                out,
                "    <attributes class=\"node\"><attribute id=\"0\" title=\"mentions\" type=\"long\"/></attributes>"
            )?;
            writeln!(
                out,
                "    <attributes class=\"edge\"><attribute id=\"0\" title=\"events\" type=\"long\"/><attribute id=\"1\" title=\"goldstein\" type=\"double\"/><attribute id=\"2\" title=\"cooperation\" type=\"long\"/><attribute id=\"3\" title=\"conflict\" type=\"long\"/></attributes>"
            )?;
            writeln!(out, "    <nodes>")?;
            for (n, m) in &nodes {
                let n = xml_escape(n);
                writeln!(
                    out,
                    "      <node id=\"{n}\" label=\"{n}\"><attvalues><attvalue for=\"0\" value=\"{m}\"/></attvalues></node>"
                )?;
            }
            writeln!(out, "    </nodes>\n    <edges>")?;
            for (k, ((s, t), e)) in edges.iter().enumerate() {
                writeln!(
                    out,
                    "      <edge id=\"{k}\" source=\"{}\" target=\"{}\" weight=\"{}\"><attvalues><attvalue for=\"0\" value=\"{}\"/><attvalue for=\"1\" value=\"{:.1}\"/><attvalue for=\"2\" value=\"{}\"/><attvalue for=\"3\" value=\"{}\"/></attvalues></edge>",
                    xml_escape(s),
                    xml_escape(t),
                    e.mentions,
                    e.events,
                    e.goldstein,
                    e.cooperation,
                    e.conflict
                )?;
            }
            writeln!(out, "    </edges>\n  </graph>\n</gexf>")?;
        }
        ExportFormat::Parquet => out.write_all(&parquet_bytes(&rows)?)?,
    }
    Ok(undated)
}

/// Ingest time as GDELT writes it: `2026-12-02T00:40:58Z` -> `20261202004058`.
fn stamp(v: &str) -> String {
    v.chars().filter(char::is_ascii_digit).collect()
}

/// For each merged event's first mention (by event id): DATEADDED, SOURCEURL, sentence, spans
/// and the places of its sentence.
fn mention_info(store: &Store) -> Result<BTreeMap<i64, MentionInfo>> {
    use rusqlite_value as V;
    let (_, rows) = store.rows(
        "SELECT e.id, a.ingested_at, coalesce(a.url, a.ext_id), e.sentence, e.source_start, e.source_end,
                e.target_start, e.target_end, e.trigger_start, e.trigger_end, e.article_id
           FROM clusters c JOIN events e ON e.id = c.first_event JOIN articles a ON a.id = e.article_id",
        &[],
    )?;
    let mut out = BTreeMap::new();
    let mut wanted: BTreeMap<(i64, i64), Vec<i64>> = BTreeMap::new();
    for r in rows {
        let id = V::int(&r[0]);
        let target = match (&r[6], &r[7]) {
            (comity_store::Value::Integer(s), comity_store::Value::Integer(e)) => Some([*s, *e]),
            _ => None,
        };
        out.insert(
            id,
            MentionInfo {
                added: stamp(&V::text(&r[1])),
                url: V::text(&r[2]),
                sentence: V::int(&r[3]),
                source: [V::int(&r[4]), V::int(&r[5])],
                target,
                trigger: [V::int(&r[8]), V::int(&r[9])],
                places: Vec::new(),
            },
        );
        wanted.entry((V::int(&r[10]), V::int(&r[3]))).or_default().push(id);
    }
    let (_, places) = store.rows(
        "SELECT p.article_id, p.sentence, p.name, p.country, p.kind, p.lat, p.lon, p.span_start, p.span_end
           FROM places p
          WHERE p.article_id IN (SELECT e.article_id FROM clusters c JOIN events e ON e.id = c.first_event)
          ORDER BY p.article_id, p.span_start",
        &[],
    )?;
    for r in places {
        let Some(ids) = wanted.get(&(V::int(&r[0]), V::int(&r[1]))) else { continue };
        let p = StoredPlace {
            name: V::text(&r[2]),
            country: V::text(&r[3]),
            kind: V::text(&r[4]),
            lat: V::real(&r[5]),
            lon: V::real(&r[6]),
            span: [V::int(&r[7]), V::int(&r[8])],
        };
        for id in ids {
            if let Some(m) = out.get_mut(id) {
                m.places.push(p.clone());
            }
        }
    }
    Ok(out)
}

/// The GDELT 2.0 mentions table: one row per stored mention of the given merged events (by
/// cluster id, in this order), each cluster's mentions in the order they were stored.
fn write_mentions(
    store: &Store,
    clusters: &[i64],
    first: &BTreeMap<i64, MentionInfo>,
    out: &mut dyn Write,
) -> Result<()> {
    use rusqlite_value as V;
    // EventTimeDate: the DATEADDED of the event's row, its first mention's ingest time.
    let (_, heads) = store.rows("SELECT id, first_event FROM clusters", &[])?;
    let event_time: BTreeMap<i64, String> = heads
        .iter()
        .map(|r| {
            let added = first.get(&V::int(&r[1])).map(|m| m.added.clone()).unwrap_or_default();
            (V::int(&r[0]), added)
        })
        .collect();
    let (_, rows) = store.rows(
        "SELECT e.cluster_id, a.ingested_at, a.url, a.ext_id, a.source, e.sentence,
                e.source_start, e.target_start, e.trigger_start, e.modality, e.article_id
           FROM events e JOIN articles a ON a.id = e.article_id
          WHERE e.cluster_id IS NOT NULL
          ORDER BY e.cluster_id, e.id",
        &[],
    )?;
    // Character (not byte) offsets and lengths, as GDELT counts them: each article's text is
    // read once and walked once for all the offsets of its mentions.
    let mut wanted: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    for r in &rows {
        let w = wanted.entry(V::int(&r[10])).or_default();
        w.extend([&r[6], &r[8]].map(|v| V::int(v) as usize));
        if let comity_store::Value::Integer(t) = r[7] {
            w.push(t as usize);
        }
    }
    let mut chars: BTreeMap<i64, (BTreeMap<usize, usize>, usize)> = BTreeMap::new();
    for (article, offsets) in wanted {
        let (_, t) = store.rows(
            "SELECT text FROM texts WHERE article_id = ?1",
            &[comity_store::Value::Integer(article)],
        )?;
        let text = t.first().map(|r| V::text(&r[0])).unwrap_or_default();
        let len = text.chars().count();
        chars.insert(article, (gdelt::char_offsets(&text, offsets), len));
    }
    let mut by_cluster: BTreeMap<i64, Vec<&Vec<comity_store::Value>>> = BTreeMap::new();
    for r in &rows {
        by_cluster.entry(V::int(&r[0])).or_default().push(r);
    }
    for c in clusters {
        for r in by_cluster.get(c).map(Vec::as_slice).unwrap_or_default() {
            let (offsets, doc_len) = &chars[&V::int(&r[10])];
            let at = |v: &comity_store::Value| match v {
                comity_store::Value::Integer(b) => offsets[&(*b as usize)].to_string(),
                _ => "-1".to_string(),
            };
            let url = V::text(&r[2]);
            let (kind, name, ident) = match gdelt::host(&url) {
                Some(h) => ("1", h.to_string(), url.clone()),
                None => {
                    ("2", V::text(&r[4]), if url.is_empty() { V::text(&r[3]) } else { url.clone() })
                }
            };
            let cells = [
                c.to_string(),
                event_time.get(c).cloned().unwrap_or_default(),
                stamp(&V::text(&r[1])),
                kind.to_string(),
                gdelt::clean(&name),
                gdelt::clean_url(&ident),
                (V::int(&r[5]) + 1).to_string(),
                at(&r[6]),
                at(&r[7]),
                at(&r[8]),
                "1".to_string(),
                gdelt::confidence(&V::text(&r[9])).to_string(),
                doc_len.to_string(),
                String::new(),
                String::new(),
                String::new(),
            ];
            debug_assert_eq!(cells.len(), gdelt::MENTION_COLUMNS.len());
            writeln!(out, "{}", cells.join("\t"))?;
        }
    }
    Ok(())
}

/// Small helpers over SQLite values.
mod rusqlite_value {
    pub use comity_store::Value;
    pub fn int(v: &Value) -> i64 {
        match v {
            Value::Integer(i) => *i,
            _ => 0,
        }
    }
    pub fn text(v: &Value) -> String {
        match v {
            Value::Text(s) => s.clone(),
            Value::Integer(i) => i.to_string(),
            _ => String::new(),
        }
    }
    pub fn real(v: &Value) -> Option<f64> {
        match v {
            Value::Real(f) => Some(*f),
            Value::Integer(i) => Some(*i as f64),
            _ => None,
        }
    }
}

/// How `export --format parquet --out DIR` splits the events into files.
#[derive(Clone, Copy, clap::ValueEnum, PartialEq, Eq, Debug)]
pub enum Partition {
    /// `DIR/year=YYYY/month=MM/part-0.parquet` by the event's date (Hive's layout; events
    /// without a date under `year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__`).
    Month,
}

/// Writes the merged events a filter selects as Parquet files in Hive's layout under `dir`
/// (one file a month, each with the same columns and types as the one-file export; the year
/// and month are in the folder names, as DuckDB's and Spark's readers take them); the files
/// written, in order.
pub fn export_partitioned(
    store: &Store,
    filter: &EventFilter,
    partition: Partition,
    dir: &std::path::Path,
) -> Result<Vec<std::path::PathBuf>> {
    let Partition::Month = partition;
    // Old files left in the folder would be read as part of the table.
    if std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some()) {
        anyhow::bail!("{} is not empty: partitions go into a new or empty folder", dir.display());
    }
    let mut f = filter.clone();
    f.merged = true;
    let mut rows = store.events(&f)?;
    rows.sort_by(|a, b| (a.date.as_deref(), a.cluster).cmp(&(b.date.as_deref(), b.cluster)));
    const NONE: &str = "__HIVE_DEFAULT_PARTITION__";
    let mut parts: BTreeMap<(String, String), Vec<EventRow>> = BTreeMap::new();
    for e in rows {
        let key = match e.date.as_deref().and_then(|d| Some((d.get(..4)?, d.get(5..7)?))) {
            Some((y, m)) => (y.to_string(), m.to_string()),
            None => (NONE.to_string(), NONE.to_string()),
        };
        parts.entry(key).or_default().push(e);
    }
    let mut written = Vec::new();
    for ((year, month), rows) in parts {
        let folder = dir.join(format!("year={year}")).join(format!("month={month}"));
        std::fs::create_dir_all(&folder)
            .with_context(|| format!("creating {}", folder.display()))?;
        let path = folder.join("part-0.parquet");
        std::fs::write(&path, parquet_bytes(&rows)?)
            .with_context(|| format!("writing {}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// Merged events as one Parquet file (Snappy-compressed, one row group).
fn parquet_bytes(rows: &[EventRow]) -> Result<Vec<u8>> {
    use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
    use arrow_schema::{DataType, Field, Schema};
    use std::sync::Arc;
    let text = |f: fn(&EventRow) -> Option<&str>| {
        Arc::new(StringArray::from(rows.iter().map(f).collect::<Vec<_>>())) as ArrayRef
    };
    let int = |f: fn(&EventRow) -> i64| {
        Arc::new(Int64Array::from(rows.iter().map(f).collect::<Vec<_>>())) as ArrayRef
    };
    let fields = vec![
        Field::new("event", DataType::Int64, false),
        Field::new("date", DataType::Utf8, true),
        Field::new("source", DataType::Utf8, false),
        Field::new("source_text", DataType::Utf8, false),
        Field::new("target", DataType::Utf8, true),
        Field::new("target_text", DataType::Utf8, true),
        Field::new("code", DataType::Utf8, false),
        Field::new("quad_class", DataType::Int64, false),
        Field::new("goldstein", DataType::Float64, false),
        Field::new("modality", DataType::Utf8, false),
        Field::new("attributed_to", DataType::Utf8, true),
        Field::new("place", DataType::Utf8, true),
        Field::new("mentions", DataType::Int64, false),
        Field::new("articles", DataType::Int64, false),
        Field::new("sources", DataType::Int64, false),
        Field::new("article", DataType::Utf8, false),
        Field::new("sentence", DataType::Utf8, false),
    ];
    let schema = Arc::new(Schema::new(fields));
    let columns: Vec<ArrayRef> = vec![
        int(|e| e.cluster.unwrap_or(e.id)),
        text(|e| e.date.as_deref()),
        text(|e| Some(e.source.as_str())),
        text(|e| Some(e.source_text.as_str())),
        text(|e| e.target.as_deref()),
        text(|e| e.target_text.as_deref()),
        text(|e| Some(e.code.as_str())),
        int(|e| e.quad_class),
        Arc::new(Float64Array::from(
            rows.iter().map(|e| (e.goldstein * 10.0).round() / 10.0).collect::<Vec<_>>(),
        )),
        text(|e| Some(e.modality.as_str())),
        text(|e| e.attributed_to.as_deref()),
        text(|e| e.place.as_deref()),
        int(|e| e.mentions),
        int(|e| e.articles),
        int(|e| e.sources),
        text(|e| Some(e.article.as_str())),
        text(|e| Some(e.sentence.as_str())),
    ];
    let batch = RecordBatch::try_new(schema.clone(), columns)?;
    let props = parquet::file::properties::WriterProperties::builder()
        .set_compression(parquet::basic::Compression::SNAPPY)
        .build();
    let mut buf = Vec::new();
    let mut w = parquet::arrow::ArrowWriter::try_new(&mut buf, schema, Some(props))?;
    w.write(&batch)?;
    w.close()?;
    Ok(buf)
}
