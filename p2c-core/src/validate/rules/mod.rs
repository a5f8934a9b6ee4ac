//! The semantic rules, one file per group. Each group's `run` looks at the partial pledge the
//! walker built and skips any check whose inputs did not parse, so that one problem is reported
//! once.

pub(crate) mod batch;
pub(crate) mod beneficiaries;
pub(crate) mod cycles;
pub(crate) mod geography;
pub(crate) mod identity;
pub(crate) mod lifecycle;
pub(crate) mod money;
pub(crate) mod reports;
pub(crate) mod sdgs;
pub(crate) mod taxonomy;

use super::partial::PPledge;
use super::{Sink, ValidateOptions};

/// Run every per-pledge rule group, in a fixed order.
pub(crate) fn run(p: &PPledge<'_>, opts: &ValidateOptions, sink: &mut Sink) {
    let as_of = opts.as_of_date();
    identity::run(p, sink);
    taxonomy::run(p, sink);
    sdgs::run(p, sink);
    money::run(p, sink);
    geography::run(p, sink);
    lifecycle::run(p, as_of, sink);
    beneficiaries::run(p, sink);
    reports::run(p, as_of, sink);
}

/// Report later duplicates in a list of codes at `prefix/i` (`firstIndex` in the params).
pub(crate) fn duplicates<T: PartialEq + Copy>(
    list: &super::partial::List<T>,
    code_of: impl Fn(T) -> String,
    prefix: &[super::pointer::Seg<'_>],
    sink: &mut Sink,
) {
    let Some(items) = list.valid() else { return };
    for (i, x) in items.iter().enumerate() {
        let Some(x) = x else { continue };
        let first = items.iter().take(i).position(|y| y.as_ref() == Some(x));
        if let Some(first) = first {
            let value = code_of(*x);
            let params = sink
                .params()
                .user("value", value.as_str())
                .set("firstIndex", first);
            let message = format!(
                "{} is listed twice (first at index {first})",
                sink.quote(&value)
            );
            let path = super::pointer::join_with(prefix, super::pointer::Seg::Index(i));
            sink.emit(super::Code::TaxonomyDuplicateCode, path, message, params);
        }
    }
}
