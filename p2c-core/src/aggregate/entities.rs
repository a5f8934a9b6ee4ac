//! Distinct pledging entities, counted once each however many pledges name them.

use std::collections::{BTreeMap, BTreeSet};

use super::select::Counted;
use super::{inc, CountRow, EntityStats, FastMap, PledgerCountries};
use crate::geo;
use crate::model::{CountryCode, Entity, Headquarters};
use crate::money::exact::count_ratio;
use crate::taxonomy::{Codelist, StakeholderType};

/// A 128-bit fingerprint of an entity's identity key ([`Entity::identity_key`]: two
/// independent SipHash values of its bytes), so that sets of distinct entities cost a few bytes
/// per entity however long their keys; a false match among 10^9 keys has a probability below
/// 10^-20. The key's bytes are hashed in pieces, without building the key (an allocation per
/// entity per pledge was a tenth of a summary's allocations).
pub(super) fn fingerprint(e: &Entity) -> u128 {
    use std::hash::Hasher;
    let half = |salt: u8| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        h.write_u8(salt);
        match &e.id {
            Some(id) => {
                h.write(b"id:");
                h.write(id.as_bytes());
            }
            None => {
                let name = e.name.trim();
                h.write(b"name:");
                if name.is_ascii() {
                    // `to_lowercase` of ASCII text, byte by byte.
                    for b in name.bytes() {
                        h.write_u8(b.to_ascii_lowercase());
                    }
                } else {
                    h.write(name.to_lowercase().as_bytes());
                }
                h.write(b"|");
                h.write(match &e.headquarters {
                    Headquarters::Country(c) => c.as_str().as_bytes(),
                    Headquarters::International => Headquarters::INTERNATIONAL.as_bytes(),
                });
            }
        }
        u128::from(h.finish())
    };
    half(0).checked_shl(64).unwrap_or_default() | half(1)
}

/// The bit of a stakeholder type in a set of types.
pub(super) fn type_bit(t: StakeholderType) -> u32 {
    let i = StakeholderType::all()
        .iter()
        .position(|x| *x == t)
        .and_then(|i| u32::try_from(i).ok())
        .unwrap_or(0);
    1u32.checked_shl(i).unwrap_or(0)
}

/// One distinct entity: its stakeholder types (a bit set in codelist order), its
/// headquarters, and for an id-keyed entity the smallest pledge id whose headquarters is
/// kept, so that the result does not depend on the order pledges arrive in.
pub(super) struct EntitySeen {
    types: u32,
    hq: Headquarters,
    /// A boxed `str` (16 bytes, not `String`'s 24): one of these per distinct entity.
    first: Box<str>,
}

/// The distinct entities seen so far, by the fingerprint of their identity key; the keys
/// themselves are kept only for entities given conflicting stakeholder types.
#[derive(Default)]
pub(super) struct EntityAcc {
    by_key: FastMap<u128, EntitySeen>,
    conflicting: BTreeSet<String>,
    /// Pledges arrive in id order (as `summarize` folds them): the first pledge naming an
    /// entity has the smallest id, so `EntitySeen::first` is neither kept nor compared.
    in_id_order: bool,
}

impl EntityAcc {
    /// An accumulator for pledges that arrive in ascending id order, with room for `n`
    /// entities.
    pub(super) fn in_id_order(n: usize) -> EntityAcc {
        let mut by_key = FastMap::default();
        by_key.reserve(n);
        EntityAcc {
            by_key,
            conflicting: BTreeSet::new(),
            in_id_order: true,
        }
    }

    pub(super) fn add(&mut self, c: &Counted<'_>) {
        let keep_first = !self.in_id_order;
        for e in c.p.pledgers.all() {
            let entry = self.by_key.entry(fingerprint(e)).or_insert_with(|| {
                let first: Box<str> = if e.id.is_some() && keep_first {
                    c.p.id.as_str().into()
                } else {
                    Box::default()
                };
                EntitySeen {
                    types: 0,
                    hq: e.headquarters,
                    first,
                }
            });
            let bit = type_bit(e.stakeholder_type);
            if entry.types != 0 && entry.types & bit == 0 {
                self.conflicting.insert(e.identity_key());
            }
            entry.types |= bit;
            // Name-keyed entities have their headquarters in the key; an id-keyed one keeps
            // the headquarters given on the pledge with the smallest id.
            if e.id.is_some() && keep_first && *c.p.id < *entry.first {
                entry.hq = e.headquarters;
                entry.first = c.p.id.as_str().into();
            }
        }
    }

    pub(super) fn finish(self) -> (EntityStats, PledgerCountries) {
        let by_key = self.by_key;
        let n = u64::try_from(by_key.len()).unwrap_or(u64::MAX);
        let mut per_type: BTreeMap<StakeholderType, u64> = BTreeMap::new();
        let mut per_country: BTreeMap<CountryCode, u64> = BTreeMap::new();
        let mut international = 0u64;
        for seen in by_key.values() {
            // Counted under the first of its types in codelist order.
            let first = StakeholderType::all()
                .iter()
                .find(|t| seen.types & type_bit(**t) != 0);
            if let Some(first) = first {
                inc(per_type.entry(*first).or_default());
            }
            match seen.hq {
                Headquarters::Country(code) => inc(per_country.entry(code).or_default()),
                Headquarters::International => inc(&mut international),
            }
        }
        let conflicting: Vec<String> = self.conflicting.into_iter().collect();
        let by_stakeholder_type = StakeholderType::all()
            .iter()
            .map(|t| {
                let count = per_type.get(t).copied().unwrap_or(0);
                CountRow {
                    key: t.code().into(),
                    label: t.label().into(),
                    count,
                    share: count_ratio(count, n),
                }
            })
            .collect();
        let mut countries: Vec<CountRow> = per_country
            .iter()
            .map(|(code, count)| CountRow {
                key: code.as_str().into(),
                label: geo::country(*code).map_or(code.as_str(), |k| k.name).into(),
                count: *count,
                share: count_ratio(*count, n),
            })
            .collect();
        countries.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
        (
            EntityStats {
                count: n,
                by_stakeholder_type,
                conflicting_types: conflicting,
            },
            PledgerCountries {
                count: u64::try_from(per_country.len()).unwrap_or(u64::MAX),
                international_entities: international,
                countries,
            },
        )
    }
}
