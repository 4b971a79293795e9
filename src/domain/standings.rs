//! Every customer's standing (`customer list`, `report payers`), held compactly: each
//! with its score's points and letter and the history the score comes from, the factors
//! worked out again as the row is shown where an output shows them. A score's factors
//! are never held for every customer at once, and sorting moves no standing but once
//! into its place.

use super::customer::Standing;
use super::score::{Grade, History, Score, ScorePolicy, score};

/// Standings in the order they are shown, each with its score's history.
#[derive(Debug, Clone)]
pub struct Standings {
    /// Each score with its points and letter, not its factors: see [`Standings::each`].
    standings: Vec<Standing>,
    histories: Vec<History>,
    policy: ScorePolicy,
}

impl Standings {
    /// `standings` and `histories` side by side (the same length), scored under `policy`.
    pub fn new(mut standings: Vec<Standing>, histories: Vec<History>, policy: &ScorePolicy) -> Standings {
        assert_eq!(standings.len(), histories.len(), "one history per standing");
        for (s, h) in standings.iter_mut().zip(&histories) {
            let full = score(h, policy);
            s.score = Some(Score {
                points: full.points,
                grade: full.grade,
                factors: Vec::new(),
            });
        }
        Standings {
            standings,
            histories,
            policy: policy.clone(),
        }
    }

    pub fn len(&self) -> usize {
        self.standings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.standings.is_empty()
    }

    /// Keeps the standings `keep` says yes to (it sees them as [`Standings::brief`] does).
    pub fn retain(&mut self, mut keep: impl FnMut(&Standing) -> bool) {
        let kept: Vec<bool> = self.standings.iter().map(&mut keep).collect();
        let mut flags = kept.iter();
        self.standings.retain(|_| *flags.next().unwrap_or(&false));
        let mut flags = kept.iter();
        self.histories.retain(|_| *flags.next().unwrap_or(&false));
    }

    /// Worst payers first, new customers last, then by code: the order of
    /// [`super::customer::sort_worst_payers_first`].
    pub fn sort_worst_payers_first(&mut self) {
        let keys: Vec<(bool, u8)> = self
            .standings
            .iter()
            .map(|s| {
                s.score
                    .as_ref()
                    .map_or((true, 100), |x| (x.grade == Grade::New, x.points))
            })
            .collect();
        let mut order: Vec<usize> = (0..self.len()).collect();
        order.sort_unstable_by(|&a, &b| {
            keys[a].cmp(&keys[b]).then_with(|| {
                self.standings[a]
                    .customer
                    .code
                    .cmp(&self.standings[b].customer.code)
            })
        });
        permute(&mut self.standings, &mut self.histories, order);
    }

    /// Hands `visit` each standing, in order, with its whole score (its factors too).
    pub fn each(&self, visit: &mut dyn FnMut(&Standing)) {
        for (s, h) in self.standings.iter().zip(&self.histories) {
            let mut scored = s.clone();
            scored.score = Some(score(h, &self.policy));
            visit(&scored);
        }
    }

    /// The standings in order, each score with its points and letter alone (no factor):
    /// what a list of scores and the sums need.
    pub fn brief(&self) -> &[Standing] {
        &self.standings
    }

    /// The standings with their scores, all held.
    pub fn into_scored(self) -> Vec<Standing> {
        let policy = self.policy;
        self.standings
            .into_iter()
            .zip(self.histories)
            .map(|(mut s, h)| {
                s.score = Some(score(&h, &policy));
                s
            })
            .collect()
    }
}

/// Puts `order[i]` of both slices at `i`, in place: each cycle of the permutation walked
/// once by swaps.
fn permute<A, B>(a: &mut [A], b: &mut [B], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut i = start;
        while order[i] != DONE {
            let j = order[i];
            order[i] = DONE;
            if j == start {
                break;
            }
            a.swap(i, j);
            b.swap(i, j);
            i = j;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::permute;

    proptest! {
        #[test]
        fn permuting_in_place_gives_what_indexing_gives(keys in prop::collection::vec(0..50u32, 0..40)) {
            let mut order: Vec<usize> = (0..keys.len()).collect();
            order.sort_by_key(|&i| (keys[i], i));
            let wanted: Vec<u32> = order.iter().map(|&i| keys[i]).collect();
            let mut a = keys.clone();
            let mut b: Vec<usize> = (0..keys.len()).collect();
            permute(&mut a, &mut b, order.clone());
            prop_assert_eq!(&a, &wanted);
            prop_assert_eq!(b, order);
        }
    }
}
