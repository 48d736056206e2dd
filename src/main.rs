use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use gleaner::commands::extract::{self, ExtractOptions};
use gleaner::commands::{eval, export, train, view};
use gleaner::formats::articles::ReadOptions;
use gleaner::pipeline::Pipeline;
use gleaner::resources::Resources;
use gleaner::stages::ner::{parse_device, NerModel, Precision};
use gleaner::stages::patterns::Date;
use gleaner::stages::relations::RuleSet;

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
    /// Score predictions against gold: entities in the four nervaluate modes, relations strict,
    /// lenient and by argument.
    ///
    /// Exit status: 0, or 2 when gold is invalid or inputs cannot be read.
    Eval(EvalArgs),
    /// Write annotated documents in the formats NER/RE trainers and annotation tools read.
    Export(ExportArgs),
    /// Fine-tune a BERT token classifier (CoNLL columns or JSON Lines of tokens + tags).
    Train(TrainArgs),
    /// Write annotated documents as a static site (DIR/index.html, one page per document), with
    /// the differences from gold when --gold is given. Opens from file://, no network.
    View(ViewArgs),
}

#[derive(clap::Args)]
struct ViewArgs {
    /// Annotated documents: anything `eval` reads (gleaner JSON file, folder or JSONL, CoNLL,
    /// brat, doccano, Label Studio, .spacy, DocRED).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output folder.
    #[arg(short = 'o', long = "out", value_name = "DIR")]
    out: PathBuf,
    /// Gold documents (same formats), paired by id: each entity and relation is marked
    /// correct, wrong type, partial, missed or spurious, and the index is sorted worst first.
    #[arg(long, value_name = "GOLD")]
    gold: Option<PathBuf>,
}

#[derive(clap::Args)]
struct EvalArgs {
    /// Gold: gleaner JSON (file, folder or JSONL) or CoNLL columns.
    #[arg(long)]
    gold: PathBuf,
    /// Predictions, same formats; documents pair by id.
    #[arg(long)]
    pred: PathBuf,
    /// Label map: `conll` (the 17 types to PER/ORG/LOC/MISC) or a JSON file {"FROM": "TO" or null}.
    #[arg(long)]
    map: Option<String>,
    /// Machine-readable output.
    #[arg(long)]
    json: bool,
    /// Add a per-document breakdown (strict entity and lenient relation figures).
    #[arg(long)]
    per_doc: bool,
}

#[derive(clap::Args)]
struct ExportArgs {
    /// Output format: jsonl, conll, iob2, bilou, hf-jsonl, spacy (a .spacy DocBin), brat (OUT is
    /// a folder), doccano, label-studio, tacred, docred. Lossy conversions are counted on stderr.
    #[arg(long)]
    format: String,
    /// Annotated documents: gleaner JSON (file, folder or JSONL), CoNLL columns, brat, doccano,
    /// Label Studio or .spacy.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output file (a folder for brat; hf-jsonl also writes OUT.labels.json).
    #[arg(short = 'o', long = "out")]
    out: PathBuf,
    /// tacred: keep at most N no_relation pairs per sentence (the nearest first).
    #[arg(long, value_name = "N")]
    max_negatives: Option<usize>,
}

#[derive(clap::Args)]
struct TrainArgs {
    /// Training data: CoNLL-2003 columns (token first, tag last) or JSONL {"tokens","tags"}.
    #[arg(long)]
    train: PathBuf,
    /// Dev data, same formats; early stopping and model selection use its entity F1.
    #[arg(long)]
    dev: PathBuf,
    /// Encoder directory: config.json, model.safetensors (BERT), tokenizer.json. With --syntax:
    /// the NER model whose (frozen) encoder the heads read.
    #[arg(long, value_name = "DIR")]
    encoder: PathBuf,
    /// Train part-of-speech and phrase-chunk heads (CoNLL-2003's POS and chunk columns) on the
    /// frozen encoder of the NER model --encoder, and write the model with them to -o.
    #[arg(long)]
    syntax: bool,
    /// With --syntax: the encoder layers the heads read (1 = the first layer's output).
    #[arg(long, value_delimiter = ',', default_value = "6")]
    syntax_layers: Vec<usize>,
    /// With --syntax: width of each head's hidden ReLU layer (0: linear heads).
    #[arg(long, default_value_t = 256)]
    syntax_hidden: usize,
    /// Output model directory.
    #[arg(short = 'o', long = "out", value_name = "MODELDIR")]
    out: PathBuf,
    /// Default 4 (10 with --syntax).
    #[arg(long)]
    epochs: Option<usize>,
    /// Sentences per step (default 16); with --syntax, words per step (default 256).
    #[arg(long)]
    batch_size: Option<usize>,
    /// Default 5e-5 (1e-3 with --syntax).
    #[arg(long)]
    lr: Option<f64>,
    /// Fraction of steps for linear warm-up.
    #[arg(long, default_value_t = 0.1)]
    warmup: f64,
    #[arg(long, default_value_t = 0.01)]
    weight_decay: f64,
    /// Gradient norm clip.
    #[arg(long, default_value_t = 1.0)]
    clip: f64,
    /// Epochs without dev improvement before stopping.
    #[arg(long, default_value_t = 2)]
    patience: usize,
    /// Longest window in sub-tokens (longer sentences are split into windows).
    #[arg(long, default_value_t = 128)]
    max_len: usize,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// cpu, cuda or auto.
    #[arg(long, default_value = "cpu")]
    device: String,
    /// Save weights as fp16 (half the size; loaded back as fp32).
    #[arg(long)]
    fp16: bool,
    /// Use only the first N sentences of each file.
    #[arg(long)]
    limit: Option<usize>,
    /// Stop after N optimiser steps.
    #[arg(long)]
    max_steps: Option<usize>,
    #[arg(long)]
    threads: Option<usize>,
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
    /// Most padded sub-tokens in one model batch. Default: the fastest on CPU for the precision
    /// (fp32 1024, bf16 512, int8 512; scripts/bench_batch_tokens.py); larger batches suit a GPU.
    #[arg(long)]
    batch_tokens: Option<usize>,
    /// cpu, cuda or auto.
    #[arg(long, default_value = "cpu")]
    device: String,
    /// Arithmetic of the model: fp32 (as trained, rust-bert's own pass), bf16, int8 (CPU only),
    /// or auto: bf16 on a CPU with AVX-512 BF16/AMX or on CUDA, else fp32. run.json records the
    /// one used; the model card gives words/s and CoNLL-2003 F1 for each.
    #[arg(long, default_value = "auto", value_parser = Precision::NAMES)]
    precision: String,
    /// Also write training data in this format (see `gleaner export`) to --export-out.
    #[arg(long, value_name = "FORMAT", requires = "export_out")]
    export: Option<String>,
    /// Where --export writes (a file; a folder for brat).
    #[arg(long, value_name = "PATH", requires = "export")]
    export_out: Option<PathBuf>,
    /// With --export: leave out documents with a model entity scored below this.
    #[arg(long, value_name = "SCORE", requires = "export")]
    min_score: Option<f64>,
    /// With -o: skip every input whose document OUTDIR already holds from the same input bytes,
    /// model, rules, options and gleaner version (after a crash, say); do the rest.
    #[arg(long, requires = "out")]
    resume: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => run_extract(a),
        Command::Train(a) => run_train(a),
        Command::Eval(a) => run_eval(a),
        Command::Export(a) => run_export(a),
        Command::View(a) => run_view(a),
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
        Date::parse(d).with_context(|| format!("--date {d:?} is not YYYY-MM-DD"))?;
    }
    let threads = set_threads(a.threads);
    let device = parse_device(&a.device)?;
    let precision = Precision::parse(&a.precision, device)?;
    let ner = if a.no_model {
        None
    } else {
        let dir = match a.model.clone().or_else(extract::default_model_dir) {
            Some(d) => d,
            None => anyhow::bail!("no model: the embedded model (models/ner) was not found; pass --model DIR or --no-model"),
        };
        Some(NerModel::load(&dir, device, precision).with_context(|| format!("loading model {}", dir.display()))?)
    };
    if let Some(f) = &a.export {
        export::check_format(f)?;
    }
    let pipeline = Pipeline { res: Resources::builtin(), ner, rules: RuleSet::load(&a.rules)?, batch_tokens: a.batch_tokens.unwrap_or(precision.default_batch_tokens()) };
    let opts = ExtractOptions {
        inputs: a.inputs,
        out_dir: a.out.clone(),
        jsonl: a.jsonl,
        read: ReadOptions { lossy: a.lossy, date: a.date },
        batch_docs: a.batch_docs.max(1),
        threads,
        export: a.export.clone().zip(a.export_out.clone()).map(|(format, path)| extract::ExportRequest { format, path, min_score: a.min_score }),
        resume: a.resume,
    };
    let report = extract::run(&pipeline, &opts)?;
    if let (Some(summary), Some(req)) = (&report.export_summary, &opts.export) {
        export::report(summary, &req.format, &req.path).iter().for_each(|l| eprintln!("{l}"));
    }
    eprintln!("{}", extract::summary(&report, a.out.as_deref()));
    for e in &report.errors {
        let line = e.line.map(|l| format!(":{l}")).unwrap_or_default();
        eprintln!("gleaner: {}{}: {}", e.input, line, e.error);
    }
    Ok(if report.failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn run_train(a: TrainArgs) -> Result<ExitCode> {
    set_threads(a.threads);
    let command_line = std::env::args().collect::<Vec<_>>().join(" ");
    if a.syntax {
        let opts = train::SyntaxTrainOptions {
            model: a.encoder,
            train: a.train,
            dev: a.dev,
            out: a.out,
            layers: a.syntax_layers,
            epochs: a.epochs.unwrap_or(10),
            lr: a.lr.unwrap_or(1e-3),
            batch_size: a.batch_size.unwrap_or(256).max(1),
            hidden: a.syntax_hidden,
            seed: a.seed,
            device: parse_device(&a.device)?,
            limit: a.limit,
            command_line,
        };
        let log = train::train_syntax(&opts)?;
        let best = log.iter().max_by(|x, y| (x.dev_pos_accuracy + x.dev_chunk_f1).total_cmp(&(y.dev_pos_accuracy + y.dev_chunk_f1)));
        if let Some(b) = best {
            eprintln!("gleaner train --syntax: dev POS accuracy {:.4}, chunk F1 {:.4} (epoch {}); heads in {}", b.dev_pos_accuracy, b.dev_chunk_f1, b.epoch, opts.out.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let opts = train::TrainOptions {
        command_line,
        train: a.train,
        dev: a.dev,
        encoder: a.encoder,
        out: a.out,
        epochs: a.epochs.unwrap_or(4),
        batch_size: a.batch_size.unwrap_or(16).max(1),
        lr: a.lr.unwrap_or(5e-5),
        warmup: a.warmup,
        weight_decay: a.weight_decay,
        clip: a.clip,
        patience: a.patience.max(1),
        max_len: a.max_len,
        seed: a.seed,
        device: parse_device(&a.device)?,
        fp16: a.fp16,
        limit: a.limit,
        max_steps: a.max_steps,
    };
    let log = train::train(&opts)?;
    let best = log.iter().map(|e| e.dev_f1).fold(0.0, f64::max);
    eprintln!("gleaner train: best dev F1 {best:.4}; model in {}", opts.out.display());
    Ok(ExitCode::SUCCESS)
}

fn run_eval(a: EvalArgs) -> Result<ExitCode> {
    let map = match a.map.as_deref() {
        None => None,
        Some(m) => Some(eval::LabelMap::load(m)?),
    };
    let report = eval::evaluate_paths(&a.gold, &a.pred, map.as_ref())?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report.to_json(a.per_doc))?);
    } else {
        print!("{}", report.to_table(a.per_doc));
    }
    Ok(ExitCode::SUCCESS)
}

fn run_export(a: ExportArgs) -> Result<ExitCode> {
    let opts = gleaner::formats::ExportOptions { max_negatives: a.max_negatives };
    let summary = export::run(&a.inputs, &a.format, &a.out, &opts)?;
    export::report(&summary, &a.format, &a.out).iter().for_each(|l| eprintln!("{l}"));
    Ok(ExitCode::SUCCESS)
}

fn run_view(a: ViewArgs) -> Result<ExitCode> {
    let mut docs = Vec::new();
    for input in &a.inputs {
        docs.extend(gleaner::formats::read_documents(input)?);
    }
    let gold = match &a.gold {
        Some(g) => Some(gleaner::formats::read_documents(g)?),
        None => None,
    };
    let summary = view::run(&docs, gold.as_deref(), &a.out)?;
    let scores = summary.eval.as_ref().map(|r| format!(", entity strict F1 {:.3}, relation lenient F1 {:.3}", r.entities.overall["strict"].f1, r.relations.lenient.micro.f1)).unwrap_or_default();
    eprintln!("gleaner view: {} documents{scores} -> {}", summary.documents, a.out.join("index.html").display());
    Ok(ExitCode::SUCCESS)
}
