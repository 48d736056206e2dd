use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use gleaner::extract::{self, ExtractOptions};
use gleaner::input::ReadOptions;
use gleaner::ner::{parse_device, NerModel};
use gleaner::pipeline::Pipeline;
use gleaner::relations::RuleSet;
use gleaner::resources::Resources;

/// News articles to annotated JSON: sentences, tokens, entities and relations.
#[derive(Parser)]
#[command(name = "gleaner", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate articles (files, folders, or - for stdin).
    ///
    /// Exit status: 0 when every input became a document, 1 when some failed (see run.json),
    /// 2 on usage errors or when the model or rules cannot be loaded.
    Extract(ExtractArgs),
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files (.txt, .json, .jsonl) and folders (searched recursively); - reads stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Write OUTDIR/<id>.json per document and OUTDIR/run.json.
    #[arg(short = 'o', long = "out", value_name = "OUTDIR")]
    out: Option<PathBuf>,
    /// Stream one document per line to stdout.
    #[arg(long)]
    jsonl: bool,
    /// Model directory (config.json, weights, tokenizer.json). Default: the embedded model
    /// (models/ner), or $GLEANER_MODEL.
    #[arg(long, value_name = "DIR")]
    model: Option<PathBuf>,
    /// Run without the NER model (patterns and gazetteers only).
    #[arg(long, conflicts_with = "model")]
    no_model: bool,
    /// Extra relation rule file (repeatable).
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,
    /// Anchor date (YYYY-MM-DD) for relative dates in documents without meta.date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// Decode invalid UTF-8 with U+FFFD (flagged in meta.decoding) instead of failing the input.
    #[arg(long)]
    lossy: bool,
    /// Threads for the model and the other stages (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Documents per batch (their sentences are sorted by length and batched together).
    #[arg(long, default_value_t = 32)]
    batch_docs: usize,
    /// Most padded sub-tokens in one model batch.
    #[arg(long, default_value_t = 4096)]
    batch_tokens: usize,
    /// cpu, cuda or auto.
    #[arg(long, default_value = "cpu")]
    device: String,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => run_extract(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("gleaner: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn set_threads(threads: Option<usize>) -> usize {
    let n = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    tch::set_num_threads(n as i32);
    tch::set_num_interop_threads(1);
    let _ = rayon::ThreadPoolBuilder::new().num_threads(n).build_global();
    n
}

fn run_extract(a: ExtractArgs) -> Result<ExitCode> {
    if a.out.is_none() && !a.jsonl {
        anyhow::bail!("say where documents go: -o OUTDIR and/or --jsonl");
    }
    if let Some(d) = &a.date {
        gleaner::patterns::Date::parse(d).with_context(|| format!("--date {d:?} is not YYYY-MM-DD"))?;
    }
    let threads = set_threads(a.threads);
    let device = parse_device(&a.device)?;
    let ner = if a.no_model {
        None
    } else {
        let dir = match a.model.clone().or_else(extract::default_model_dir) {
            Some(d) => d,
            None => anyhow::bail!("no model: the embedded model (models/ner) was not found; pass --model DIR or --no-model"),
        };
        Some(NerModel::load(&dir, device).with_context(|| format!("loading model {}", dir.display()))?)
    };
    let pipeline = Pipeline { res: Resources::builtin(), ner, rules: RuleSet::load(&a.rules)?, batch_tokens: a.batch_tokens };
    let opts = ExtractOptions {
        inputs: a.inputs,
        out_dir: a.out.clone(),
        jsonl: a.jsonl,
        read: ReadOptions { lossy: a.lossy, date: a.date },
        batch_docs: a.batch_docs.max(1),
        threads,
    };
    let report = extract::run(&pipeline, &opts)?;
    eprintln!("{}", extract::summary(&report, a.out.as_deref()));
    for e in &report.errors {
        let line = e.line.map(|l| format!(":{l}")).unwrap_or_default();
        eprintln!("gleaner: {}{}: {}", e.input, line, e.error);
    }
    Ok(if report.failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
