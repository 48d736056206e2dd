//! The model stage on a tiny random model: windows cover every word, none exceeds the model's
//! length, and every word of a long sentence gets a label.

mod common;

use gleaner::stages::ner::NerModel;
use tch::Device;

#[test]
fn long_sentences_are_split_into_overlapping_windows() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = common::write_tiny_model(&tmp.path().join("m"), true, 7);
    let model = NerModel::load(&dir, Device::Cpu).unwrap();
    let words: Vec<String> = (0..3000).map(|i| format!("word{i}")).collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let enc = model.encoder.encode(&refs).unwrap();
    let windows = model.encoder.windows(&enc);
    assert!(windows.len() > 100, "{} windows", windows.len());
    assert_eq!(windows[0].start, 0);
    assert_eq!(windows.last().unwrap().end, 3000);
    for pair in windows.windows(2) {
        assert!(pair[1].start < pair[0].end, "consecutive windows overlap: {:?}", pair);
    }
    for w in &windows {
        let (ids, _) = model.encoder.window_ids(&enc, w.clone());
        assert!(ids.len() <= 64, "window of {} sub-tokens", ids.len());
    }
    let tags = model.tag(&[refs.clone(), vec!["Tokyo"]], 512).unwrap();
    assert_eq!(tags[0].len(), 3000);
    assert_eq!(tags[1].len(), 1);
    // Batching does not change results: the sentence alone gives the same labels.
    let alone = model.tag(&[refs], 4096).unwrap();
    assert_eq!(alone[0].iter().map(|t| t.label).collect::<Vec<_>>(), tags[0].iter().map(|t| t.label).collect::<Vec<_>>());
}

#[test]
fn missing_tensors_are_an_error_not_random_weights() {
    let tmp = tempfile::tempdir().unwrap();
    // An encoder checkpoint has no classifier: loading it as a NER model must fail.
    let dir = common::write_tiny_model(&tmp.path().join("enc"), false, 8);
    let err = NerModel::load(&dir, Device::Cpu).err().expect("must fail").to_string();
    assert!(err.contains("missing") && err.contains("classifier"), "{err}");
}
