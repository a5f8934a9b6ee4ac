//! A synthetic pledge corpus for benchmarks and tests, deterministic by seed.
//!
//! ```
//! use p2c_corpus::{Corpus, CorpusConfig, Format};
//!
//! let corpus = Corpus::new(CorpusConfig { seed: 42, count: 3, ..CorpusConfig::default() })?;
//! let first = corpus.pledge(0)?;
//! assert_eq!(first.id, "P2C-SYN-0000000");
//! let mut out = Vec::new();
//! let summary = corpus.write(Format::Jsonl, &mut out)?;
//! assert_eq!(summary.records, 3);
//! assert_eq!(out.iter().filter(|b| **b == b'\n').count(), 3);
//! # Ok::<(), p2c_core::Error>(())
//! ```
//!
//! # What the records look like
//!
//! The distributions follow the published P2C figures (see `shared/DOMAIN.md`, figures of
//! 7 July 2024 unless said otherwise):
//!
//! - **Pledgers** come from a pool of about 0.53 entities per pledge, so that about 445
//!   distinct entities appear per 933 pledges (leads and partners drawn uniformly from the pool:
//!   `E·(1 − e^(−slots/E))` distinct ones). Stakeholder types follow 177/445 governmental
//!   (39.8 %), 104/445 private (23.4 %) and 25/445 UN agencies (5.6 %); the remaining 31.2 % is
//!   not published and is split here as international organizations 9 %, civil society 14 %,
//!   youth/media 4 %, other 4.2 %. About 12 % of pledges are joint (1–4 partners). Every entity
//!   has an `id` (`ORG-…`); names are plausible but fictitious (UN agencies use real names, so
//!   beyond about 25 UN entities per corpus the names repeat under different ids).
//! - **Value**: about half the pledges are financial (the share depends on the lead's type).
//!   Their value in USD is drawn from a piecewise log-uniform table (a decade, then a log-uniform
//!   mantissa inside it), calibrated so that the expected total is about USD 51 bn per 933
//!   pledges: see [`VALUE_DECADES`]. The value is then expressed in the pledge's currency with a
//!   fixed, rounded shaping rate (not a market rate) and rounded to 1–4 significant figures as
//!   announcements are ("USD 258.8 million"). 10 % are floors ("more than").
//! - **Currencies**: mostly USD; a pledger whose home currency is one of EUR, GBP, JPY, CHF,
//!   CNY, INR, KES, XOF, ZAR, BRL, CAD, AUD, SEK, KRW, SAR, AED often pledges in it. All of
//!   these are ISO 4217 codes in use over the whole value-date range (2021-03 → 2026-10).
//! - **Geography**: the 194 countries with an ITU-D region in p2c-core's embedded geography
//!   ([`p2c_core::geo`]), with its names and regions; countries are always consistent with the declared regions;
//!   some pledges are multi-region or global; Asia-Pacific appears in about 27 % of pledges
//!   (252 of 933).
//! - **Taxonomy**: 1–4 focus areas; every pillar's focus area is declared. P2C Targets are
//!   taken from the known list, only for declared focus areas.
//! - **Dates**: value dates 2021-03 → 2026-10 (most in 2022–2024), periods 2019–2030 known to
//!   the year, month or day; `submittedAt`/`validatedAt` consistent with the review state.
//! - **Beneficiaries**: women and girls named in more than half the pledges.
//! - **Reports**: about a third of pledges (288 of 933) carry 1–3 progress reports with
//!   statuses, challenges and solutions.
//! - **Relations**: rare `supersedes`/`same_funds_as`/`part_of` links to earlier pledges.
//! - **Contacts**: none unless [`CorpusConfig::include_contacts`].
//!
//! # Invalid records
//!
//! With [`CorpusConfig::invalid_per_million`] above zero, that fraction of records carries
//! [`CorpusConfig::mistakes_per_invalid`] realistic [`Mistake`]s, applied to the JSON value
//! (some are not representable in the typed model). [`Corpus::invalid_with_n_errors`] makes one
//! record with exactly `n` mistakes, each designed to be one finding for a validator.
//!
//! # Determinism
//!
//! Record `i` depends only on the seed, `i` and the corpus size (which sets the entity pool),
//! so records can be made lazily, in any order, and a 1e6-record file streams in constant
//! memory. Randomness comes from [`SplitMix64`], implemented here rather than taken from the
//! `rand` crate so that the corpus for a seed stays byte-identical across dependency upgrades.
//! No floating point is involved: amounts are built from integers as [`Decimal`]s.
#![deny(clippy::arithmetic_side_effects)]

use std::io::Write;
use std::sync::OnceLock;

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde_json::{Map, Value};

use p2c_core::model::{
    Beneficiaries, Contact, CountryCode, CurrencyCode, Entity, ExplicitRate, FinancialValue,
    FormatVersion, Headquarters, Implementation, Link, MoneyAmount, PartialDate, Period, Pledge,
    Pledgers, ProgressReport, Relation, Share,
};
use p2c_core::targets::{known_targets, TargetCode};
use p2c_core::taxonomy::{
    BeneficiaryGroup, Challenge, Codelist, FocusArea, ImplementationStatus, ItuRegion, Pillar,
    PledgeType, RelationType, ReviewState, Solution, StakeholderSubtype, StakeholderType,
};
use p2c_core::{geo, money, Error, Result};

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

/// SplitMix64 (Steele, Lea and Flood, *Fast splittable pseudorandom number generators*, 2014):
/// a 64-bit state advanced by a constant and passed through a mixing function.
///
/// Small, fast, statistically sound for synthetic data (not for cryptography), and written out
/// here so that a corpus never changes because a dependency changed its generator.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator starting from `seed`.
    pub const fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ z.wrapping_shr(30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ z.wrapping_shr(27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ z.wrapping_shr(31)
    }

    /// A number in `0..n` (0 when `n` is 0), by Lemire's multiply-and-shift.
    pub fn below(&mut self, n: u64) -> u64 {
        let wide = u128::from(self.next_u64()).wrapping_mul(u128::from(n));
        wide.wrapping_shr(64) as u64
    }

    /// A number in `lo..=hi` (`lo` when `hi < lo`).
    pub fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo.saturating_add(self.below(hi.saturating_sub(lo).saturating_add(1)))
    }

    /// True with probability `per_million` / 1,000,000.
    pub fn chance(&mut self, per_million: u32) -> bool {
        self.below(1_000_000) < u64::from(per_million)
    }

    /// One element of a slice, uniformly.
    fn one<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        let i = self.below(items.len() as u64);
        items.get(usize::try_from(i).ok()?)
    }

    /// One value of a weighted table.
    fn pick<T: Copy>(&mut self, table: &[(T, u32)]) -> Option<T> {
        let total: u64 = table.iter().map(|(_, w)| u64::from(*w)).sum();
        let mut r = self.below(total);
        for (v, w) in table {
            let w = u64::from(*w);
            if r < w {
                return Some(*v);
            }
            r = r.saturating_sub(w);
        }
        None
    }

    /// An index into a table of weights (the last index if the weights are all zero).
    fn pick_index(&mut self, weights: &[u32]) -> u64 {
        let total: u64 = weights.iter().map(|w| u64::from(*w)).sum();
        let mut r = self.below(total);
        for (i, w) in weights.iter().enumerate() {
            let w = u64::from(*w);
            if r < w {
                return i as u64;
            }
            r = r.saturating_sub(w);
        }
        weights.len().saturating_sub(1) as u64
    }

    /// Up to `n` distinct values of a weighted table, in draw order.
    fn pick_distinct<T: Copy + PartialEq>(&mut self, table: &[(T, u32)], n: usize) -> Vec<T> {
        let mut left: Vec<(T, u32)> = table.to_vec();
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            let Some(v) = self.pick(&left) else { break };
            left.retain(|(x, _)| *x != v);
            out.push(v);
        }
        out
    }
}

/// One SplitMix64 output for `x`, used to derive independent streams.
fn mix(x: u64) -> u64 {
    SplitMix64::new(x).next_u64()
}

/// The generator for item `index` of the stream named `salt`.
fn stream(seed: u64, salt: u64, index: u64) -> SplitMix64 {
    SplitMix64::new(mix(seed ^ salt) ^ mix(index.wrapping_add(salt)))
}

const SALT_ENTITY: u64 = 0x454E_5449_5459; // "ENTITY"
const SALT_PLEDGE: u64 = 0x504C_4544_4745; // "PLEDGE"
const SALT_INVALID: u64 = 0x494E_5641_4C49; // "INVALI"

// ---------------------------------------------------------------------------------------------
// Embedded facts
// ---------------------------------------------------------------------------------------------

use ItuRegion as R;

/// A country a record may name: one of the economies with an ITU-D region in p2c-core's
/// embedded geography ([`p2c_core::geo`]: ITU Member States plus Palestine, 194), with its
/// name and region from there, and the currency a pledger based there may announce in (only
/// for the currencies the corpus uses).
#[derive(Debug, Clone, Copy)]
struct Country {
    code: &'static str,
    name: &'static str,
    region: ItuRegion,
    home_currency: Option<&'static str>,
}

/// The countries whose pledgers may announce in a currency of their own, by currency: a
/// choice of the corpus (big economies and currency unions among [`SHAPING_RATES`]), not a
/// list of every user of each currency.
const HOME_CURRENCIES: &[(&str, &[&str])] = &[
    ("AED", &["ARE"]),
    ("AUD", &["AUS"]),
    ("BRL", &["BRA"]),
    ("CAD", &["CAN"]),
    ("CHF", &["CHE"]),
    ("CNY", &["CHN"]),
    (
        "EUR",
        &[
            "AUT", "BEL", "CYP", "DEU", "ESP", "EST", "FIN", "FRA", "GRC", "IRL", "ITA", "LTU",
            "LUX", "LVA", "MLT", "NLD", "PRT", "SVK", "SVN",
        ],
    ),
    ("GBP", &["GBR"]),
    ("INR", &["IND"]),
    ("JPY", &["JPN"]),
    ("KES", &["KEN"]),
    ("KRW", &["KOR"]),
    ("SAR", &["SAU"]),
    ("SEK", &["SWE"]),
    ("USD", &["ECU", "SLV", "USA"]),
    (
        "XOF",
        &["BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO"],
    ),
    ("ZAR", &["ZAF"]),
];

/// The countries of [`p2c_core::geo`] with an ITU-D region, in code order (the order records
/// draw from, so it is part of what a seed means).
fn countries() -> &'static [Country] {
    static COUNTRIES: OnceLock<Vec<Country>> = OnceLock::new();
    COUNTRIES.get_or_init(|| {
        geo::countries()
            .iter()
            .filter_map(|c| {
                let code = c.iso3.as_str();
                Some(Country {
                    code,
                    name: c.name,
                    region: c.itu_region?,
                    home_currency: HOME_CURRENCIES
                        .iter()
                        .find(|(_, users)| users.contains(&code))
                        .map(|(currency, _)| *currency),
                })
            })
            .collect()
    })
}

/// Used only if the embedded geography had no country, which a test rules out.
const FALLBACK_COUNTRY: Country = Country {
    code: "USA",
    name: "United States of America",
    region: R::Ams,
    home_currency: Some("USD"),
};

/// Headquarters countries that host many private pledgers (half of private entities).
const HUBS: &[&str] = &[
    "USA", "GBR", "FRA", "DEU", "CHE", "JPN", "CHN", "IND", "KOR", "ZAF", "KEN", "NGA", "BRA",
    "ARE", "SAU", "SGP", "SWE", "NLD", "CAN", "AUS", "EGY",
];

/// A currency the corpus announces values in: code, minor units (from p2c-core's ISO 4217
/// table, [`p2c_core::money::currency`]), and a fixed *shaping* rate in units per USD.
#[derive(Debug, Clone, Copy)]
struct CorpusCurrency {
    code: &'static str,
    minor_units: u32,
    per_usd: (i64, u32),
}

/// The currencies the corpus announces values in, each with its *shaping* rate in units per
/// USD as `(mantissa, scale)`. The rate only turns a USD-shaped value into a plausible local
/// figure; it is no market rate and nothing should convert with it.
const SHAPING_RATES: &[(&str, (i64, u32))] = &[
    ("USD", (1, 0)),
    ("EUR", (92, 2)),
    ("GBP", (79, 2)),
    ("JPY", (150, 0)),
    ("CHF", (88, 2)),
    ("CNY", (72, 1)),
    ("INR", (83, 0)),
    ("KES", (130, 0)),
    ("XOF", (600, 0)),
    ("ZAR", (185, 1)),
    ("BRL", (52, 1)),
    ("CAD", (136, 2)),
    ("AUD", (15, 1)),
    ("SEK", (105, 1)),
    ("KRW", (1330, 0)),
    ("SAR", (375, 2)),
    ("AED", (36725, 4)),
];

/// USD, for a lookup that cannot fail.
const USD: CorpusCurrency = CorpusCurrency {
    code: "USD",
    minor_units: 2,
    per_usd: (1, 0),
};

/// [`SHAPING_RATES`] with the minor units of each currency from the core (a test checks that
/// the core knows every one of them).
fn currencies() -> &'static [CorpusCurrency] {
    static CURRENCIES: OnceLock<Vec<CorpusCurrency>> = OnceLock::new();
    CURRENCIES.get_or_init(|| {
        SHAPING_RATES
            .iter()
            .map(|(code, per_usd)| CorpusCurrency {
                code,
                minor_units: CurrencyCode::new(code)
                    .and_then(money::currency)
                    .and_then(|c| c.minor_units)
                    .unwrap_or(USD.minor_units),
                per_usd: *per_usd,
            })
            .collect()
    })
}

/// UN system entities (real names; the pool reuses them).
const UN_AGENCIES: &[&str] = &[
    "United Nations Development Programme (UNDP)",
    "United Nations Children's Fund (UNICEF)",
    "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
    "UN Women",
    "United Nations Conference on Trade and Development (UNCTAD)",
    "Office of the United Nations High Commissioner for Refugees (UNHCR)",
    "World Food Programme (WFP)",
    "Food and Agriculture Organization of the United Nations (FAO)",
    "International Labour Organization (ILO)",
    "World Health Organization (WHO)",
    "United Nations Environment Programme (UNEP)",
    "United Nations Population Fund (UNFPA)",
    "UN-Habitat",
    "United Nations Industrial Development Organization (UNIDO)",
    "United Nations Institute for Training and Research (UNITAR)",
    "United Nations Office for Project Services (UNOPS)",
    "United Nations University (UNU)",
    "International Fund for Agricultural Development (IFAD)",
    "Universal Postal Union (UPU)",
    "World Meteorological Organization (WMO)",
    "United Nations Capital Development Fund (UNCDF)",
    "International Organization for Migration (IOM)",
    "United Nations Office for Disaster Risk Reduction (UNDRR)",
    "Economic Commission for Africa (ECA)",
    "Economic and Social Commission for Asia and the Pacific (ESCAP)",
];

/// Syllables for fictitious brand and place names.
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "ten", "vo", "sa", "nor", "bel", "xi", "ta", "ru", "den", "fa", "ly",
    "qua", "zen", "mo", "pa", "cor", "li", "an", "ve", "ori", "tel", "ne", "sol", "da",
];

/// Stakeholder types of the entity pool, per mille (see the module docs for the derivation).
const STAKEHOLDER_MIX: &[(StakeholderType, u32)] = &[
    (StakeholderType::Government, 398),
    (StakeholderType::PrivateSector, 234),
    (StakeholderType::UnAgency, 56),
    (StakeholderType::InternationalOrganization, 90),
    (StakeholderType::CivilSociety, 140),
    (StakeholderType::YouthMedia, 40),
    (StakeholderType::Other, 42),
];

/// Entities in the pool per 1,000 pledges: with leads and partners drawn uniformly, about
/// 445 distinct entities appear in 933 pledges.
const ENTITIES_PER_THOUSAND_PLEDGES: u64 = 530;

/// The value table: `(d, weight per 10,000)` puts a financial pledge's USD value in
/// `[10^d, 10^(d+1))`, log-uniformly inside the decade.
///
/// Calibration: a log-uniform value on `[10^d, 10^(d+1))` has mean `9·10^d / ln 10 ≈
/// 3.909·10^d`, so this table's mean is `3.909 × Σ p_d·10^d ≈ 3.909 × 27.36 m ≈ USD 106.9 m`.
/// With about 51 % of pledges financial, 933 pledges total about `933 × 0.51 × 106.9 m ≈
/// USD 51 bn`, as published for 7 July 2024 (USD 51.08 bn). About 1.65 % of financial pledges
/// are USD 1 bn or more, which carry over half the total, as the real record (Orange EUR 5.6 bn,
/// BBVA Microfinance Foundation USD 8 bn) suggests.
pub const VALUE_DECADES: &[(u32, u32)] = &[
    (4, 1185),
    (5, 2500),
    (6, 3300),
    (7, 2000),
    (8, 850),
    (9, 165),
];

/// Weights of the two-digit mantissas 10..=99 of a log-uniform value: `10^9·log10((m+1)/m)`.
const MANTISSA_WEIGHTS: [u32; 90] = [
    41392685, 37788561, 34762106, 32184683, 29963223, 28028724, 26328939, 24823584, 23481096,
    22276395, 21189299, 20203386, 19305155, 18483406, 17728767, 17033339, 16390416, 15794267,
    15239967, 14723257, 14240439, 13788284, 13363962, 12964977, 12589127, 12234456, 11899223,
    11581873, 11281010, 10995384, 10723865, 10465434, 10219165, 9984221, 9759837, 9545318, 9340026,
    9143379, 8954843, 8773924, 8600172, 8433168, 8272526, 8117890, 7968930, 7825338, 7686829,
    7553138, 7424018, 7299239, 7178585, 7061854, 6948860, 6839425, 6733383, 6630579, 6530867,
    6434110, 6340178, 6248949, 6160309, 6074148, 5990364, 5908860, 5829544, 5752329, 5677133,
    5603878, 5532489, 5462896, 5395032, 5328834, 5264240, 5201194, 5139640, 5079526, 5020801,
    4963420, 4907334, 4852503, 4798883, 4746435, 4695121, 4644905, 4595752, 4547628, 4500501,
    4454341, 4409119, 4364805,
];

/// Value dates: `(year, first month, months, weight)`; more pledges around the Kigali
/// roundtable (2022) and before the July 2024 count.
const VALUE_DATE_BUCKETS: &[((i32, u32, u32), u32)] = &[
    ((2021, 3, 4), 30),
    ((2021, 7, 6), 80),
    ((2022, 1, 6), 230),
    ((2022, 7, 6), 90),
    ((2023, 1, 6), 100),
    ((2023, 7, 6), 120),
    ((2024, 1, 6), 130),
    ((2024, 7, 6), 80),
    ((2025, 1, 6), 70),
    ((2025, 7, 6), 50),
    ((2026, 1, 10), 40),
];

/// The corpus's "today": no timestamp or report date is later.
const HORIZON: (i32, u32, u32) = (2026, 11, 20);
/// The last day a progress report may carry.
const LAST_REPORT_DAY: (i32, u32, u32) = (2026, 10, 31);

fn ymd(y: i32, m: u32, d: u32) -> Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
        .ok_or_else(|| Error::Internal(format!("corpus: invalid date {y}-{m}-{d}")))
}

fn add_days(d: NaiveDate, n: u64) -> Result<NaiveDate> {
    d.checked_add_days(Days::new(n))
        .ok_or_else(|| Error::Internal("corpus: date out of range".into()))
}

fn month_len(y: i32, m: u32) -> Result<u32> {
    let first = ymd(y, m, 1)?;
    let next = first
        .checked_add_months(Months::new(1))
        .ok_or_else(|| Error::Internal("corpus: date out of range".into()))?;
    u32::try_from(next.signed_duration_since(first).num_days())
        .map_err(|_| Error::Internal("corpus: month length".into()))
}

fn region_label(r: ItuRegion) -> &'static str {
    r.label()
}

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

/// How to generate a corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusConfig {
    /// The seed: the same seed, count and options give byte-identical output.
    pub seed: u64,
    /// How many records.
    pub count: u64,
    /// How many records per million carry mistakes (0 for a valid corpus).
    pub invalid_per_million: u32,
    /// How many mistakes an invalid record carries (1..=[`MAX_MISTAKES_PER_RECORD`]).
    pub mistakes_per_invalid: usize,
    /// Whether records carry a (fictitious) contact; off by default, as public data has none.
    pub include_contacts: bool,
}

impl Default for CorpusConfig {
    fn default() -> Self {
        CorpusConfig {
            seed: 42,
            count: 1000,
            invalid_per_million: 0,
            mistakes_per_invalid: 1,
            include_contacts: false,
        }
    }
}

impl CorpusConfig {
    /// Set the invalid fraction from a rate in `[0, 1]` (rounded to parts per million).
    pub fn with_invalid_rate(mut self, rate: f64) -> Self {
        let ppm = (rate.clamp(0.0, 1.0) * 1_000_000.0).round();
        // In [0, 1e6] after the clamp, so the conversion is exact.
        self.invalid_per_million = ppm as u32;
        self
    }
}

/// The most mistakes one record can be given so that each stays a separate finding.
pub const MAX_MISTAKES_PER_RECORD: usize = 5;

/// The output format of [`Corpus::write`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON array, one record per line.
    Json,
    /// JSON Lines: one record per line, no enclosing array.
    Jsonl,
}

impl std::str::FromStr for Format {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "json" => Ok(Format::Json),
            "jsonl" => Ok(Format::Jsonl),
            _ => Err(Error::UnknownCode {
                codelist: "corpus format",
                code: s.to_owned(),
            }),
        }
    }
}

/// What [`Corpus::write`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WriteSummary {
    /// Records written.
    pub records: u64,
    /// Of which carry mistakes.
    pub invalid_records: u64,
    /// Bytes written.
    pub bytes: u64,
}

// ---------------------------------------------------------------------------------------------
// Mistakes
// ---------------------------------------------------------------------------------------------

/// A realistic mistake the invalid mode puts in a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mistake {
    /// `description` spelt `descripton` (or similar): an unknown field.
    MisspelledField,
    /// The amount as a JSON float (`258800000.0`) instead of a decimal string.
    AmountAsFloat,
    /// The amount with thousands separators (`"258,800,000"`).
    AmountWithThousandsSeparator,
    /// A currency written as people say it (`KSH`, `RMB`, `YEN`): well-formed but not ISO 4217.
    UnknownCurrency,
    /// A country written with its IOC/FIFA code (`GER`, `RSA`), appended to the countries.
    UnknownCountry,
    /// A country or currency code in lower case (`ken`).
    LowercaseCode,
    /// A period whose end is before its start.
    EndBeforeStart,
    /// A financial pledge with no financial value.
    FinancialWithoutValue,
    /// A pillar whose focus area is not declared.
    PillarWithoutFocusArea,
    /// An empty title.
    EmptyTitle,
    /// A contact whose email address is malformed.
    BadEmail,
    /// The id of the previous record again.
    DuplicateId,
}

impl Mistake {
    /// Every mistake, in documented order.
    pub const ALL: &'static [Mistake] = &[
        Mistake::MisspelledField,
        Mistake::AmountAsFloat,
        Mistake::AmountWithThousandsSeparator,
        Mistake::UnknownCurrency,
        Mistake::UnknownCountry,
        Mistake::LowercaseCode,
        Mistake::EndBeforeStart,
        Mistake::FinancialWithoutValue,
        Mistake::PillarWithoutFocusArea,
        Mistake::EmptyTitle,
        Mistake::BadEmail,
        Mistake::DuplicateId,
    ];

    /// The mistakes a validator can find in the record alone (all but
    /// [`Mistake::DuplicateId`], which needs the whole data set).
    pub const SINGLE_RECORD: &'static [Mistake] = &[
        Mistake::MisspelledField,
        Mistake::AmountAsFloat,
        Mistake::AmountWithThousandsSeparator,
        Mistake::UnknownCurrency,
        Mistake::UnknownCountry,
        Mistake::LowercaseCode,
        Mistake::EndBeforeStart,
        Mistake::FinancialWithoutValue,
        Mistake::PillarWithoutFocusArea,
        Mistake::EmptyTitle,
        Mistake::BadEmail,
    ];

    /// A stable machine name (`amount_as_float`).
    pub fn code(self) -> &'static str {
        match self {
            Mistake::MisspelledField => "misspelled_field",
            Mistake::AmountAsFloat => "amount_as_float",
            Mistake::AmountWithThousandsSeparator => "amount_with_thousands_separator",
            Mistake::UnknownCurrency => "unknown_currency",
            Mistake::UnknownCountry => "unknown_country",
            Mistake::LowercaseCode => "lowercase_code",
            Mistake::EndBeforeStart => "end_before_start",
            Mistake::FinancialWithoutValue => "financial_without_value",
            Mistake::PillarWithoutFocusArea => "pillar_without_focus_area",
            Mistake::EmptyTitle => "empty_title",
            Mistake::BadEmail => "bad_email",
            Mistake::DuplicateId => "duplicate_id",
        }
    }

    /// Whether [`p2c_core::parse_pledge`] itself refuses a record with this mistake. The others
    /// are well-formed and need validation (or, for [`Mistake::DuplicateId`], a whole data set)
    /// to be found.
    pub fn is_parse_error(self) -> bool {
        matches!(
            self,
            Mistake::MisspelledField
                | Mistake::AmountAsFloat
                | Mistake::AmountWithThousandsSeparator
                | Mistake::LowercaseCode
        )
    }

    /// How often the invalid mode picks this mistake, relative to the others.
    fn weight(self) -> u32 {
        match self {
            Mistake::MisspelledField => 12,
            Mistake::AmountAsFloat | Mistake::AmountWithThousandsSeparator => 10,
            Mistake::UnknownCountry | Mistake::LowercaseCode => 10,
            Mistake::UnknownCurrency
            | Mistake::EndBeforeStart
            | Mistake::FinancialWithoutValue
            | Mistake::PillarWithoutFocusArea => 8,
            Mistake::EmptyTitle => 6,
            Mistake::BadEmail | Mistake::DuplicateId => 5,
        }
    }
}

/// A mistake applied to a record, with the RFC 6901 pointer of the place it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedMistake {
    /// Which mistake.
    pub kind: Mistake,
    /// Where it is (`/financialValue/amount`).
    pub pointer: String,
}

/// IOC/FIFA codes people write for ISO 3166-1 alpha-3 ones; none is an ISO code.
pub const NON_ISO_COUNTRY_CODES: &[&str] = &[
    "GER", "NED", "DEN", "RSA", "SUI", "UAE", "KSA", "ENG", "PHI", "POR", "CRO", "ALG",
];

/// Currency abbreviations people write for ISO 4217 codes; none is an ISO code.
pub const NON_ISO_CURRENCY_CODES: &[&str] = &["KSH", "RMB", "YEN", "CFA", "STG"];

/// One generated record: the JSON document and the mistakes put in it (none when valid).
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The record's position in the corpus.
    pub index: u64,
    /// The document.
    pub json: Value,
    /// The mistakes it carries.
    pub mistakes: Vec<AppliedMistake>,
}

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

/// A deterministic, lazily generated corpus of pledges.
#[derive(Debug, Clone)]
pub struct Corpus {
    config: CorpusConfig,
    entity_pool: u64,
}

impl Corpus {
    /// A corpus for this configuration.
    ///
    /// Fails with [`Error::LimitExceeded`] when `mistakes_per_invalid` is 0 or above
    /// [`MAX_MISTAKES_PER_RECORD`] while `invalid_per_million` is above 0.
    pub fn new(config: CorpusConfig) -> Result<Self> {
        if config.invalid_per_million > 0
            && !(1..=MAX_MISTAKES_PER_RECORD).contains(&config.mistakes_per_invalid)
        {
            return Err(Error::LimitExceeded {
                limit: "mistakesPerRecord",
                max: MAX_MISTAKES_PER_RECORD as u64,
                actual: config.mistakes_per_invalid as u64,
            });
        }
        let pool = config
            .count
            .saturating_mul(ENTITIES_PER_THOUSAND_PLEDGES)
            .checked_div(1000)
            .unwrap_or(0)
            .max(8);
        Ok(Corpus {
            config,
            entity_pool: pool,
        })
    }

    /// The configuration.
    pub fn config(&self) -> &CorpusConfig {
        &self.config
    }

    /// The number of records.
    pub fn len(&self) -> u64 {
        self.config.count
    }

    /// Whether the corpus has no records.
    pub fn is_empty(&self) -> bool {
        self.config.count == 0
    }

    /// The id of record `index` (`P2C-SYN-0000042`).
    pub fn id(index: u64) -> String {
        format!("P2C-SYN-{index:07}")
    }

    /// The valid pledge at `index` (whatever the invalid rate: invalid records are mistakes
    /// applied to this pledge).
    pub fn pledge(&self, index: u64) -> Result<Pledge> {
        PledgeGen {
            corpus: self,
            index,
            rng: stream(self.config.seed, SALT_PLEDGE, index),
        }
        .build()
    }

    /// The valid pledges, lazily.
    pub fn pledges(&self) -> impl Iterator<Item = Result<Pledge>> + '_ {
        (0..self.config.count).map(move |i| self.pledge(i))
    }

    /// Whether record `index` carries mistakes under this configuration.
    pub fn is_invalid(&self, index: u64) -> bool {
        self.config.invalid_per_million > 0
            && stream(self.config.seed, SALT_INVALID, index).chance(self.config.invalid_per_million)
    }

    /// Record `index` as configured: valid, or with `mistakes_per_invalid` mistakes.
    pub fn record(&self, index: u64) -> Result<Record> {
        if self.is_invalid(index) {
            self.invalid_with_n_errors(index, self.config.mistakes_per_invalid)
        } else {
            let json = serde_json::to_value(self.pledge(index)?)
                .map_err(|e| Error::Internal(format!("corpus: {e}")))?;
            Ok(Record {
                index,
                json,
                mistakes: Vec::new(),
            })
        }
    }

    /// The records as configured, lazily.
    pub fn records(&self) -> impl Iterator<Item = Result<Record>> + '_ {
        (0..self.config.count).map(move |i| self.record(i))
    }

    /// The pledge at `index` with exactly `n` distinct mistakes (0..=[`MAX_MISTAKES_PER_RECORD`]),
    /// chosen at random among those that fit the record and do not touch the same place, so
    /// that each is one finding. [`Mistake::DuplicateId`] is never chosen for record 0.
    pub fn invalid_with_n_errors(&self, index: u64, n: usize) -> Result<Record> {
        self.invalid_with_mistakes(index, n, Mistake::ALL)
    }

    /// Like [`Corpus::invalid_with_n_errors`], choosing only among `kinds` (for example
    /// [`Mistake::SINGLE_RECORD`] for records validated one at a time). Fails with
    /// [`Error::LimitExceeded`] when `n` is above [`MAX_MISTAKES_PER_RECORD`] or the record
    /// admits fewer than `n` of `kinds`.
    pub fn invalid_with_mistakes(&self, index: u64, n: usize, kinds: &[Mistake]) -> Result<Record> {
        if n > MAX_MISTAKES_PER_RECORD {
            return Err(Error::LimitExceeded {
                limit: "mistakesPerRecord",
                max: MAX_MISTAKES_PER_RECORD as u64,
                actual: n as u64,
            });
        }
        let mut json = serde_json::to_value(self.pledge(index)?)
            .map_err(|e| Error::Internal(format!("corpus: {e}")))?;
        let mut rng = stream(self.config.seed ^ (n as u64), SALT_INVALID, index);
        // Skip the draw that decided invalidity so mistakes do not correlate with it.
        rng.next_u64();
        let mut candidates: Vec<(Mistake, u32)> = kinds.iter().map(|m| (*m, m.weight())).collect();
        let mut touched: Vec<&'static str> = Vec::new();
        let mut mistakes = Vec::with_capacity(n);
        while mistakes.len() < n {
            let Some(kind) = rng.pick(&candidates) else {
                return Err(Error::LimitExceeded {
                    limit: "mistakesPerRecord",
                    max: mistakes.len() as u64,
                    actual: n as u64,
                });
            };
            candidates.retain(|(m, _)| *m != kind);
            if let Some(pointer) = apply_mistake(kind, &mut json, &mut rng, index, &mut touched) {
                mistakes.push(AppliedMistake { kind, pointer });
            }
        }
        Ok(Record {
            index,
            json,
            mistakes,
        })
    }

    /// Write the corpus as configured, streaming: one record is in memory at a time.
    /// Wrap `out` in a [`std::io::BufWriter`] for files.
    pub fn write<W: Write>(&self, format: Format, out: W) -> Result<WriteSummary> {
        let mut out = Counting { inner: out, n: 0 };
        let mut summary = WriteSummary::default();
        let io = |e: std::io::Error| Error::Io {
            path: "corpus output".into(),
            message: e.to_string(),
        };
        let ser = |e: serde_json::Error| {
            if e.is_io() {
                Error::Io {
                    path: "corpus output".into(),
                    message: e.to_string(),
                }
            } else {
                Error::Internal(format!("corpus: {e}"))
            }
        };
        if format == Format::Json {
            out.write_all(b"[").map_err(io)?;
        }
        for i in 0..self.config.count {
            match (format, i) {
                (Format::Json, 0) => out.write_all(b"\n"),
                (Format::Json, _) => out.write_all(b",\n"),
                (Format::Jsonl, _) => Ok(()),
            }
            .map_err(io)?;
            if self.is_invalid(i) {
                let rec = self.invalid_with_n_errors(i, self.config.mistakes_per_invalid)?;
                serde_json::to_writer(&mut out, &rec.json).map_err(ser)?;
                summary.invalid_records = summary.invalid_records.saturating_add(1);
            } else {
                serde_json::to_writer(&mut out, &self.pledge(i)?).map_err(ser)?;
            }
            if format == Format::Jsonl {
                out.write_all(b"\n").map_err(io)?;
            }
            summary.records = summary.records.saturating_add(1);
        }
        if format == Format::Json {
            out.write_all(b"\n]\n").map_err(io)?;
        }
        out.flush().map_err(io)?;
        summary.bytes = out.n;
        Ok(summary)
    }

    /// Entity `k` of the pool.
    fn entity(&self, k: u64) -> Entity {
        let mut rng = stream(self.config.seed, SALT_ENTITY, k);
        let kind = rng.pick(STAKEHOLDER_MIX).unwrap_or(StakeholderType::Other);
        let country = rng.one(countries()).copied().unwrap_or(FALLBACK_COUNTRY);
        let brand = brand(&mut rng);
        let place = brand_place(&mut rng);
        let (name, subtype, hq) = match kind {
            StakeholderType::Government => {
                use StakeholderSubtype as S;
                let sub = rng
                    .pick(&[
                        (S::NationalGovernment, 60),
                        (S::Regulator, 20),
                        (S::LocalGovernment, 12),
                        (S::Municipality, 8),
                    ])
                    .unwrap_or(S::NationalGovernment);
                let cn = country.name;
                let name = match sub {
                    S::NationalGovernment => match rng.below(4) {
                        0 | 1 => format!("Government of {cn}"),
                        2 => format!("Ministry of ICT and Digital Economy, {cn}"),
                        _ => format!("Ministry of Education, {cn}"),
                    },
                    S::Regulator => format!("{cn} Communications Regulatory Authority"),
                    S::LocalGovernment => format!("{place} Provincial Government, {cn}"),
                    _ => format!("City of {place}, {cn}"),
                };
                (name, Some(sub), hq(country.code))
            }
            StakeholderType::PrivateSector => {
                let base = if rng.chance(500_000) {
                    rng.one(HUBS)
                        .and_then(|h| countries().iter().find(|c| c.code == *h))
                        .copied()
                        .unwrap_or(country)
                } else {
                    country
                };
                let (name, sub) = if rng.chance(150_000) {
                    (
                        format!("{brand} Foundation"),
                        StakeholderSubtype::PhilanthropicOrganization,
                    )
                } else {
                    let suffix = *rng
                        .one(&[
                            "Telecom",
                            "Networks",
                            "Digital",
                            "Mobile",
                            "Systems",
                            "Satellite",
                            "Cloud",
                            "Technologies",
                            "Fibre",
                            "Connect",
                        ])
                        .unwrap_or(&"Telecom");
                    (format!("{brand} {suffix}"), StakeholderSubtype::Company)
                };
                (name, Some(sub), hq(base.code))
            }
            StakeholderType::UnAgency => {
                let name = UN_AGENCIES
                    .get(
                        usize::try_from(k)
                            .unwrap_or(0)
                            .checked_rem(UN_AGENCIES.len())
                            .unwrap_or(0),
                    )
                    .copied()
                    .unwrap_or("United Nations Development Programme (UNDP)");
                (name.to_owned(), None, Headquarters::International)
            }
            StakeholderType::InternationalOrganization => {
                let region = region_label(country.region);
                if rng.chance(450_000) {
                    (
                        format!("{brand} {region} Development Bank"),
                        Some(StakeholderSubtype::MultilateralDevelopmentBank),
                        Headquarters::International,
                    )
                } else {
                    let hq = if rng.chance(200_000) {
                        hq(country.code)
                    } else {
                        Headquarters::International
                    };
                    (
                        format!("{region} {brand} Telecommunications Organization"),
                        Some(StakeholderSubtype::RegionalOrganization),
                        hq,
                    )
                }
            }
            StakeholderType::CivilSociety => {
                use StakeholderSubtype as S;
                let cn = country.name;
                let (name, sub) = match rng.below(20) {
                    0..=10 => (format!("{brand} Digital Inclusion Network"), S::Ngo),
                    11..=16 => (format!("University of {place}, {cn}"), S::Academia),
                    _ => (
                        format!("{cn} Institute for ICT Research"),
                        S::ResearchAssociation,
                    ),
                };
                (name, Some(sub), hq(country.code))
            }
            StakeholderType::YouthMedia => {
                use StakeholderSubtype as S;
                let (name, sub) = match rng.below(5) {
                    0 | 1 => (
                        format!("{} Youth Digital Network", country.name),
                        S::YouthGroup,
                    ),
                    2 | 3 => (format!("{brand} Media Group"), S::Media),
                    _ => (format!("{brand} Studios"), S::Entertainment),
                };
                (name, Some(sub), hq(country.code))
            }
            _ => (
                format!("{brand} Connectivity Alliance"),
                None,
                hq(country.code),
            ),
        };
        Entity {
            id: Some(format!("ORG-{k:07}")),
            name,
            stakeholder_type: kind,
            subtype,
            headquarters: hq,
            roles: Vec::new(),
        }
    }
}

/// A country code from the embedded table (always three upper-case letters, so `Some`).
fn code(s: &str) -> Option<CountryCode> {
    CountryCode::new(s)
}

fn hq(s: &str) -> Headquarters {
    code(s).map_or(Headquarters::International, Headquarters::Country)
}

fn country_of(code: &str) -> Option<&'static Country> {
    countries().iter().find(|c| c.code == code)
}

fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    if let Some(f) = chars.next() {
        out.extend(f.to_uppercase());
    }
    out.extend(chars);
    out
}

fn brand(rng: &mut SplitMix64) -> String {
    let n = rng.between(2, 3);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(rng.one(SYLLABLES).copied().unwrap_or("ka"));
    }
    capitalize(&s)
}

fn brand_place(rng: &mut SplitMix64) -> String {
    let mut s = brand(rng);
    if rng.chance(300_000) {
        s.push_str(
            rng.one(&["ville", "burg", "pur", "ston"])
                .copied()
                .unwrap_or(""),
        );
    }
    s
}

struct Counting<W> {
    inner: W,
    n: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let written = self.inner.write(buf)?;
        self.n = self.n.saturating_add(written as u64);
        Ok(written)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

// ---------------------------------------------------------------------------------------------
// One pledge
// ---------------------------------------------------------------------------------------------

/// A review state with its submission and validation times.
type Review = (ReviewState, Option<DateTime<Utc>>, Option<DateTime<Utc>>);

struct PledgeGen<'a> {
    corpus: &'a Corpus,
    index: u64,
    rng: SplitMix64,
}

/// Per-mille share of financial pledges by the lead's stakeholder type.
fn financial_per_million(t: StakeholderType) -> u32 {
    match t {
        StakeholderType::Government => 550_000,
        StakeholderType::PrivateSector => 650_000,
        StakeholderType::UnAgency => 350_000,
        StakeholderType::InternationalOrganization => 600_000,
        StakeholderType::CivilSociety => 300_000,
        StakeholderType::YouthMedia => 200_000,
        _ => 350_000,
    }
}

impl PledgeGen<'_> {
    fn build(mut self) -> Result<Pledge> {
        let index = self.index;
        let pool = self.corpus.entity_pool;
        let lead_k = self.rng.below(pool);
        let lead = self.corpus.entity(lead_k);
        let mut partners = Vec::new();
        if self.rng.chance(120_000) {
            let n = self
                .rng
                .pick(&[(1, 50), (2, 25), (3, 15), (4, 10)])
                .unwrap_or(1);
            let mut used = vec![lead_k];
            for _ in 0..n {
                let k = self.rng.below(pool);
                if !used.contains(&k) {
                    used.push(k);
                    partners.push(self.corpus.entity(k));
                }
            }
        }
        let lead_country = lead
            .headquarters
            .country()
            .and_then(|c| country_of(c.as_str()));

        let value_date = self.value_date()?;
        let types = self.pledge_types(lead.stakeholder_type);
        let (focus_areas, pillars) = self.taxonomy();
        let financial_value = if types.contains(&PledgeType::Financial) {
            Some(self.financial_value(&lead, lead_country, value_date)?)
        } else {
            None
        };
        let implementation = self.implementation(&lead, lead_country);
        let period = self.period(value_date.year())?;
        let beneficiaries = self.beneficiaries(value_date.year(), period.as_ref());
        let targets = self.targets(&focus_areas);
        let (review_state, submitted_at, validated_at) = self.review(value_date)?;
        let progress_reports = if review_state == ReviewState::Published {
            self.reports(validated_at, financial_value.as_ref())?
        } else {
            Vec::new()
        };
        let implementation_status = match progress_reports.last() {
            Some(r) => Some(r.status),
            None if review_state == ReviewState::Published && self.rng.chance(400_000) => {
                Some(if self.rng.chance(400_000) {
                    ImplementationStatus::PlanningPhase
                } else {
                    ImplementationStatus::InProgress
                })
            }
            None => None,
        };
        let relations = self.relations();
        let id = Corpus::id(index);
        let (title, description) = self.text(&lead, &pillars, &focus_areas, &implementation);
        let links = if self.rng.chance(350_000) {
            vec![Link {
                url: format!("https://www.example.org/p2c/pledges/{id}"),
                title: Some("Pledge announcement".into()),
            }]
        } else {
            Vec::new()
        };
        let notes = self
            .rng
            .chance(30_000)
            .then(|| "Figure taken from the pledger's press release.".to_owned());
        let contact = self.corpus.config.include_contacts.then(|| Contact {
            name: format!("Focal Point {index}"),
            email: format!("focal.point{index}@example.org"),
        });
        Ok(Pledge {
            format_version: FormatVersion::V1_0,
            id,
            title,
            description,
            links,
            notes,
            submitted_at,
            validated_at,
            announced_on: None,
            events: Vec::new(),
            pledgers: Pledgers { lead, partners },
            pledge_types: types,
            focus_areas,
            pillars,
            sdgs: Vec::new(),
            financial_value,
            implementation,
            period,
            beneficiaries,
            targets,
            contact,
            review_state,
            implementation_status,
            progress_reports,
            relations,
        })
    }

    fn value_date(&mut self) -> Result<NaiveDate> {
        let (y, m, months) = self.rng.pick(VALUE_DATE_BUCKETS).unwrap_or((2022, 1, 6));
        let first = ymd(y, m, 1)?;
        let end = first
            .checked_add_months(Months::new(months))
            .ok_or_else(|| Error::Internal("corpus: date out of range".into()))?;
        let days = u64::try_from(end.signed_duration_since(first).num_days()).unwrap_or(1);
        add_days(first, self.rng.below(days))
    }

    fn pledge_types(&mut self, lead: StakeholderType) -> Vec<PledgeType> {
        let mut t = Vec::new();
        if self.rng.chance(financial_per_million(lead)) {
            t.push(PledgeType::Financial);
        }
        let policy = if lead == StakeholderType::Government {
            450_000
        } else {
            100_000
        };
        if self.rng.chance(policy) {
            t.push(PledgeType::Policy);
        }
        if self.rng.chance(300_000) {
            t.push(PledgeType::Advocacy);
        }
        if self.rng.chance(550_000) || t.is_empty() {
            t.push(PledgeType::Programmatic);
        }
        t
    }

    fn taxonomy(&mut self) -> (Vec<FocusArea>, Vec<Pillar>) {
        let n = self
            .rng
            .pick(&[(1, 50), (2, 35), (3, 12), (4, 3)])
            .unwrap_or(1);
        let mut fas = self.rng.pick_distinct(
            &[
                (FocusArea::Access, 40),
                (FocusArea::Adoption, 35),
                (FocusArea::ValueCreation, 15),
                (FocusArea::Accelerate, 10),
            ],
            n,
        );
        fas.sort();
        let mut pillars = Vec::new();
        for fa in &fas {
            if self.rng.chance(800_000) {
                let own: Vec<(Pillar, u32)> = fa.pillars().map(|p| (p, 1)).collect();
                let k = usize::try_from(self.rng.between(1, 2)).unwrap_or(1);
                pillars.extend(self.rng.pick_distinct(&own, k));
            }
        }
        pillars.sort();
        (fas, pillars)
    }

    fn financial_value(
        &mut self,
        lead: &Entity,
        lead_country: Option<&Country>,
        value_date: NaiveDate,
    ) -> Result<FinancialValue> {
        let usd = self.usd_value()?;
        let home = lead_country.and_then(|c| c.home_currency);
        let p_home = match lead.stakeholder_type {
            StakeholderType::Government => 600_000,
            StakeholderType::PrivateSector => 350_000,
            _ => 500_000,
        };
        let code = match home {
            Some(h) if self.rng.chance(p_home) => h,
            _ if lead.headquarters == Headquarters::International => self
                .rng
                .pick(&[("USD", 85), ("EUR", 10), ("CHF", 5)])
                .unwrap_or("USD"),
            _ => {
                if self.rng.chance(900_000) {
                    "USD"
                } else {
                    "EUR"
                }
            }
        };
        let currency = currencies()
            .iter()
            .find(|c| c.code == code)
            .copied()
            .unwrap_or(USD);
        let rate = Decimal::new(currency.per_usd.0, currency.per_usd.1);
        let raw = usd.checked_mul(rate).ok_or_else(|| Error::Overflow {
            operation: "corpus amount".into(),
        })?;
        let amount = match self
            .rng
            .pick(&[(1u32, 20), (2, 35), (3, 27), (4, 12), (0, 6)])
        {
            Some(sf @ 1..=4) => raw.round_sf(sf).unwrap_or(raw),
            _ if raw >= Decimal::from(1_000_000) => raw.round_dp(0),
            _ => raw,
        }
        .round_dp(currency.minor_units)
        .normalize();
        let explicit_rate = if code != "USD" && self.rng.chance(20_000) {
            let to_usd = Decimal::ONE
                .checked_div(rate)
                .map(|r| r.round_dp(4))
                .unwrap_or(Decimal::ONE);
            Some(ExplicitRate {
                to: CurrencyCode::USD,
                rate: to_usd,
                date: value_date,
                source: "pledger's announcement".into(),
            })
        } else {
            None
        };
        let currency = CurrencyCode::new(code).unwrap_or(CurrencyCode::USD);
        Ok(FinancialValue {
            is_floor: self.rng.chance(100_000),
            explicit_rate,
            ..FinancialValue::new(amount, currency, value_date)
        })
    }

    /// A value in USD from [`VALUE_DECADES`]: a decade, a two-digit log-uniform mantissa, six
    /// more uniform digits. Integers only.
    fn usd_value(&mut self) -> Result<Decimal> {
        let d = self.rng.pick(VALUE_DECADES).unwrap_or(6);
        let m = 10u64.saturating_add(self.rng.pick_index(&MANTISSA_WEIGHTS));
        let digits = m
            .saturating_mul(1_000_000)
            .saturating_add(self.rng.below(1_000_000));
        // digits / 10^7 is in [1, 10); times 10^d.
        let unit = Decimal::from_i128_with_scale(i128::from(digits), 7);
        let scale = 10u64
            .checked_pow(d)
            .map(Decimal::from)
            .ok_or_else(|| Error::Overflow {
                operation: "corpus amount".into(),
            })?;
        unit.checked_mul(scale).ok_or_else(|| Error::Overflow {
            operation: "corpus amount".into(),
        })
    }

    fn implementation(&mut self, lead: &Entity, lead_country: Option<&Country>) -> Implementation {
        let mut imp = Implementation::default();
        let home_gov = lead.stakeholder_type == StakeholderType::Government;
        match lead_country {
            Some(c) if home_gov && self.rng.chance(750_000) => {
                imp.regions.push(c.region);
                imp.countries.extend(code(c.code));
                if self.rng.chance(100_000) {
                    let extra = self.rng.between(1, 3);
                    self.add_countries(&mut imp, c.region, extra);
                }
            }
            _ if !home_gov && self.rng.chance(50_000) => {
                imp.global = true;
            }
            _ => {
                let n = self
                    .rng
                    .pick(&[(1, 75), (2, 15), (3, 7), (4, 2), (6, 1)])
                    .unwrap_or(1);
                imp.regions = self.rng.pick_distinct(
                    &[
                        (R::Afr, 36),
                        (R::Asp, 23),
                        (R::Ams, 13),
                        (R::Arb, 10),
                        (R::Eur, 11),
                        (R::Cis, 7),
                    ],
                    n,
                );
                if imp.regions.len() > 1 && self.rng.chance(600_000) {
                    imp.primary_region = imp.regions.first().copied();
                }
                if self.rng.chance(500_000) {
                    for r in imp.regions.clone() {
                        let k = self.rng.between(1, 4);
                        self.add_countries(&mut imp, r, k);
                    }
                }
            }
        }
        imp.regions.sort();
        imp.countries.sort();
        imp.countries.dedup();
        if imp.countries.len() >= 2 && self.rng.chance(60_000) {
            // Integer percentages summing to 100: the first n−1 get an even share, the last
            // the remainder.
            let n = imp.countries.len() as u64;
            let each = 100u64.checked_div(n).unwrap_or(100);
            let mut left = 100u64;
            let last = imp.countries.len().saturating_sub(1);
            for (i, c) in imp.countries.iter().enumerate() {
                let p = if i == last { left } else { each };
                left = left.saturating_sub(p);
                imp.shares.push(Share {
                    area: c.as_str().to_owned(),
                    percent: Decimal::from(p),
                });
            }
        }
        imp
    }

    fn add_countries(&mut self, imp: &mut Implementation, region: ItuRegion, n: u64) {
        let members: Vec<&Country> = countries().iter().filter(|c| c.region == region).collect();
        for _ in 0..n {
            if let Some(c) = self.rng.one(&members) {
                imp.countries.extend(code(c.code));
            }
        }
    }

    fn partial(&mut self, year: i32, weights: &[(u8, u32)]) -> Result<PartialDate> {
        Ok(match self.rng.pick(weights).unwrap_or(0) {
            0 => PartialDate::Year(year),
            p => {
                let m = u32::try_from(self.rng.between(1, 12)).unwrap_or(1);
                if p == 1 {
                    PartialDate::Month(year, m)
                } else {
                    let len = u64::from(month_len(year, m)?);
                    let d = u32::try_from(self.rng.between(1, len)).unwrap_or(1);
                    PartialDate::Day(ymd(year, m, d)?)
                }
            }
        })
    }

    fn period(&mut self, value_year: i32) -> Result<Option<Period>> {
        let shape = self
            .rng
            .pick(&[(0u8, 12), (1, 6), (2, 3), (3, 79)])
            .unwrap_or(3);
        if shape == 0 {
            return Ok(None);
        }
        let offset = self
            .rng
            .pick(&[(-2i32, 10), (-1, 20), (0, 50), (1, 20)])
            .unwrap_or(0);
        let start_year = value_year.saturating_add(offset).clamp(2019, 2029);
        let dur = self
            .rng
            .pick(&[
                (1i32, 15),
                (2, 20),
                (3, 20),
                (4, 15),
                (5, 20),
                (6, 5),
                (9, 5),
            ])
            .unwrap_or(3);
        let end_year = start_year.saturating_add(dur).min(2030);
        let start = self.partial(start_year, &[(0, 45), (1, 30), (2, 25)])?;
        let end = self.partial(end_year, &[(0, 55), (1, 30), (2, 15)])?;
        Ok(Some(match shape {
            1 => Period {
                start: Some(start),
                end: None,
            },
            2 => Period {
                start: None,
                end: Some(end),
            },
            _ => Period {
                start: Some(start),
                end: Some(end),
            },
        }))
    }

    fn beneficiaries(&mut self, value_year: i32, period: Option<&Period>) -> Option<Beneficiaries> {
        if !self.rng.chance(880_000) {
            return None;
        }
        use BeneficiaryGroup as B;
        let mut groups = Vec::new();
        if self.rng.chance(670_000) {
            groups.push(B::WomenAndGirls);
        }
        for (g, p) in [
            (B::Youth, 300_000),
            (B::Children, 120_000),
            (B::OlderPersons, 40_000),
            (B::PersonsWithDisabilities, 150_000),
            (B::RefugeesAndDisplaced, 40_000),
            (B::IndigenousPeoples, 40_000),
            (B::RuralCommunities, 350_000),
            (B::PoorCommunities, 150_000),
            (B::Smes, 150_000),
            (B::Students, 150_000),
            (B::Teachers, 60_000),
            (B::Schools, 100_000),
            (B::Households, 80_000),
            (B::PublicInstitutions, 60_000),
        ] {
            if self.rng.chance(p) {
                groups.push(g);
            }
        }
        if groups.is_empty() {
            groups.push(B::General);
        }
        let people_reached = self.rng.chance(500_000).then(|| {
            let d = self.rng.between(3, 7);
            let m = self.rng.between(10, 99);
            m.saturating_mul(10u64.saturating_pow(u32::try_from(d).unwrap_or(3)))
        });
        let target_year = self.rng.chance(350_000).then(|| {
            period
                .and_then(|p| p.end)
                .map(PartialDate::year)
                .unwrap_or_else(|| {
                    let add = i32::try_from(self.rng.between(2, 5)).unwrap_or(2);
                    value_year.saturating_add(add).min(2030)
                })
        });
        Some(Beneficiaries {
            groups,
            people_reached,
            target_year,
            ..Beneficiaries::default()
        })
    }

    fn targets(&mut self, focus_areas: &[FocusArea]) -> Vec<TargetCode> {
        if !self.rng.chance(450_000) {
            return Vec::new();
        }
        let codes: Vec<(&'static str, u32)> = known_targets()
            .iter()
            .filter(|t| {
                t.focus_area
                    .is_some_and(|fa| focus_areas.iter().any(|f| f.code() == fa))
            })
            .map(|t| (t.code, 1))
            .collect();
        let n = usize::try_from(self.rng.between(1, 3)).unwrap_or(1);
        let mut out: Vec<TargetCode> = self
            .rng
            .pick_distinct(&codes, n)
            .into_iter()
            .map(|c| TargetCode(c.to_owned()))
            .collect();
        out.sort();
        out
    }

    fn timestamp(&mut self, day: NaiveDate) -> Result<DateTime<Utc>> {
        let h = u32::try_from(self.rng.between(6, 20)).unwrap_or(9);
        let m = u32::try_from(self.rng.below(60)).unwrap_or(0);
        let s = u32::try_from(self.rng.below(60)).unwrap_or(0);
        day.and_hms_opt(h, m, s)
            .map(|t| t.and_utc())
            .ok_or_else(|| Error::Internal("corpus: invalid time".into()))
    }

    fn review(&mut self, value_date: NaiveDate) -> Result<Review> {
        use ReviewState as S;
        let state = self
            .rng
            .pick(&[
                (S::Published, 905),
                (S::UnderReview, 25),
                (S::Submitted, 25),
                (S::Draft, 10),
                (S::Rejected, 10),
                (S::Withdrawn, 25),
            ])
            .unwrap_or(S::Published);
        if state == S::Draft {
            return Ok((state, None, None));
        }
        let submitted = self.timestamp(value_date)?;
        if matches!(state, S::Submitted | S::UnderReview | S::Rejected) {
            return Ok((state, Some(submitted), None));
        }
        let horizon = ymd(HORIZON.0, HORIZON.1, HORIZON.2)?;
        let delay = self.rng.between(1, 60);
        let day = add_days(value_date, delay)?.min(horizon);
        let mut validated = self.timestamp(day)?;
        if validated <= submitted {
            validated = submitted
                .checked_add_signed(chrono::TimeDelta::hours(1))
                .unwrap_or(submitted);
        }
        Ok((state, Some(submitted), Some(validated)))
    }

    fn reports(
        &mut self,
        validated_at: Option<DateTime<Utc>>,
        value: Option<&FinancialValue>,
    ) -> Result<Vec<ProgressReport>> {
        let Some(validated) = validated_at else {
            return Ok(Vec::new());
        };
        if !self.rng.chance(360_000) {
            return Ok(Vec::new());
        }
        use ImplementationStatus as S;
        let last_day = ymd(LAST_REPORT_DAY.0, LAST_REPORT_DAY.1, LAST_REPORT_DAY.2)?;
        let wanted = self.rng.pick(&[(1u8, 60), (2, 28), (3, 12)]).unwrap_or(1);
        let mut day = validated.date_naive();
        let mut out: Vec<ProgressReport> = Vec::new();
        let mut status = S::PlanningPhase;
        let mut delivered_pct: u64 = 0;
        let mut people_so_far: u64 = 0;
        for i in 0..wanted {
            let gap = if i == 0 {
                self.rng.between(60, 400)
            } else {
                self.rng.between(90, 300)
            };
            day = add_days(day, gap)?;
            if day > last_day {
                break;
            }
            status = if i == 0 {
                self.rng
                    .pick(&[
                        (S::PlanningPhase, 30),
                        (S::InProgress, 60),
                        (S::Delayed, 10),
                    ])
                    .unwrap_or(S::InProgress)
            } else {
                match status {
                    S::PlanningPhase => self
                        .rng
                        .pick(&[(S::InProgress, 80), (S::Delayed, 20)])
                        .unwrap_or(S::InProgress),
                    S::InProgress => self
                        .rng
                        .pick(&[(S::InProgress, 50), (S::Completed, 30), (S::Delayed, 20)])
                        .unwrap_or(S::InProgress),
                    S::Delayed => self
                        .rng
                        .pick(&[
                            (S::InProgress, 60),
                            (S::Delayed, 20),
                            (S::Cancelled, 5),
                            (S::Completed, 15),
                        ])
                        .unwrap_or(S::InProgress),
                    done => done,
                }
            };
            let amount_delivered = match value {
                Some(v) if status != S::PlanningPhase && self.rng.chance(500_000) => {
                    delivered_pct = if status == S::Completed {
                        100
                    } else {
                        delivered_pct
                            .saturating_add(self.rng.between(5, 30))
                            .min(95)
                    };
                    let minor = currencies()
                        .iter()
                        .find(|c| c.code == v.currency.as_str())
                        .map_or(2, |c| c.minor_units);
                    v.amount
                        .checked_mul(Decimal::from(delivered_pct))
                        .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))
                        .map(|amount| MoneyAmount {
                            amount: amount.round_dp(minor).normalize(),
                            currency: v.currency,
                        })
                }
                _ => None,
            };
            // Cumulative: never fewer people than an earlier report.
            let people_reached = self.rng.chance(400_000).then(|| {
                let m = self.rng.between(10, 99);
                let d = u32::try_from(self.rng.between(2, 6)).unwrap_or(2);
                people_so_far =
                    people_so_far.saturating_add(m.saturating_mul(10u64.saturating_pow(d)));
                people_so_far
            });
            let nc = usize::try_from(self.rng.between(0, 3)).unwrap_or(0);
            let challenge_table: Vec<(Challenge, u32)> =
                Challenge::all().iter().map(|c| (*c, 1)).collect();
            let mut challenges = self.rng.pick_distinct(&challenge_table, nc);
            challenges.sort();
            let ns = usize::try_from(self.rng.between(0, 3)).unwrap_or(0);
            let solution_table: Vec<(Solution, u32)> =
                Solution::all().iter().map(|s| (*s, 1)).collect();
            let mut solutions = self.rng.pick_distinct(&solution_table, ns);
            solutions.sort();
            let narrative = Some(
                match status {
                    S::PlanningPhase => "Partners identified; procurement being prepared.",
                    S::InProgress => "Deployment under way in the first target areas.",
                    S::Completed => "All planned activities delivered.",
                    S::Delayed => "Work behind schedule; revised plan agreed with partners.",
                    S::Cancelled => "The commitment was cancelled.",
                }
                .to_owned(),
            );
            out.push(ProgressReport {
                date: day,
                status,
                narrative,
                amount_delivered,
                people_reached,
                challenges,
                solutions,
                targets: Vec::new(),
            });
            if matches!(status, S::Completed | S::Cancelled) {
                break;
            }
        }
        Ok(out)
    }

    fn relations(&mut self) -> Vec<Relation> {
        if self.index == 0 || !self.rng.chance(15_000) {
            return Vec::new();
        }
        let back = self.rng.between(1, self.index.min(50));
        let kind = self
            .rng
            .pick(&[
                (RelationType::Supersedes, 45),
                (RelationType::SameFundsAs, 40),
                (RelationType::PartOf, 15),
            ])
            .unwrap_or(RelationType::SameFundsAs);
        vec![Relation {
            kind,
            pledge: Corpus::id(self.index.saturating_sub(back)),
        }]
    }

    fn text(
        &mut self,
        lead: &Entity,
        pillars: &[Pillar],
        focus_areas: &[FocusArea],
        imp: &Implementation,
    ) -> (String, Option<String>) {
        let topic = match pillars.first() {
            Some(Pillar::Infrastructure) => "Extending broadband infrastructure",
            Some(Pillar::Affordability) => "Affordable devices and data",
            Some(Pillar::Cybersecurity) => "Secure and trusted connectivity",
            Some(Pillar::Skills) => "Digital skills for all",
            Some(Pillar::Inclusion) => "Bringing women and girls online",
            Some(Pillar::LocalContent) => "Local content and services",
            Some(Pillar::InnovationEntrepreneurship) => "Support for digital entrepreneurs",
            Some(Pillar::AppsServices) => "Digital public services",
            Some(Pillar::DigitalEconomy) => "Digital transformation of SMEs",
            Some(Pillar::InnovativeFinancing) => "Blended finance for connectivity",
            Some(Pillar::ProjectViability) => "Bankable rural connectivity projects",
            Some(Pillar::InvestorConstellation) => "An investor network for connectivity",
            None => match focus_areas.first() {
                Some(FocusArea::Adoption) => "Digital adoption programme",
                Some(FocusArea::ValueCreation) => "Digital ecosystem programme",
                Some(FocusArea::Accelerate) => "Connectivity investment programme",
                _ => "Meaningful connectivity programme",
            },
        };
        let place = if imp.global {
            "worldwide".to_owned()
        } else if let [one] = imp.countries.as_slice() {
            let name = country_of(one.as_str()).map_or("the country", |c| c.name);
            format!("in {name}")
        } else if let [one] = imp.regions.as_slice() {
            format!("in {}", region_label(*one))
        } else if imp.regions.is_empty() {
            "in underserved communities".to_owned()
        } else {
            "across several regions".to_owned()
        };
        let title = format!("{topic} {place}");
        let description = self.rng.chance(800_000).then(|| {
            format!(
                "{} commits to {} {place}, with a focus on the hardest-to-connect communities.",
                lead.name,
                topic.to_lowercase()
            )
        });
        (title, description)
    }
}

// ---------------------------------------------------------------------------------------------
// Mistakes, applied to JSON
// ---------------------------------------------------------------------------------------------

/// Whether two JSON pointers overlap (one is the other or inside it).
fn overlaps(a: &str, b: &str) -> bool {
    let inside = |x: &str, y: &str| {
        x.strip_prefix(y)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    };
    inside(a, b) || inside(b, a)
}

fn free(touched: &[&'static str], place: &str) -> bool {
    !touched.iter().any(|t| overlaps(t, place))
}

fn obj(v: &mut Value) -> Option<&mut Map<String, Value>> {
    v.as_object_mut()
}

fn get_mut<'a>(v: &'a mut Value, pointer: &str) -> Option<&'a mut Value> {
    v.pointer_mut(pointer)
}

/// Apply one mistake if it fits the record and its place is untouched; return its pointer.
fn apply_mistake(
    kind: Mistake,
    json: &mut Value,
    rng: &mut SplitMix64,
    index: u64,
    touched: &mut Vec<&'static str>,
) -> Option<String> {
    let claim = |places: &[&'static str], touched: &mut Vec<&'static str>| {
        if places.iter().all(|p| free(touched, p)) {
            touched.extend_from_slice(places);
            true
        } else {
            false
        }
    };
    match kind {
        Mistake::MisspelledField => {
            if !claim(&["/description"], touched) {
                return None;
            }
            let typo = *rng.one(&["descripton", "desciption", "discription"])?;
            let o = obj(json)?;
            let text = o
                .remove("description")
                .unwrap_or_else(|| Value::String("Connectivity for rural schools.".into()));
            o.insert(typo.to_owned(), text);
            Some(format!("/{typo}"))
        }
        Mistake::AmountAsFloat => {
            let amount = json.pointer("/financialValue/amount")?.as_str()?.to_owned();
            let value: f64 = amount.parse().ok()?;
            let number = serde_json::Number::from_f64(value)?;
            if !claim(&["/financialValue/amount"], touched) {
                return None;
            }
            *get_mut(json, "/financialValue/amount")? = Value::Number(number);
            Some("/financialValue/amount".into())
        }
        Mistake::AmountWithThousandsSeparator => {
            let amount = json.pointer("/financialValue/amount")?.as_str()?.to_owned();
            let (int, frac) = amount.split_once('.').unwrap_or((amount.as_str(), ""));
            if int.len() < 4 || !claim(&["/financialValue/amount"], touched) {
                return None;
            }
            let mut grouped = String::new();
            for (i, ch) in int.chars().enumerate() {
                if i > 0 && int.len().saturating_sub(i).checked_rem(3) == Some(0) {
                    grouped.push(',');
                }
                grouped.push(ch);
            }
            if !frac.is_empty() {
                grouped.push('.');
                grouped.push_str(frac);
            }
            *get_mut(json, "/financialValue/amount")? = Value::String(grouped);
            Some("/financialValue/amount".into())
        }
        Mistake::UnknownCurrency => {
            json.pointer("/financialValue/currency")?;
            if !claim(&["/financialValue/currency"], touched) {
                return None;
            }
            let bad = *rng.one(NON_ISO_CURRENCY_CODES)?;
            *get_mut(json, "/financialValue/currency")? = Value::String(bad.into());
            Some("/financialValue/currency".into())
        }
        Mistake::UnknownCountry => {
            // Appending keeps the other countries (and any region) intact; with declared shares
            // an extra country would be a second finding, so such records are skipped.
            let has_shares = json.pointer("/implementation/shares").is_some();
            let global = json
                .pointer("/implementation/global")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            if has_shares || global || !claim(&["/implementation/countries"], touched) {
                return None;
            }
            let bad = *rng.one(NON_ISO_COUNTRY_CODES)?;
            let imp = obj(json)?
                .entry("implementation")
                .or_insert_with(|| Value::Object(Map::new()));
            let list = obj(imp)?
                .entry("countries")
                .or_insert_with(|| Value::Array(Vec::new()))
                .as_array_mut()?;
            list.push(Value::String(bad.into()));
            Some(format!(
                "/implementation/countries/{}",
                list.len().saturating_sub(1)
            ))
        }
        Mistake::LowercaseCode => {
            let hq = json
                .pointer("/pledgers/lead/headquarters")
                .and_then(Value::as_str)
                .is_some_and(|s| s != Headquarters::INTERNATIONAL);
            let place = if hq && claim(&["/pledgers/lead/headquarters"], touched) {
                "/pledgers/lead/headquarters"
            } else if json.pointer("/implementation/shares").is_none()
                && json.pointer("/implementation/countries/0").is_some()
                && claim(&["/implementation/countries"], touched)
            {
                "/implementation/countries/0"
            } else if json.pointer("/financialValue/currency").is_some()
                && claim(&["/financialValue/currency"], touched)
            {
                "/financialValue/currency"
            } else {
                return None;
            };
            let slot = get_mut(json, place)?;
            let lower = slot.as_str()?.to_ascii_lowercase();
            *slot = Value::String(lower);
            Some(place.into())
        }
        Mistake::EndBeforeStart => {
            if !claim(&["/period"], touched) {
                return None;
            }
            let start_year = json
                .pointer("/period/start")
                .and_then(Value::as_str)
                .and_then(PartialDate::parse)
                .map(PartialDate::year);
            let o = obj(json)?;
            let (start, end) = match start_year {
                Some(y) => {
                    let back = i32::try_from(rng.between(1, 3)).ok()?;
                    (None, y.checked_sub(back)?)
                }
                None => (Some(2025), 2023),
            };
            let period = o
                .entry("period")
                .or_insert_with(|| Value::Object(Map::new()));
            let p = obj(period)?;
            if let Some(s) = start {
                p.insert("start".into(), Value::String(format!("{s:04}")));
            }
            p.insert("end".into(), Value::String(format!("{end:04}")));
            Some("/period/end".into())
        }
        Mistake::FinancialWithoutValue => {
            if !claim(&["/financialValue", "/pledgeTypes"], touched) {
                return None;
            }
            let o = obj(json)?;
            o.remove("financialValue");
            let types = o.get_mut("pledgeTypes")?.as_array_mut()?;
            if !types.iter().any(|t| t.as_str() == Some("financial")) {
                types.insert(0, Value::String("financial".into()));
            }
            // Without a value, delivered amounts would be a second finding.
            if let Some(reports) = o.get_mut("progressReports").and_then(Value::as_array_mut) {
                for r in reports.iter_mut().filter_map(Value::as_object_mut) {
                    r.remove("amountDelivered");
                }
            }
            Some("/financialValue".into())
        }
        Mistake::PillarWithoutFocusArea => {
            let declared: Vec<String> = json
                .pointer("/focusAreas")?
                .as_array()?
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect();
            let missing: Vec<FocusArea> = FocusArea::all()
                .iter()
                .copied()
                .filter(|fa| !declared.iter().any(|d| d == fa.code()))
                .collect();
            let fa = *rng.one(&missing)?;
            if !claim(&["/pillars", "/focusAreas"], touched) {
                return None;
            }
            let own: Vec<Pillar> = fa.pillars().collect();
            let pillar = *rng.one(&own)?;
            let list = obj(json)?
                .entry("pillars")
                .or_insert_with(|| Value::Array(Vec::new()))
                .as_array_mut()?;
            list.push(Value::String(pillar.code().into()));
            Some(format!("/pillars/{}", list.len().saturating_sub(1)))
        }
        Mistake::EmptyTitle => {
            if !claim(&["/title"], touched) {
                return None;
            }
            obj(json)?.insert("title".into(), Value::String(String::new()));
            Some("/title".into())
        }
        Mistake::BadEmail => {
            if !claim(&["/contact"], touched) {
                return None;
            }
            let bad = *rng.one(&[
                "focal.point.example.org",
                "focal.point@",
                "focal point@example.org",
                "focal.point@@example.org",
            ])?;
            let contact = obj(json)?
                .entry("contact")
                .or_insert_with(|| serde_json::json!({ "name": format!("Focal Point {index}") }));
            obj(contact)?.insert("email".into(), Value::String(bad.into()));
            Some("/contact/email".into())
        }
        Mistake::DuplicateId => {
            if index == 0 || !claim(&["/id"], touched) {
                return None;
            }
            obj(json)?.insert(
                "id".into(),
                Value::String(Corpus::id(index.saturating_sub(1))),
            );
            Some("/id".into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix64_reference_outputs() {
        // Reference values of SplitMix64 from seed 0, as published with the algorithm
        // (Vigna's splitmix64.c; the first three outputs).
        let mut r = SplitMix64::new(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(r.next_u64(), 0x06C4_5D18_8009_454F);
    }

    #[test]
    fn below_stays_in_range() {
        let mut r = SplitMix64::new(7);
        for n in [1u64, 2, 3, 10, 1000] {
            for _ in 0..1000 {
                assert!(r.below(n) < n);
            }
        }
        assert_eq!(r.below(0), 0);
    }

    #[test]
    fn mantissa_weights_sum_to_one_billion() {
        // Σ log10((m+1)/m) for m = 10..99 is log10(100/10) = 1, so the weights sum to 1e9
        // up to rounding of 90 terms (each off by at most 0.5).
        let sum: u64 = MANTISSA_WEIGHTS.iter().map(|w| u64::from(*w)).sum();
        assert!(sum.abs_diff(1_000_000_000) <= 45, "{sum}");
    }

    #[test]
    fn value_table_weights_sum_to_ten_thousand() {
        assert_eq!(VALUE_DECADES.iter().map(|(_, w)| w).sum::<u32>(), 10_000);
        assert_eq!(STAKEHOLDER_MIX.iter().map(|(_, w)| w).sum::<u32>(), 1000);
    }

    #[test]
    fn embedded_tables_are_well_formed() {
        assert_eq!(countries().len(), 194);
        for c in countries() {
            assert!(CountryCode::new(c.code).is_some(), "{}", c.code);
            if let Some(h) = c.home_currency {
                assert!(currencies().iter().any(|x| x.code == h), "{h}");
            }
        }
        // Every home-currency country is one the corpus draws from, named once.
        for (_, users) in HOME_CURRENCIES {
            for u in *users {
                assert!(country_of(u).is_some(), "{u}");
                let n = HOME_CURRENCIES
                    .iter()
                    .filter(|(_, us)| us.contains(u))
                    .count();
                assert_eq!(n, 1, "{u}");
            }
        }
        // The core knows every corpus currency and its minor units.
        for (code, _) in SHAPING_RATES {
            let info = CurrencyCode::new(code).and_then(money::currency);
            assert!(info.and_then(|i| i.minor_units).is_some(), "{code}");
        }
        assert_eq!(currencies().len(), SHAPING_RATES.len());
        for h in HUBS {
            assert!(country_of(h).is_some(), "{h}");
        }
        for bad in NON_ISO_COUNTRY_CODES {
            assert!(country_of(bad).is_none(), "{bad}");
        }
        for bad in NON_ISO_CURRENCY_CODES {
            assert!(!currencies().iter().any(|c| c.code == *bad), "{bad}");
        }
    }

    #[test]
    fn countries_lie_in_declared_regions() {
        let corpus = Corpus::new(CorpusConfig {
            count: 2000,
            ..CorpusConfig::default()
        })
        .unwrap();
        for p in corpus.pledges() {
            let p = p.unwrap();
            for c in &p.implementation.countries {
                let region = country_of(c.as_str()).unwrap().region;
                assert!(p.implementation.regions.contains(&region), "{}", p.id);
            }
            if let Some(r) = p.implementation.primary_region {
                assert!(p.implementation.regions.contains(&r));
            }
            assert!(!p.implementation.global || p.implementation.regions.is_empty());
        }
    }

    #[test]
    fn pointers_overlap_by_segment() {
        assert!(overlaps("/financialValue", "/financialValue/amount"));
        assert!(overlaps("/period", "/period"));
        assert!(!overlaps("/pillars", "/pillarsX"));
        assert!(!overlaps(
            "/financialValue/amount",
            "/financialValue/currency"
        ));
    }
}
