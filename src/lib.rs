//! gleaner: news articles to annotated documents.
//!
//! The stages, in pipeline order, each adding a layer to a [`document::Document`]:
//! [`segment`] (sentences, tokens) -> [`ner`] (model entities) -> [`patterns`] (dates, money,
//! titles...) -> [`typing`] (the 17 types, merged) -> [`link`] (canonical names) ->
//! [`relations`] (rule-based relations). [`pipeline`] composes them; [`extract`] runs them
//! over files.

pub mod document;
pub mod eval;
pub mod export;
pub mod extract;
pub mod formats;
pub mod input;
pub mod link;
pub mod ner;
pub mod patterns;
pub mod pipeline;
pub mod relations;
pub mod resources;
pub mod segment;
pub mod train;
pub mod typing;
pub mod util;
