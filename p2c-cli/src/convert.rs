//! `p2c convert AMOUNT CURRENCY DATE [--to] [--policy]`.

use p2c_core::call::{ConvertAnswer, ConvertCall};
use serde_json::Value;

use crate::args::{ConvertArgs, TextOrJson};
use crate::fail::{self, Fail, Flags, EXIT_OK};
use crate::options;
use crate::output::Ctx;

const FLAGS: Flags<'static> = &[
    ("/amount", "AMOUNT"),
    ("/currency", "CURRENCY"),
    ("/valueDate", "DATE"),
    ("/to", "--to"),
    ("/policy", "--policy"),
    ("/rounding", "--rounding"),
];

/// Convert, print the result and where its rate came from.
pub(crate) fn run(a: &ConvertArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    let mut map = serde_json::Map::new();
    options::set(&mut map, "amount", Some(&a.amount));
    options::set(&mut map, "currency", Some(&a.currency));
    options::set(&mut map, "valueDate", Some(&a.date));
    options::set(&mut map, "to", Some(&a.to));
    options::set(&mut map, "policy", a.policy.as_deref());
    options::set(&mut map, "rounding", a.rounding.as_deref());
    let call: ConvertCall = options::read(ctx, map, FLAGS, "convert")?;
    let rates = options::rates(a.rates.as_deref())?;
    let conversion = call.run(&rates).map_err(|e| match e {
        p2c_core::Error::UnknownOption { .. } | p2c_core::Error::InvalidArgument { .. } => {
            fail::option(&e, FLAGS, "convert")
        }
        other => fail::data(&other, ""),
    })?;
    let answer = ConvertAnswer {
        conversion,
        warnings: Vec::new(),
    };
    let c = &answer.conversion;
    let text = match a.format {
        TextOrJson::Json => {
            let mut v = serde_json::to_value(&answer).map_err(|e| {
                Fail::Input(format!("internal error: {e}; this is a bug in p2c, please report it"))
            })?;
            if let Value::Object(m) = &mut v {
                m.remove("warnings");
            }
            format!("{v}\n")
        }
        TextOrJson::Text => format!(
            "{} {}\n  = {} {} × {} ({} rate of {}, value date {})\n  source: {}\n  table: {}\n",
            c.converted.currency,
            c.converted.amount,
            c.original.currency,
            c.original.amount,
            c.rate,
            serde_json::to_value(c.rate_kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            c.rate_date,
            c.value_date,
            c.source,
            c.table_id
        ) + &c.beyond_rates.as_ref().map_or_else(String::new, |b| format!(
            "  note: the value date is {} day(s) after the table's last daily rate ({}); the rate used is {} day(s) old\n",
            b.days_after, b.last_daily_rate, b.rate_age_days
        )),
    };
    ctx.print(&text)?;
    Ok(EXIT_OK)
}
