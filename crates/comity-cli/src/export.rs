//! `comity export`: merged events as GDELT 2.0 event rows, CSV or JSON Lines; the actor network
//! as GraphML or GEXF. Every format is written in a fixed order, so the same store gives the
//! same bytes.

use anyhow::Result;
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

/// GDELT 2.0 event table columns, in order.
#[allow(dead_code)]
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

const IGO_PREFIXES: &[&str] = &["IGO", "NGO", "IMG", "MNC"];

fn country(code: &str) -> &str {
    match code.get(..3) {
        Some(p) if !IGO_PREFIXES.contains(&p) && p.chars().all(|c| c.is_ascii_uppercase()) => p,
        _ => "",
    }
}

fn agent(code: &str, k: usize) -> &str {
    code.get(3 + 3 * k..6 + 3 * k).unwrap_or("")
}

fn clean(s: &str) -> String {
    s.chars().map(|c| if c == '\t' || c == '\n' || c == '\r' { ' ' } else { c }).collect()
}

/// A merged event in the GDELT 2.0 event-table layout (tab-separated, no header).
pub fn gdelt_row(
    e: &EventRow,
    place: Option<(&str, &str, Option<f64>, Option<f64>)>,
    added: &str,
    url: &str,
) -> Vec<String> {
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
        vec![
            code.to_string(),
            clean(name),
            country(code).to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            agent(code, 0).to_string(),
            agent(code, 1).to_string(),
            agent(code, 2).to_string(),
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
        "1".to_string(),
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
    // Actor1Geo and Actor2Geo are not filled; ActionGeo is the event's place.
    for _ in 0..2 {
        row.extend(std::iter::repeat_n(String::new(), 8));
    }
    match place {
        Some((name, cc, lat, lon)) => row.extend([
            if cc.is_empty() || cc == "---" { "0".into() } else { "4".into() },
            clean(name),
            cc.to_string(),
            String::new(),
            String::new(),
            lat.map(|v| format!("{v:.4}")).unwrap_or_default(),
            lon.map(|v| format!("{v:.4}")).unwrap_or_default(),
            String::new(),
        ]),
        None => row.extend(std::iter::repeat_n(String::new(), 8)),
    }
    row.push(added.to_string());
    row.push(clean(url));
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
/// in `format`.
pub fn export(
    store: &Store,
    format: ExportFormat,
    filter: &EventFilter,
    out: &mut dyn Write,
) -> Result<()> {
    let mut f = filter.clone();
    f.merged = true;
    let mut rows = store.events(&f)?;
    rows.sort_by(|a, b| (a.date.as_deref(), a.cluster).cmp(&(b.date.as_deref(), b.cluster)));
    match format {
        ExportFormat::Gdelt => {
            let extra = extra_info(store)?;
            for e in &rows {
                let (added, url, place) = extra.get(&e.id).cloned().unwrap_or_default();
                let p = place.as_ref().map(|(n, c, la, lo)| (n.as_str(), c.as_str(), *la, *lo));
                writeln!(out, "{}", gdelt_row(e, p, &added, &url).join("\t"))?;
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
    Ok(())
}

type Extra = BTreeMap<i64, (String, String, Option<(String, String, Option<f64>, Option<f64>)>)>;

/// DATEADDED, SOURCEURL and the event's place with coordinates, by event id.
fn extra_info(store: &Store) -> Result<Extra> {
    use rusqlite_value as V;
    let (_, rows) = store.rows(
        "SELECT e.id, replace(replace(replace(a.ingested_at, '-', ''), ':', ''), 'T', ''), coalesce(a.url, a.ext_id), e.place,
                (SELECT p.country FROM places p WHERE p.article_id = e.article_id AND p.name = e.place LIMIT 1),
                (SELECT p.lat FROM places p WHERE p.article_id = e.article_id AND p.name = e.place LIMIT 1),
                (SELECT p.lon FROM places p WHERE p.article_id = e.article_id AND p.name = e.place LIMIT 1)
           FROM events e JOIN articles a ON a.id = e.article_id",
        &[],
    )?;
    let mut out = Extra::new();
    for r in rows {
        let id = V::int(&r[0]);
        let added = V::text(&r[1]).trim_end_matches('Z').to_string();
        let url = V::text(&r[2]);
        let place = match &r[3] {
            rusqlite_value::Value::Text(n) => {
                Some((n.clone(), V::text(&r[4]), V::real(&r[5]), V::real(&r[6])))
            }
            _ => None,
        };
        out.insert(id, (added, url, place));
    }
    Ok(out)
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
