//! Distinct pledging entities, counted once each however many pledges name them.
//!
//! Entities are kept as compact sorted runs ([`Runs`]) by their identity key
//! ([`Entity::identity_key`], written without building a `String`): a few bytes of key each
//! (keys such as `id:ORG-0012345` share most of their bytes with their neighbours), their
//! stakeholder types as a bit set, their headquarters, and for an id-keyed entity seen in
//! arbitrary order the smallest pledge id naming it (whose headquarters is kept). Accumulators
//! of parts of the input merge exactly ([`EntityAcc::append`]).

use std::collections::BTreeMap;

use super::runs::{get_bytes, get_varint, put_bytes, put_varint, Payload, Run, Runs};
use super::select::Counted;
use super::{inc, CountRow, EntityStats, PledgerCountries};
use crate::geo;
use crate::model::{CountryCode, Entity, Headquarters};
use crate::money::exact::count_ratio;
use crate::taxonomy::{Codelist, StakeholderType};
use crate::Result;

/// Append an entity's identity key ([`Entity::identity_key`]) to `out`, byte for byte, without
/// building it.
pub(super) fn write_identity_key(e: &Entity, out: &mut Vec<u8>) {
    match &e.id {
        Some(id) => {
            out.extend_from_slice(b"id:");
            out.extend_from_slice(id.as_bytes());
        }
        None => {
            let name = e.name.trim();
            out.extend_from_slice(b"name:");
            if name.is_ascii() {
                out.extend(name.bytes().map(|b| b.to_ascii_lowercase()));
            } else {
                out.extend_from_slice(name.to_lowercase().as_bytes());
            }
            out.push(b'|');
            out.extend_from_slice(e.headquarters.as_str().as_bytes());
        }
    }
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

/// What is kept of one distinct entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct EntitySeen {
    /// Its stakeholder types, a bit set in codelist order.
    types: u32,
    hq: Headquarters,
    /// For an id-keyed entity seen in arbitrary order, the smallest pledge id naming it (the
    /// headquarters given there is kept); empty otherwise (the first seen is kept).
    first: Box<[u8]>,
}

impl Payload for EntitySeen {
    fn encode(&self, out: &mut Vec<u8>) {
        put_varint(out, u64::from(self.types));
        match self.hq {
            Headquarters::Country(c) => out.extend_from_slice(c.as_str().as_bytes()),
            Headquarters::International => out.extend_from_slice(b"\0\0\0"),
            Headquarters::Unknown => out.extend_from_slice(b"\0\0\x01"),
        }
        put_bytes(out, &self.first);
    }

    fn decode(input: &mut &[u8]) -> Option<Self> {
        let types = u32::try_from(get_varint(input)?).ok()?;
        let (hq, rest) = input.split_at_checked(3)?;
        *input = rest;
        let hq = if hq == b"\0\0\0" {
            Headquarters::International
        } else if hq == b"\0\0\x01" {
            Headquarters::Unknown
        } else {
            Headquarters::Country(CountryCode::new(std::str::from_utf8(hq).ok()?)?)
        };
        let first = get_bytes(input)?.into();
        Some(EntitySeen { types, hq, first })
    }

    fn combine(&mut self, later: Self) {
        self.types |= later.types;
        // Equal (both empty, or the same pledge naming the entity twice): the earlier stays.
        if *later.first < *self.first {
            self.hq = later.hq;
            self.first = later.first;
        }
    }
}

/// The distinct entities seen so far (see the module docs).
#[derive(Debug, Clone, Default)]
pub(super) struct EntityAcc {
    runs: Runs<EntitySeen>,
    /// Pledges arrive in id order (as `summarize` folds them): the first pledge naming an
    /// entity has the smallest id, so the pledge id is not kept.
    in_id_order: bool,
}

impl EntityAcc {
    /// An accumulator for pledges that arrive in ascending id order.
    pub(super) fn in_id_order() -> EntityAcc {
        EntityAcc {
            runs: Runs::default(),
            in_id_order: true,
        }
    }

    pub(super) fn add(&mut self, c: &Counted<'_>) {
        for e in c.p.pledgers.all() {
            let first: Box<[u8]> = if e.id.is_some() && !self.in_id_order {
                c.p.id.as_bytes().into()
            } else {
                Box::default()
            };
            self.runs.push_with(
                |out| write_identity_key(e, out),
                EntitySeen {
                    types: type_bit(e.stakeholder_type),
                    hq: e.headquarters,
                    first,
                },
            );
        }
    }

    /// Add the entities of `later` (pledges that came after this accumulator's).
    pub(super) fn append(&mut self, later: EntityAcc) {
        self.runs.append(later.runs);
    }

    /// The runs, for a partial summary.
    pub(super) fn runs(&mut self) -> &[Run] {
        self.runs.runs()
    }

    /// An accumulator from a partial summary's runs.
    pub(super) fn from_runs(runs: Vec<Run>) -> Result<EntityAcc> {
        Ok(EntityAcc {
            runs: Runs::from_runs(runs, false, None)?,
            in_id_order: false,
        })
    }

    /// Bytes held, for the memory notes.
    pub(super) fn heap_bytes(&self) -> usize {
        self.runs.heap_bytes()
    }

    pub(super) fn finish(self) -> Result<(EntityStats, PledgerCountries)> {
        let mut n = 0u64;
        let mut per_type: BTreeMap<StakeholderType, u64> = BTreeMap::new();
        let mut per_country: BTreeMap<CountryCode, u64> = BTreeMap::new();
        let mut international = 0u64;
        let mut unknown = 0u64;
        let mut per_region = [0u64; super::dims::PLEDGER_REGION_ROWS];
        let mut conflicting: Vec<String> = Vec::new();
        self.runs.drain(|key, seen| {
            inc(&mut n);
            // Counted under the first of its types in codelist order.
            let first = StakeholderType::all()
                .iter()
                .find(|t| seen.types & type_bit(**t) != 0);
            if let Some(first) = first {
                inc(per_type.entry(*first).or_default());
            }
            if seen.types.count_ones() > 1 {
                conflicting.push(String::from_utf8_lossy(key).into_owned());
            }
            if let Some(n) = per_region.get_mut(super::dims::pledger_region_index(seen.hq)) {
                inc(n);
            }
            match seen.hq {
                Headquarters::Country(code) => inc(per_country.entry(code).or_default()),
                Headquarters::International => inc(&mut international),
                Headquarters::Unknown => inc(&mut unknown),
            }
            Ok(())
        })?;
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
        let regions = super::dims::pledger_region_rows()
            .iter()
            .zip(per_region)
            .map(|((key, label), count)| CountRow {
                key: (*key).into(),
                label: (*label).into(),
                count,
                share: count_ratio(count, n),
            })
            .collect();
        Ok((
            EntityStats {
                count: n,
                by_stakeholder_type,
                conflicting_types: conflicting,
            },
            PledgerCountries {
                count: u64::try_from(per_country.len()).unwrap_or(u64::MAX),
                international_entities: international,
                unknown_entities: unknown,
                countries,
                regions,
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_keys_are_written_as_built() {
        let mut e = Entity {
            id: None,
            name: "  Ministère  DE l'Économie ".into(),
            stakeholder_type: StakeholderType::Government,
            subtype: None,
            headquarters: Headquarters::Country(CountryCode::new("FRA").unwrap()),
            roles: Vec::new(),
        };
        for id in [None, Some("ORG-1".to_owned())] {
            e.id = id;
            for hq in [
                Headquarters::International,
                Headquarters::Unknown,
                e.headquarters,
            ] {
                e.headquarters = hq;
                let mut out = Vec::new();
                write_identity_key(&e, &mut out);
                assert_eq!(out, e.identity_key().into_bytes());
            }
        }
        e.id = None;
        e.name = "Plain ASCII Name".into();
        let mut out = Vec::new();
        write_identity_key(&e, &mut out);
        assert_eq!(out, e.identity_key().into_bytes());
    }
}
