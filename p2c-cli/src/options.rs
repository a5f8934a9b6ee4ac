//! From flags to the core's call types: each command writes its flags into the call's JSON
//! form and lets `p2c_core::call` read and check it, so an unknown currency, code or option
//! value is refused (exit 2) with the same words as in Python and Node, naming the flag.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::fail::{self, Fail, Flags};
use crate::output::Ctx;

/// A call's JSON object, from `--call JSON` (an object, else a usage error) or empty.
pub(crate) fn base(call: Option<&str>) -> Result<Map<String, Value>, Fail> {
    let Some(text) = call else {
        return Ok(Map::new());
    };
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(Fail::Usage(
            "`--call`: not a JSON object; give the call's options as `{\"name\": value}`".into(),
        )),
        Err(e) => Err(Fail::Usage(format!(
            "`--call`: not JSON ({e}); give the call's options as `{{\"name\": value}}`"
        ))),
    }
}

/// Set `key` to a string value when given.
pub(crate) fn set(map: &mut Map<String, Value>, key: &str, value: Option<&str>) {
    if let Some(v) = value {
        map.insert(key.to_owned(), Value::String(v.to_owned()));
    }
}

/// Read the call `T` from its JSON (errors as usage errors naming the flag); its warnings are
/// printed on standard error.
pub(crate) fn read<T: DeserializeOwned>(
    ctx: &mut Ctx<'_>,
    map: Map<String, Value>,
    flags: Flags<'_>,
    command: &str,
) -> Result<T, Fail> {
    let (call, warnings) = p2c_core::call::from_value::<T>(Value::Object(map))
        .map_err(|e| fail::option(&e, flags, command))?;
    ctx.warnings(&warnings);
    Ok(call)
}

/// The levels of `--severity CODE=LEVEL` (repeatable) as the call's `severity`.
pub(crate) fn severity(map: &mut Map<String, Value>, given: &[String]) -> Result<(), Fail> {
    if given.is_empty() {
        return Ok(());
    }
    let mut levels = Map::new();
    for s in given {
        let Some((code, level)) = s.split_once('=') else {
            return Err(Fail::Usage(format!(
                "`--severity {s}`: expected `CODE=LEVEL`, LEVEL one of error, warning, info, off"
            )));
        };
        levels.insert(
            code.trim().to_owned(),
            Value::String(level.trim().to_owned()),
        );
    }
    map.insert("severity".into(), Value::Object(levels));
    Ok(())
}

/// The filters of `--filter KIND=CODES` (repeatable) merged into `filters` of the call.
pub(crate) fn filters(map: &mut Map<String, Value>, given: &[String]) -> Result<(), Fail> {
    if given.is_empty() {
        return Ok(());
    }
    let mut filters = match map.remove("filters") {
        Some(Value::Object(f)) => f,
        _ => Map::new(),
    };
    for f in given {
        let Some((kind, codes)) = f.split_once('=') else {
            return Err(Fail::Usage(format!(
                "`--filter {f}`: expected `KIND=CODE[,CODE…]`; for example `--filter countries=UGA,KEN`"
            )));
        };
        let key = match kind.trim().replace('_', "-").as_str() {
            "countries" | "country" => "countries",
            "regions" | "region" => "regions",
            "country-groups" | "country-group" | "groups" => "countryGroups",
            "focus-areas" | "focus-area" => "focusAreas",
            "pillars" | "pillar" => "pillars",
            "pledge-types" | "pledge-type" => "pledgeTypes",
            "stakeholder-types" | "stakeholder-type" => "stakeholderTypes",
            kind @ ("period" | "new-between") => {
                let Some((from, to)) = codes.split_once("..") else {
                    return Err(Fail::Usage(format!(
                        "`--filter {f}`: expected `{kind}=YYYY-MM-DD..YYYY-MM-DD`"
                    )));
                };
                let key = if kind == "period" { "period" } else { "newBetween" };
                filters.insert(key.into(), serde_json::json!([from.trim(), to.trim()]));
                continue;
            }
            other => {
                return Err(Fail::Usage(format!(
                    "`--filter {f}`: unknown filter `{other}`; use countries, regions, country-groups, focus-areas, pillars, pledge-types, stakeholder-types, period or new-between"
                )))
            }
        };
        let list = filters
            .entry(key.to_owned())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = list {
            list.extend(
                codes
                    .split(',')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(|c| Value::String(c.to_owned())),
            );
        }
    }
    map.insert("filters".into(), Value::Object(filters));
    Ok(())
}

/// The rates of `--rates FILE`, or the embedded table.
pub(crate) fn rates(file: Option<&std::path::Path>) -> Result<p2c_core::call::Rates, Fail> {
    match file {
        None => Ok(p2c_core::call::Rates::embedded()),
        Some(path) => {
            crate::input::open(path)?;
            p2c_core::call::Rates::from_path(path)
                .map_err(|e| fail::data(&e, &path.display().to_string()))
        }
    }
}
