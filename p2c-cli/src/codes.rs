//! `p2c codes` and `p2c schema`.

use p2c_core::call::IssueCodesCall;
use serde_json::{Map, Value};

use crate::args::{CodesArgs, SchemaArgs, TextOrJson};
use crate::fail::{Fail, EXIT_OK};
use crate::options;
use crate::output::{Ctx, Paint};

/// Explain one issue code, or list them all.
pub(crate) fn codes(a: &CodesArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    let mut map = Map::new();
    options::set(&mut map, "code", a.code.as_deref());
    map.insert("lang".into(), Value::String(ctx.lang.clone()));
    let call: IssueCodesCall =
        options::read(ctx, map, &[("/code", "CODE"), ("/lang", "--lang")], "codes")?;
    let (codes, warnings) = call
        .run()
        .map_err(|e| crate::fail::option(&e, &[("/code", "CODE")], "codes"))?;
    ctx.warnings(&warnings);
    match a.format {
        TextOrJson::Json => {
            let text = serde_json::to_string_pretty(&codes).map_err(|e| {
                Fail::Input(format!(
                    "internal error: {e}; this is a bug in p2c, please report it"
                ))
            })?;
            ctx.print(&format!("{text}\n"))?;
        }
        TextOrJson::Text => {
            let mut out = String::new();
            for c in &codes {
                let code = ctx.paint(Paint::Strong, c.code);
                out.push_str(&format!(
                    "{code} ({})\n  {}\n  {}\n",
                    c.severity.as_str(),
                    c.title,
                    c.guidance
                ));
                if a.code.is_none() {
                    out.push('\n');
                }
            }
            ctx.print(&out)?;
        }
    }
    Ok(EXIT_OK)
}

/// Print a JSON Schema.
pub(crate) fn schema(a: &SchemaArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    use p2c_core::schema;
    let value = match a.name.to_ascii_lowercase().replace('_', "-").as_str() {
        "pledge" => schema::pledge_schema(),
        "summary" => schema::summary_schema(),
        "country-profile" | "profile" => schema::country_profile_schema(),
        "calls" => schema::calls_schema(),
        other => {
            return Err(Fail::Usage(format!(
                "unknown schema `{other}`; choose pledge, summary, country-profile or calls"
            )))
        }
    };
    ctx.print(&schema::to_pretty(&value))?;
    Ok(EXIT_OK)
}
