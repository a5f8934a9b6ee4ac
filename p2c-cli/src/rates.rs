//! `p2c rates info|import`.

use p2c_core::call::Rates;

use crate::args::{RatesCommand, TextOrJson};
use crate::fail::{self, Fail, EXIT_OK};
use crate::options;
use crate::output::Ctx;

/// Dispatch `p2c rates …`.
pub(crate) fn run(c: &RatesCommand, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    match c {
        RatesCommand::Info(a) => {
            let rates = options::rates(a.file.as_deref())?;
            let info = rates.table().info();
            let text = match a.format {
                TextOrJson::Json => serde_json::to_string_pretty(&info)
                    .map(|s| s + "\n")
                    .map_err(|e| {
                        Fail::Input(format!(
                            "internal error: {e}; this is a bug in p2c, please report it"
                        ))
                    })?,
                TextOrJson::Text => {
                    let mut s = format!("table {}\n{} rates\n", info.id, info.rates);
                    for series in &info.series {
                        let kind = serde_json::to_value(series.kind)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                            .unwrap_or_default();
                        let span = match (series.first, series.last) {
                            (Some(f), Some(l)) => format!("{f} to {l}"),
                            _ => "no dates".to_owned(),
                        };
                        s.push_str(&format!(
                            "{kind} against {}: {} rates, {} currencies, {span}\n",
                            series.base,
                            series.rates,
                            series.currencies.len()
                        ));
                    }
                    for source in &info.sources {
                        s.push_str(&format!("source: {source}\n"));
                    }
                    s
                }
            };
            ctx.print(&text)?;
            Ok(EXIT_OK)
        }
        RatesCommand::Import(a) => {
            crate::input::open(&a.file)?;
            let rates = Rates::from_ecb_path(&a.file)
                .map_err(|e| fail::data(&e, &a.file.display().to_string()))?;
            let mut bytes = Vec::new();
            rates
                .table()
                .write_json(&mut bytes)
                .map_err(|e| fail::data(&e, ""))?;
            ctx.emit(a.out.as_deref(), &bytes)?;
            if a.out.is_some() {
                let info = rates.table().info();
                ctx.note(&format!(
                    "p2c: wrote {} rates (table {}); use them with `--rates {}`",
                    info.rates,
                    info.id,
                    a.out
                        .as_deref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default()
                ));
            }
            Ok(EXIT_OK)
        }
    }
}
