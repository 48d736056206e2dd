//! gleaner: news articles to annotated documents.
//!
//! - [`document`]: the [`document::Document`] that flows through everything, and the contract's
//!   vocabularies (entity and relation types, core roles);
//! - [`stages`]: the pipeline stages, in order: [`stages::segment`] -> [`stages::ner`] ->
//!   [`stages::patterns`] -> [`stages::typing`] -> [`stages::link`] -> [`stages::relations`];
//! - [`pipeline`]: composes the stages over batches of documents;
//! - [`formats`]: readers and writers (articles in; annotated documents in and out in every
//!   export format);
//! - [`commands`]: what the CLI runs: extract, eval, export, train;
//! - [`resources`] (gazetteers and lexicons), [`tags`] (IOB/BILOU tag schemes), [`util`].

pub mod commands;
pub mod document;
pub mod formats;
pub mod pipeline;
pub mod resources;
pub mod stages;
pub mod tags;
pub mod util;
