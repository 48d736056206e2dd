//! What the CLI runs, one module per command (`src/main.rs` parses the arguments).
//!
//! - [`extract`]: articles through the pipeline into documents (and `run.json`);
//! - [`eval`]: predictions scored against gold;
//! - [`export`]: annotated documents into training and annotation-tool formats;
//! - [`train`]: fine-tunes the NER model;
//! - [`view`]: documents as a static site, with the gold diff.

pub mod eval;
pub mod export;
pub mod extract;
pub mod train;
pub mod view;
