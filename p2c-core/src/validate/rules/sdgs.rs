//! SDG rules (format 1.1 `sdgs`): goals are 1 to 17, each listed once; targets are targets of
//! the 2030 Agenda and belong to the goal they are listed under.

use super::super::partial::{each, PPledge};
use super::super::pointer::{ptr, Seg::Index as I, Seg::Key as K};
use super::super::{Code, Sink};
use crate::sdg;

pub(crate) fn run(p: &PPledge<'_>, sink: &mut Sink) {
    let mut seen: Vec<(u64, usize)> = Vec::new();
    for (i, g) in each(&p.sdgs) {
        let Some(goal) = g.goal else { continue };
        if sdg::goal(goal).is_none() {
            let params = sink.params().user("value", goal);
            let msg = format!(
                "{} is not an SDG goal (1 to 17)",
                sink.quote(&goal.to_string())
            );
            sink.emit(
                Code::SdgsUnknownGoal,
                ptr(&[K("sdgs"), I(i), K("goal")]),
                msg,
                params,
            );
        } else if let Some((_, first)) = seen.iter().find(|(g, _)| *g == goal) {
            let params = sink.params().set("goal", goal).set("firstIndex", *first);
            let msg = format!("SDG {goal} is listed twice (first at index {first})");
            sink.emit(
                Code::SdgsDuplicateGoal,
                ptr(&[K("sdgs"), I(i), K("goal")]),
                msg,
                params,
            );
        } else {
            seen.push((goal, i));
        }
        for (j, t) in each(&g.targets) {
            let path = [K("sdgs"), I(i), K("targets"), I(j)];
            if !sdg::is_target(t) {
                let params = sink.params().user("value", *t);
                let msg = format!("{} is not a target of the 2030 Agenda", sink.quote(t));
                sink.emit(Code::SdgsUnknownTarget, ptr(&path), msg, params);
                continue;
            }
            let owner = sdg::split_target(t).map(|(g, _)| u64::from(g));
            if let Some(owner) = owner.filter(|o| *o != goal) {
                let params = sink
                    .params()
                    .user("value", *t)
                    .set("goal", owner)
                    .set("listedUnder", goal);
                let msg = format!(
                    "target {} belongs to SDG {owner}, not to SDG {goal}",
                    sink.quote(t)
                );
                sink.emit(Code::SdgsTargetOutsideGoal, ptr(&path), msg, params);
            }
        }
    }
}
