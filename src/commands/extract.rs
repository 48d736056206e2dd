//! `gleaner extract`: reads inputs, runs the pipeline in batches, writes one JSON per document
//! (atomically) and `run.json`, or streams JSON Lines to stdout.

use std::collections::BTreeMap;
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
}

#[derive(Debug, Serialize)]
pub struct RulesInfo {
    pub files: Vec<String>,
    pub fnv1a64: String,
}

/// Runs the extraction. Returns the report; the caller maps failures to the exit code.
pub fn run(pipeline: &Pipeline, opts: &ExtractOptions) -> Result<RunReport> {
    let started = Instant::now();
    let (sources, skipped) = input::collect_sources(&opts.inputs)?;
    if let Some(dir) = &opts.out_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let bar = progress_bar(sources.len(), opts.jsonl || sources.len() < 2);
    let mut times = pipeline.times();
    let mut report = RunReport {
        gleaner: env!("CARGO_PKG_VERSION").to_string(),
        model: pipeline.ner.as_ref().map(|m| ModelInfo { path: m.name.clone(), weights_fnv1a64: m.digest.clone(), labels: m.labels.clone() }),
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
        export: None,
        seconds: StageTimes::default(),
        total_seconds: 0.0,
        export_summary: None,
    };
    let mut to_export: Vec<Document> = Vec::new();
    let mut below_min_score: Vec<String> = Vec::new();
    let mut ids = IdRegistry::default();
    let stdout = std::io::stdout();
    let mut pending: Vec<(Document, String)> = Vec::new();
    let mut flush = |pending: &mut Vec<(Document, String)>, report: &mut RunReport, times: &mut StageTimes| -> Result<()> {
        if pending.is_empty() {
            return Ok(());
        }
        let (docs, origins): (Vec<Document>, Vec<String>) = std::mem::take(pending).into_iter().unzip();
        let results = pipeline.annotate(docs, times);
        let t = Instant::now();
        for (result, origin) in results.into_iter().zip(origins) {
            match result {
                Ok(doc) => {
                    for e in &doc.entities {
                        *report.entities.entry(e.label.clone()).or_default() += 1;
                    }
                    for r in &doc.relations {
                        *report.relations.entry(r.label.clone()).or_default() += 1;
                    }
                    let write_one = || -> Result<()> {
                        if let Some(dir) = &opts.out_dir {
                            crate::util::write_atomic(&input::output_path(dir, &doc.id), &crate::util::to_json_pretty(&doc)?)?;
                        }
                        if opts.jsonl {
                            let mut line = serde_json::to_vec(&doc)?;
                            line.push(b'\n');
                            stdout.lock().write_all(&line).context("writing to stdout")?;
                        }
                        Ok(())
                    };
                    match write_one() {
                        Ok(()) => {
                            report.documents += 1;
                            if let Some(req) = &opts.export {
                                let lowest = doc.entities.iter().filter_map(|e| e.score).fold(f64::INFINITY, f64::min);
                                if req.min_score.map_or(false, |m| lowest < m) {
                                    below_min_score.push(doc.id.clone());
                                } else {
                                    to_export.push(doc);
                                }
                            }
                        }
                        Err(e) => {
                            report.failed += 1;
                            report.errors.push(InputError { input: origin, line: None, id: Some(doc.id.clone()), error: format!("{e:#}") });
                        }
                    }
                }
                Err((doc, e)) => {
                    report.failed += 1;
                    report.errors.push(InputError { input: origin, line: None, id: Some(doc.id), error: e });
                }
            }
        }
        times.add("write", t.elapsed().as_secs_f64());
        Ok(())
    };
    for source in &sources {
        let t = Instant::now();
        let (docs, errors) = input::read_source(source, &opts.read);
        times.add("read", t.elapsed().as_secs_f64());
        report.failed += errors.len();
        report.errors.extend(errors);
        for mut doc in docs {
            if let Some((old, new)) = ids.assign(&mut doc) {
                report.renamed.push(Renamed { input: source.name(), id: old, renamed_to: new });
            }
            pending.push((doc, source.name()));
            if pending.len() >= opts.batch_docs {
                flush(&mut pending, &mut report, &mut times)?;
            }
        }
        bar.inc(1);
    }
    flush(&mut pending, &mut report, &mut times)?;
    drop(flush);
    if let Some(req) = &opts.export {
        let summary = crate::formats::export(to_export, &req.format, &req.path, &crate::formats::ExportOptions::default())?;
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
    format!(
        "gleaner: {} documents, {} failed, {} entities, {} relations in {:.1}s{}",
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

