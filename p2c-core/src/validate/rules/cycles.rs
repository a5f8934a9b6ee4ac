//! Cycles of relations that cannot hold (`supersedes`, `part_of`): one per knot of pledges
//! that reach each other, shared by the batch rules and by summaries (rule 4).
//!
//! Pledges are the nodes `0..n` of a directed graph whose edges are their relations. A
//! **knot** is a strongly connected component of two or more pledges (each reaches every
//! other through the relations); every relation cycle lies in one knot, and a knot holds at
//! least one cycle. A knot is reported once, as [`Cycle`]: its shortest cycle through its
//! smallest member, starting there (`A → B → A`, `A → C → B → A`), and all its members.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet, VecDeque};

/// One knot of pledges that reach each other through relations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cycle {
    /// A shortest cycle through the smallest member, from it, each node once (the cycle
    /// closes back to the first).
    pub(crate) path: Vec<usize>,
    /// Every member, smallest first.
    pub(crate) members: Vec<usize>,
}

/// The knots of the graph of `n` nodes and `edges` (from, to), each as a [`Cycle`], in the
/// order of their smallest members; `cmp` orders nodes (by pledge id). Self-edges and edges
/// to nodes outside `0..n` are ignored. Iterative: any depth of relation chain is fine.
pub(crate) fn cycles(
    n: usize,
    edges: &[(usize, usize)],
    cmp: impl Fn(usize, usize) -> Ordering,
) -> Vec<Cycle> {
    let mut edges: Vec<(usize, usize)> = edges
        .iter()
        .copied()
        .filter(|(a, b)| a != b && *a < n && *b < n)
        .collect();
    if edges.is_empty() {
        return Vec::new();
    }
    edges.sort_unstable();
    edges.dedup();
    // Adjacency as offsets into the sorted edges.
    let mut start = vec![0usize; n.saturating_add(1)];
    for (a, _) in &edges {
        if let Some(s) = start.get_mut(a.saturating_add(1)) {
            *s = s.saturating_add(1);
        }
    }
    for i in 1..start.len() {
        let prev = start.get(i.saturating_sub(1)).copied().unwrap_or(0);
        if let Some(s) = start.get_mut(i) {
            *s = s.saturating_add(prev);
        }
    }
    let next = |v: usize| -> &[(usize, usize)] {
        let from = start.get(v).copied().unwrap_or(0);
        let to = start.get(v.saturating_add(1)).copied().unwrap_or(from);
        edges.get(from..to).unwrap_or_default()
    };

    // Tarjan's strongly connected components, with an explicit stack.
    const UNSEEN: usize = usize::MAX;
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut components: Vec<Vec<usize>> = Vec::new();
    let mut counter = 0usize;
    for root in 0..n {
        if index.get(root) != Some(&UNSEEN) || next(root).is_empty() {
            continue;
        }
        // (node, position in its edges)
        let mut calls: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&(v, pos)) = calls.last() {
            if pos == 0 && index.get(v) == Some(&UNSEEN) {
                set(&mut index, v, counter);
                set(&mut low, v, counter);
                counter = counter.saturating_add(1);
                stack.push(v);
                set(&mut on_stack, v, true);
            }
            match next(v).get(pos) {
                Some(&(_, w)) => {
                    if let Some(top) = calls.last_mut() {
                        top.1 = pos.saturating_add(1);
                    }
                    if index.get(w) == Some(&UNSEEN) {
                        calls.push((w, 0));
                    } else if on_stack.get(w) == Some(&true) {
                        let m = low
                            .get(v)
                            .copied()
                            .unwrap_or(0)
                            .min(index.get(w).copied().unwrap_or(0));
                        set(&mut low, v, m);
                    }
                }
                None => {
                    calls.pop();
                    if let Some(&(parent, _)) = calls.last() {
                        let m = low
                            .get(parent)
                            .copied()
                            .unwrap_or(0)
                            .min(low.get(v).copied().unwrap_or(0));
                        set(&mut low, parent, m);
                    }
                    if low.get(v) == index.get(v) {
                        let mut component = Vec::new();
                        while let Some(w) = stack.pop() {
                            set(&mut on_stack, w, false);
                            component.push(w);
                            if w == v {
                                break;
                            }
                        }
                        if component.len() > 1 {
                            components.push(component);
                        }
                    }
                }
            }
        }
    }

    let mut out: Vec<Cycle> = components
        .into_iter()
        .map(|mut members| {
            members.sort_by(|a, b| cmp(*a, *b));
            let first = members.first().copied().unwrap_or(0);
            let path = shortest_cycle(first, &members, &next, &cmp);
            Cycle { path, members }
        })
        .collect();
    out.sort_by(|a, b| match (a.members.first(), b.members.first()) {
        (Some(x), Some(y)) => cmp(*x, *y),
        _ => Ordering::Equal,
    });
    out
}

fn set<T>(v: &mut [T], i: usize, x: T) {
    if let Some(slot) = v.get_mut(i) {
        *slot = x;
    }
}

/// A shortest path from `first` back to it within `members` (breadth first, neighbours in
/// `cmp` order, so the path is the same whatever the input order).
fn shortest_cycle<'e>(
    first: usize,
    members: &[usize],
    next: &impl Fn(usize) -> &'e [(usize, usize)],
    cmp: &impl Fn(usize, usize) -> Ordering,
) -> Vec<usize> {
    let inside: HashSet<usize> = members.iter().copied().collect();
    // Each reached node's predecessor on a shortest path from `first`.
    let mut parent: HashMap<usize, usize> = HashMap::new();
    let mut queue = VecDeque::from([first]);
    while let Some(v) = queue.pop_front() {
        let mut ws: Vec<usize> = next(v)
            .iter()
            .map(|e| e.1)
            .filter(|w| inside.contains(w))
            .collect();
        ws.sort_by(|a, b| cmp(*a, *b));
        for w in ws {
            if w == first {
                // Walk back from v to first.
                let mut path = vec![v];
                let mut at = v;
                while at != first {
                    match parent.get(&at) {
                        Some(&p) => {
                            path.push(p);
                            at = p;
                        }
                        None => break,
                    }
                }
                path.reverse();
                return path;
            }
            if w != first && !parent.contains_key(&w) {
                parent.insert(w, v);
                queue.push_back(w);
            }
        }
    }
    // Unreachable for a strongly connected component; its members then, in order.
    members.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(n: usize, edges: &[(usize, usize)]) -> Vec<(Vec<usize>, Vec<usize>)> {
        cycles(n, edges, |a, b| a.cmp(&b))
            .into_iter()
            .map(|c| (c.path, c.members))
            .collect()
    }

    #[test]
    fn finds_each_knot_once_from_its_smallest_member() {
        // 1 → 0 → 1; 2 → 4 → 3 → 2; 5 → 6 (no cycle); 7 → 7 (a self-edge is not a knot).
        let got = run(8, &[(1, 0), (0, 1), (2, 4), (4, 3), (3, 2), (5, 6), (7, 7)]);
        assert_eq!(
            got,
            [(vec![0, 1], vec![0, 1]), (vec![2, 4, 3], vec![2, 3, 4])]
        );
        // Two cycles sharing node 0 are one knot; the shortest through 0 is listed.
        let got = run(4, &[(0, 1), (1, 2), (2, 0), (0, 3), (3, 0)]);
        assert_eq!(got, [(vec![0, 3], vec![0, 1, 2, 3])]);
        assert!(run(3, &[(0, 1), (1, 2)]).is_empty());
        // Edges out of range are ignored.
        assert!(run(2, &[(0, 5), (5, 0)]).is_empty());
    }

    #[test]
    fn long_chains_do_not_overflow_the_stack() {
        let n = 200_000;
        let mut edges: Vec<(usize, usize)> = (0..n - 1).map(|i| (i, i + 1)).collect();
        edges.push((n - 1, 0));
        let got = cycles(n, &edges, |a, b| a.cmp(&b));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].path.len(), n);
        assert_eq!(got[0].path[..3], [0, 1, 2]);
    }
}
