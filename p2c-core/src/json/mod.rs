//! JSON documents as borrowed trees: what the validator reads JSON text into, and what a
//! host that holds a document as its own values (a Python `dict`, a parsed object) builds
//! to have it validated without writing JSON text.
//!
//! The public surface is the builder: [`Tree`] (a document whose strings are borrowed and
//! whose arrays and objects live in an [`Arena`]), [`Arena`], and [`with_arena`] (this
//! thread's arena, reused between documents). A tree is validated with
//! [`validate_tree`](crate::validate::validate_tree) or
//! [`validate_batch_tree`](crate::validate::validate_batch_tree), with the same report as the
//! equal [`serde_json::Value`].
//!
//! The readers are private to the crate: the fast reader (`fast.rs`), a direct reader for the
//! common case, and the serde_json route (`tree.rs`) that reads everything else and reports
//! every error. So is the view the validator's walker reads a tree through.

pub(crate) mod fast;
pub(crate) mod tree;

pub use tree::{with_arena, Arena, Tree};
