//! Batch at scale: streams that lose nothing (one output line per input record, in order) and
//! `--resume` after `kill -9` (documents byte-identical to one uninterrupted run).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_gleaner")
}

/// One good record, then every kind of bad line, then a good one, then a line cut off.
const BAD_STREAM: &[u8] = b"{\"id\":\"a\",\"text\":\"Takaichi met Trump in Tokyo on Tuesday.\"}\n\
{\"id\":\"b\",\"text\":\"bad \xff byte\"}\n\
{\"id\":\"c\",\"text\":\"nul \x00 here\"}\n\
{\"id\":\"d\",\"title\":\"no text\"}\n\
not json at all\n\
\n\
{\"id\":\"e\",\"text\":\"Seoul, 3 March 2026.\"}\r\n\
{\"id\":\"f\",\"text\":\"cut off";

#[test]
fn every_record_gives_one_line_in_order() {
    let mut child = Command::new(bin()).args(["extract", "--no-model", "--jsonl", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(BAD_STREAM).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "some records failed");
    let lines: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let kinds: Vec<(&str, Option<&str>, Option<u64>)> = lines.iter().map(|v| (v["schema"].as_str().unwrap(), v["id"].as_str(), v["line"].as_u64())).collect();
    assert_eq!(
        kinds,
        [
            ("gleaner.document/1", Some("a"), None),
            ("gleaner.error/1", None, Some(2)),
            ("gleaner.error/1", None, Some(3)),
            ("gleaner.error/1", Some("d"), Some(4)),
            ("gleaner.error/1", None, Some(5)),
            ("gleaner.document/1", Some("e"), None),
            ("gleaner.error/1", None, Some(8)),
        ]
    );
    let reasons: Vec<&str> = lines.iter().filter_map(|v| v["reason"].as_str()).collect();
    for (r, want) in reasons.iter().zip(["invalid UTF-8", "NUL byte", "no \"text\"", "not JSON", "the input ends inside this line"]) {
        assert!(r.contains(want), "{r:?} should say {want:?}");
    }
    assert!(lines.iter().all(|v| v["input"] == "-" || v["schema"] == "gleaner.document/1"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 documents, 5 failed"));
}

#[test]
fn one_bad_line_in_a_jsonl_file_is_one_error() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in.jsonl");
    std::fs::write(&input, BAD_STREAM).unwrap();
    let out = tmp.path().join("out");
    let o = Command::new(bin()).args(["extract", "--no-model"]).arg(&input).arg("-o").arg(&out).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let run: Value = serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    assert_eq!(run["documents"], 2);
    assert_eq!(run["failed"], 5);
    let lines: Vec<u64> = run["errors"].as_array().unwrap().iter().map(|e| e["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, [2, 3, 4, 5, 8]);
    assert!(out.join("a.json").is_file() && out.join("e.json").is_file());
}

/// Documents of a folder (not run.json, the manifest or temporaries), by name; none when a run
/// was killed before it made the folder.
fn documents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut v: Vec<(String, Vec<u8>)> = entries
        .map(|e| e.unwrap())
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.ends_with(".json") && n != "run.json" && !n.starts_with('.')
        })
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    v.sort();
    v
}

fn extract(input: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(bin()).args(["extract", "--no-model", "--batch-docs", "8"]).args(extra).arg(input).arg("-o").arg(out).output().unwrap()
}

fn resume_report(out: &Path) -> Value {
    let run: Value = serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    run["resume"].clone()
}

#[test]
fn resume_after_kill_finishes_the_run_byte_for_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let article = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles/dev/albanese-lee-seoul-minerals.txt")).unwrap();
    let input = tmp.path().join("in.jsonl");
    let mut f = std::fs::File::create(&input).unwrap();
    let n = 1500;
    for i in 0..n {
        // Duplicate ids too: renaming must come out the same after a resume.
        let id = if i % 100 == 7 { "dup".to_string() } else { format!("d{i:05}") };
        let text: String = article.chars().take(200 + (i * 53) % 1000).collect();
        writeln!(f, "{}", serde_json::json!({"id": id, "text": text})).unwrap();
    }
    drop(f);
    let clean = tmp.path().join("clean");
    let t = std::time::Instant::now();
    assert!(extract(&input, &clean, &[]).status.success());
    let full = t.elapsed();
    let expected = documents(&clean);
    assert_eq!(expected.len(), n);

    let mut interrupted = 0;
    for (k, fraction) in [0.15, 0.3, 0.45, 0.6, 0.8].into_iter().enumerate() {
        let out = tmp.path().join(format!("run{k}"));
        let mut child = Command::new(bin()).args(["extract", "--no-model", "--batch-docs", "8"]).arg(&input).arg("-o").arg(&out).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(full.mul_f64(fraction));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let written = documents(&out).len();
        if written > 0 && written < n {
            interrupted += 1;
        }
        let o = extract(&input, &out, &["--resume"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(documents(&out) == expected, "kill at {fraction}: resumed documents differ from one uninterrupted run");
        let r = resume_report(&out);
        assert_eq!(r["skipped"].as_u64().unwrap() + r["redone"].as_u64().unwrap() + r["new"].as_u64().unwrap(), n as u64, "{r}");
        assert!(!std::fs::read_dir(&out).unwrap().any(|e| e.unwrap().file_name().to_string_lossy().contains(".tmp")), "temporaries are cleaned up");
    }
    assert!(interrupted >= 1, "no kill landed in the middle of a run; the check did not check");

    // A second resume keeps everything; changed options redo everything.
    let out = tmp.path().join("run0");
    extract(&input, &out, &["--resume"]);
    assert_eq!(resume_report(&out)["skipped"], n);
    extract(&input, &out, &["--resume", "--date", "2020-01-01"]);
    assert_eq!(resume_report(&out)["redone"], n);
}

#[test]
fn resume_retries_errors_and_redoes_changed_inputs() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "Takaichi met Trump in Tokyo.").unwrap();
    std::fs::write(dir.join("b.txt"), b"broken \xff text").unwrap();
    std::fs::write(dir.join("c.txt"), "Lee visited Hanoi on Monday.").unwrap();
    let out = tmp.path().join("out");
    assert_eq!(extract(&dir, &out, &[]).status.code(), Some(1));
    std::fs::write(dir.join("b.txt"), "Fixed text about Seoul.").unwrap();
    std::fs::write(dir.join("c.txt"), "Lee visited Hanoi on Tuesday.").unwrap();
    let o = extract(&dir, &out, &["--resume"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r = resume_report(&out);
    assert_eq!((r["skipped"].as_u64(), r["redone"].as_u64(), r["new"].as_u64()), (Some(1), Some(1), Some(1)), "{r}");
    let c: Value = serde_json::from_slice(&std::fs::read(out.join("c.json")).unwrap()).unwrap();
    assert!(c["text"].as_str().unwrap().contains("Tuesday"));
    assert!(out.join("b.json").is_file());
    // --resume needs -o.
    let o = Command::new(bin()).args(["extract", "--no-model", "--jsonl", "--resume"]).arg(&dir).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}
