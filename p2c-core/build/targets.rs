//! `data/p2c_targets.csv` → `$OUT_DIR/targets.rs`.

use std::fmt::Write;

pub(crate) fn generate() {
    let mut out = String::from("pub(crate) static TARGETS: &[TargetInfo] = &[\n");
    for (i, r) in crate::read_csv("p2c_targets.csv").iter().enumerate() {
        let field = |n: usize| {
            r.get(n)
                .unwrap_or_else(|| panic!("p2c_targets.csv:{}: missing column {n}", i + 2))
        };
        let focus = match field(1) {
            "" => "None".to_owned(),
            fa => format!("Some({:?})", fa.to_ascii_lowercase()),
        };
        writeln!(
            out,
            "    TargetInfo {{ code: {:?}, focus_area: {focus}, text: {:?}, text_status: {:?}, source: {:?} }},",
            field(0), field(2), field(3), field(4)
        )
        .expect("write to String");
    }
    out.push_str("];\n");
    std::fs::write(crate::out_dir().join("targets.rs"), out).expect("write targets.rs");
}
