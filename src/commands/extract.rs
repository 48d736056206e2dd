//! `gleaner extract`: reads inputs record by record, runs the pipeline in batches, writes one
//! JSON per document (atomically) and `run.json`, and/or streams JSON Lines to stdout, where
//! every input record gives one line in input order: its document or an error record.
//! `--resume` skips the documents OUTDIR already holds (its manifest names them and the key of
//! the input and settings they were made from).

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::document::Document;
use crate::formats::articles::{self as input, IdRegistry, InputError, ReadOptions, Skipped};
use crate::pipeline::{Pipeline, StageTimes};

#[derive(Debug, Clone)]
pub struct ExtractOptions {
    pub inputs: Vec<PathBuf>,
    pub out_dir: Option<PathBuf>,
    pub jsonl: bool,
    pub read: ReadOptions,
    /// Documents per pipeline batch.
    pub batch_docs: usize,
    pub threads: usize,
    /// Training data written in the same run.
    pub export: Option<ExportRequest>,
    /// Skip the documents OUTDIR already holds from the same input and settings.
    pub resume: bool,
}

/// `--export FORMAT --export-out PATH [--min-score S]`.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    pub format: String,
    pub path: PathBuf,
    /// Documents with a model entity scored below this are left out.
    pub min_score: Option<f64>,
}

/// What the export in the run did, in run.json.
#[derive(Debug, Serialize)]
pub struct ExportInfo {
    pub format: String,
    pub path: String,
    pub documents: usize,
    pub below_min_score: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Renamed {
    pub input: String,
    pub id: String,
    pub renamed_to: String,
}

/// What run.json holds.
#[derive(Debug, Serialize)]
pub struct RunReport {
    pub gleaner: String,
    pub model: Option<ModelInfo>,
    pub rules: RulesInfo,
    pub threads: usize,
    pub inputs: usize,
    pub documents: usize,
    pub failed: usize,
    pub entities: BTreeMap<String, usize>,
    pub relations: BTreeMap<String, usize>,
    pub errors: Vec<InputError>,
    pub skipped: Vec<Skipped>,
    pub renamed: Vec<Renamed>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resume: Option<ResumeInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export: Option<ExportInfo>,
    pub seconds: StageTimes,
    pub total_seconds: f64,
    #[serde(skip)]
    pub export_summary: Option<crate::formats::ExportSummary>,
}

#[derive(Debug, Serialize)]
pub struct ModelInfo {
    pub path: String,
    pub weights_fnv1a64: String,
    pub labels: Vec<String>,
    /// The `--precision` the model ran at.
    pub precision: &'static str,
    /// The syntax heads (POS and chunks), or why there is no syntax layer.
    pub syntax: serde_json::Value,
}

#[derive(Debug, Serialize)]
pub struct RulesInfo {
    pub files: Vec<String>,
    pub fnv1a64: String,
}

/// Counts a failed record in the report and, in a stream, writes its error record in its place.
fn record_failure(e: InputError, jsonl: bool, out: &mut impl Write, report: &mut RunReport) -> Result<()> {
    if jsonl {
        let mut l = serde_json::to_vec(&error_record(&e))?;
        l.push(b'\n');
        out.write_all(&l).context("writing to stdout")?;
    }
    report.failed += 1;
    report.errors.push(e);
    Ok(())
}

/// The schema name of a stream's error records.
pub const ERROR_SCHEMA: &str = "gleaner.error/1";

/// The manifest `--resume` reads: one line per document written, `{"id", "key"}`, appended as
/// documents complete (a hidden file, so readers of OUTDIR pass it by).
pub const MANIFEST: &str = ".gleaner-manifest.jsonl";

/// One input record on its way to the output, in input order.
enum Item {
    /// A document to annotate, with its input and line, and its resume key (with `-o`).
    Doc { doc: Document, origin: String, line: Option<usize>, key: Option<String> },
    /// A document a resumed run already wrote (read back from OUTDIR).
    Done(Document),
    Error(InputError),
}

/// What `--resume` did, in run.json.
#[derive(Debug, Default, Serialize)]
pub struct ResumeInfo {
    /// Documents already in OUTDIR from the same input and settings: kept as they are.
    pub skipped: usize,
    /// Documents in OUTDIR made from other input bytes or settings (or unreadable): made again.
    pub redone: usize,
    /// Documents not in OUTDIR before.
    pub new: usize,
}

/// The error record a stream carries in place of a document.
pub fn error_record(e: &InputError) -> serde_json::Value {
    serde_json::json!({"schema": ERROR_SCHEMA, "id": e.id, "input": e.input, "line": e.line, "reason": e.error})
}

fn syntax_info(m: &crate::stages::ner::NerModel) -> serde_json::Value {
    match (&m.syntax, &m.syntax_digest) {
        (Some(h), Some(d)) => serde_json::json!({"layers": h.config.layers, "pos_labels": h.config.pos_labels.len(), "chunk_labels": h.config.chunk_labels.len(), "fnv1a64": d}),
        _ => serde_json::json!({
            "none": "the model has no syntax heads (syntax.json, syntax.safetensors): no pos, lemma or chunks",
            "rules": "rules over phrases fall back (docs/rules.md): subject/object slots read as before/after, lemma triggers match by word forms, text-span slots stay empty, and rules that require one (agreement.passive, agreement.reach, agreement.participle, agreement.between) do not fire"
        }),
    }
}

/// What a document's output depends on besides the code: gleaner's version, the model and rules
/// digests, the options that change output, and the record as read (id, text, meta).
fn settings_key(pipeline: &Pipeline, opts: &ExtractOptions) -> String {
    let model = pipeline.ner.as_ref().map_or("no model".to_string(), |m| format!("{} {}{}", m.digest, m.precision.as_str(), m.syntax_digest.as_deref().map(|d| format!(" syntax {d}")).unwrap_or_default()));
    format!("gleaner {}\nmodel {model}\nrules {}\nlossy {}\ndate {:?}\nbatch-tokens {}\n", env!("CARGO_PKG_VERSION"), pipeline.rules.digest, opts.read.lossy, opts.read.date, pipeline.batch_tokens)
}

fn record_key(settings: &str, doc: &Document) -> Result<String> {
    let mut h = crate::util::Fnv::new();
    h.update(settings.as_bytes());
    h.update(&serde_json::to_vec(&(&doc.id, &doc.text, &doc.meta))?);
    Ok(h.hex())
}

/// The manifest's entries (id -> key); a line cut off by a crash is ignored.
fn read_manifest(dir: &Path) -> HashMap<String, String> {
    let mut out = HashMap::new();
    if let Ok(text) = std::fs::read_to_string(dir.join(MANIFEST)) {
        for line in text.lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                if let (Some(id), Some(key)) = (v["id"].as_str(), v["key"].as_str()) {
                    out.insert(id.to_string(), key.to_string());
                }
            }
        }
    }
    out
}

/// With `--resume`: the document OUTDIR holds for `doc`, read back, when the manifest gives it
/// the same key and it reads back whole; counted as skipped, redone or new.
fn kept_document(manifest: &HashMap<String, String>, dir: &Path, doc: &Document, key: &str, info: &mut ResumeInfo) -> Option<Document> {
    let Some(k) = manifest.get(&doc.id) else {
        info.new += 1;
        return None;
    };
    let old = Some(k.as_str()).filter(|k| *k == key).and_then(|_| std::fs::read(input::output_path(dir, &doc.id)).ok()).and_then(|b| serde_json::from_slice::<Document>(&b).ok()).filter(|old| old.id == doc.id && old.text == doc.text);
    match old {
        Some(_) => info.skipped += 1,
        None => info.redone += 1,
    }
    old
}

/// Removes the temporary files an interrupted run left in OUTDIR (see `util::AtomicFile`): the
/// documents themselves are only ever renamed into place whole.
fn remove_stale_temporaries(dir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let entry = entry?;
        if crate::util::is_temporary_name(&entry.file_name().to_string_lossy()) && entry.file_type()?.is_file() {
            std::fs::remove_file(entry.path()).with_context(|| format!("removing {}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// Runs the extraction. Returns the report; the caller maps failures to the exit code.
pub fn run(pipeline: &Pipeline, opts: &ExtractOptions) -> Result<RunReport> {
    let started = Instant::now();
    let (sources, skipped) = input::collect_sources(&opts.inputs)?;
    if opts.resume && opts.out_dir.is_none() {
        anyhow::bail!("--resume needs -o OUTDIR (the documents and manifest to resume from)");
    }
    if let Some(dir) = &opts.out_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        remove_stale_temporaries(dir)?;
    }
    let settings = settings_key(pipeline, opts);
    let done_before = match (&opts.out_dir, opts.resume) {
        (Some(dir), true) => read_manifest(dir),
        _ => HashMap::new(),
    };
    let mut manifest = match &opts.out_dir {
        Some(dir) => {
            let path = dir.join(MANIFEST);
            let f = std::fs::OpenOptions::new().create(true).append(opts.resume).write(true).truncate(!opts.resume).open(&path).with_context(|| format!("opening {}", path.display()))?;
            Some(std::io::BufWriter::new(f))
        }
        None => None,
    };
    let bar = progress_bar(sources.len(), opts.jsonl || sources.len() < 2);
    let mut times = pipeline.times();
    let mut report = RunReport {
        gleaner: env!("CARGO_PKG_VERSION").to_string(),
        model: pipeline.ner.as_ref().map(|m| ModelInfo { path: m.name.clone(), weights_fnv1a64: m.digest.clone(), labels: m.labels.clone(), precision: m.precision.as_str(), syntax: syntax_info(m) }),
        rules: RulesInfo { files: pipeline.rules.files.clone(), fnv1a64: pipeline.rules.digest.clone() },
        threads: opts.threads,
        inputs: sources.len(),
        documents: 0,
        failed: 0,
        entities: BTreeMap::new(),
        relations: BTreeMap::new(),
        errors: Vec::new(),
        skipped,
        renamed: Vec::new(),
        resume: opts.resume.then(ResumeInfo::default),
        export: None,
        seconds: StageTimes::default(),
        total_seconds: 0.0,
        export_summary: None,
    };
    // Training data is written as documents complete (memory does not grow with their number).
    let mut exporter = match &opts.export {
        Some(req) => Some(crate::formats::Exporter::new(&req.format, &req.path, &crate::formats::ExportOptions::default())?),
        None => None,
    };
    let mut below_min_score: Vec<String> = Vec::new();
    let mut ids = IdRegistry::default();
    let stdout = std::io::stdout();
    let mut pending: Vec<Item> = Vec::new();
    let mut pending_docs = 0; // the documents among `pending` that go through the pipeline
    let mut flush = |pending: &mut Vec<Item>, report: &mut RunReport, times: &mut StageTimes, manifest: &mut Option<std::io::BufWriter<std::fs::File>>| -> Result<()> {
        if pending.is_empty() {
            return Ok(());
        }
        let mut items = std::mem::take(pending);
        // The documents move into the pipeline (no copy of their text); their items keep the rest.
        let docs: Vec<Document> = items.iter_mut().filter_map(|i| if let Item::Doc { doc, .. } = i { Some(std::mem::replace(doc, Document::new("", "", Default::default()))) } else { None }).collect();
        let mut results = pipeline.annotate(docs, times).into_iter();
        let t = Instant::now();
        let mut out = stdout.lock();
        for item in items {
            let (result, origin, line, key, fresh) = match item {
                Item::Doc { origin, line, key, .. } => (results.next().expect("a result per document"), origin, line, key, true),
                Item::Done(doc) => (Ok(doc), String::new(), None, None, false),
                Item::Error(e) => {
                    record_failure(e, opts.jsonl, &mut out, report)?;
                    continue;
                }
            };
            let error = match result {
                Ok(doc) => {
                    let mut write_one = || -> Result<()> {
                        if let (Some(dir), true) = (&opts.out_dir, fresh) {
                            crate::util::write_atomic_with(&input::output_path(dir, &doc.id), |w| crate::util::write_json_pretty(w, &doc))?;
                        }
                        if opts.jsonl {
                            let mut l = serde_json::to_vec(&doc)?;
                            l.push(b'\n');
                            out.write_all(&l).context("writing to stdout")?;
                        }
                        Ok(())
                    };
                    match write_one() {
                        Ok(()) => {
                            if let (Some(m), Some(key)) = (manifest.as_mut(), &key) {
                                writeln!(m, "{}", serde_json::json!({"id": doc.id, "key": key}))?;
                            }
                            for e in &doc.entities {
                                *report.entities.entry(e.label.clone()).or_default() += 1;
                            }
                            for r in &doc.relations {
                                *report.relations.entry(r.label.clone()).or_default() += 1;
                            }
                            report.documents += 1;
                            if let (Some(req), Some(x)) = (&opts.export, exporter.as_mut()) {
                                let lowest = doc.entities.iter().filter_map(|e| e.score).fold(f64::INFINITY, f64::min);
                                if req.min_score.map_or(false, |m| lowest < m) {
                                    below_min_score.push(doc.id.clone());
                                } else {
                                    x.add(doc)?;
                                }
                            }
                            None
                        }
                        Err(e) => Some(InputError { input: origin, line, id: Some(doc.id.clone()), error: format!("{e:#}") }),
                    }
                }
                Err((doc, e)) => Some(InputError { input: origin, line, id: Some(doc.id), error: e }),
            };
            if let Some(e) = error {
                record_failure(e, opts.jsonl, &mut out, report)?;
            }
        }
        out.flush().context("writing to stdout")?;
        if let Some(m) = manifest.as_mut() {
            m.flush()?;
            m.get_ref().sync_data()?;
        }
        times.add("write", t.elapsed().as_secs_f64());
        Ok(())
    };
    for source in &sources {
        let mut t = Instant::now();
        input::read_records(source, &opts.read, &mut |record| {
            times.add("read", t.elapsed().as_secs_f64());
            match record {
                input::Record::Error(e) => pending.push(Item::Error(e)),
                input::Record::Doc { mut doc, line } => {
                    if let Some((old, new)) = ids.assign(&mut doc) {
                        report.renamed.push(Renamed { input: source.name(), id: old, renamed_to: new });
                    }
                    let key = match &opts.out_dir {
                        Some(_) => Some(record_key(&settings, &doc)?),
                        None => None,
                    };
                    let kept = match (report.resume.as_mut(), &opts.out_dir, &key) {
                        (Some(info), Some(dir), Some(key)) => kept_document(&done_before, dir, &doc, key, info),
                        _ => None,
                    };
                    match kept {
                        Some(old) => pending.push(Item::Done(old)),
                        None => {
                            pending.push(Item::Doc { doc, origin: source.name(), line, key });
                            pending_docs += 1;
                        }
                    }
                }
            }
            if pending_docs >= opts.batch_docs || pending.len() >= opts.batch_docs * 4 {
                flush(&mut pending, &mut report, &mut times, &mut manifest)?;
                pending_docs = 0;
            }
            t = Instant::now();
            Ok(())
        })?;
        bar.inc(1);
    }
    flush(&mut pending, &mut report, &mut times, &mut manifest)?;
    drop(flush);
    if let (Some(req), Some(x)) = (&opts.export, exporter) {
        let summary = x.finish()?;
        report.export = Some(ExportInfo { format: req.format.clone(), path: req.path.display().to_string(), documents: summary.documents, below_min_score });
        report.export_summary = Some(summary);
    }
    bar.finish_and_clear();
    report.seconds = times;
    report.total_seconds = started.elapsed().as_secs_f64();
    if let Some(dir) = &opts.out_dir {
        crate::util::write_atomic(&dir.join("run.json"), &crate::util::to_json_pretty(&report)?)?;
    }
    Ok(report)
}

fn progress_bar(n: usize, hidden: bool) -> indicatif::ProgressBar {
    if hidden {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(Some(n as u64), indicatif::ProgressDrawTarget::stderr());
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} files ({per_sec}, eta {eta})")
            .expect("static template"),
    );
    bar
}

/// The one-line summary printed to stderr at the end.
pub fn summary(report: &RunReport, out: Option<&Path>) -> String {
    let ents: usize = report.entities.values().sum();
    let rels: usize = report.relations.values().sum();
    let dest = out.map(|p| format!(" -> {}", p.display())).unwrap_or_default();
    let resumed = report.resume.as_ref().map(|r| format!(" (resumed: {} kept, {} redone, {} new)", r.skipped, r.redone, r.new)).unwrap_or_default();
    format!(
        "gleaner: {} documents{resumed}, {} failed, {} entities, {} relations in {:.1}s{}",
        report.documents, report.failed, ents, rels, report.total_seconds, dest
    )
}

/// Where the default model lives: `GLEANER_MODEL`, else `models/ner` beside the executable
/// (or up to three folders above it, as in `target/release/`), the working directory, or the
/// source tree the binary was built from.
pub fn default_model_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("GLEANER_MODEL") {
        return Some(PathBuf::from(p));
    }
    let mut candidates = Vec::new();
    if let Ok(exe) = std::env::current_exe() {
        let mut dir = exe.parent().map(Path::to_path_buf);
        for _ in 0..4 {
            if let Some(d) = dir {
                candidates.push(d.join("models/ner"));
                dir = d.parent().map(Path::to_path_buf);
            }
        }
    }
    candidates.push(PathBuf::from("models/ner"));
    candidates.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("models/ner"));
    candidates.into_iter().find(|p| p.join("config.json").is_file())
}

