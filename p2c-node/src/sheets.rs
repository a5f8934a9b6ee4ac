//! Spreadsheets, Buffer in and Buffer out (for upload handlers): the core's `SheetImportCall`
//! and `SheetExportCall`. Options arrive as the call's JSON text; an import's answer leaves as
//! JSON text (`{ valid, documents, issues, rows, warnings }`, each issue with `sheet`, `row`,
//! `column` and `cell`), a workbook as a `Buffer`.

use napi::bindgen_prelude::{AsyncTask, Buffer, Uint8Array};
use napi::{Env, Task};
use napi_derive::napi;
use p2c_core::call::{SheetExportCall, SheetImportAnswer, SheetImportCall};

use crate::tasks::Job;
use crate::{options, run, to_json};

/// Import one input (`name`: its file name, for detecting the format and naming a CSV sheet).
fn import(
    bytes: &[u8],
    name: Option<&str>,
    options_json: Option<&str>,
) -> p2c_core::Result<SheetImportAnswer> {
    let (call, _) = options::<SheetImportCall>(options_json)?;
    call.prepare()?.run_bytes(name, bytes)
}

/// Read a workbook or CSV file in the template's layout (options: the core's
/// `SheetImportCall`): the answer as JSON text.
#[napi]
pub fn read_sheet(
    data: Uint8Array,
    name: Option<String>,
    options_json: Option<String>,
) -> napi::Result<String> {
    run(|| to_json(&import(&data, name.as_deref(), options_json.as_deref())?))
}

/// `read_sheet` on the thread pool (the bytes are copied first).
#[napi(ts_return_type = "Promise<string>")]
pub fn read_sheet_async(
    data: Uint8Array,
    name: Option<String>,
    options_json: Option<String>,
) -> AsyncTask<Job> {
    let bytes = data.to_vec();
    Job::task(move || to_json(&import(&bytes, name.as_deref(), options_json.as_deref())?))
}

/// Read several CSV files together, each the table its name says (`countries.csv`).
#[napi]
pub fn read_csv_files(
    names: Vec<String>,
    data: Vec<Uint8Array>,
    options_json: Option<String>,
) -> napi::Result<String> {
    run(|| {
        let (call, _) = options::<SheetImportCall>(options_json.as_deref())?;
        let files: Vec<(&str, &[u8])> = names
            .iter()
            .map(String::as_str)
            .zip(data.iter().map(|d| &d[..]))
            .collect();
        to_json(&call.prepare()?.run_csv(&files))
    })
}

/// The empty template workbook (options: the core's `SheetExportCall`; `lang` sets its words).
#[napi]
pub fn template_xlsx(options_json: Option<String>) -> napi::Result<Buffer> {
    run(|| {
        let (call, _) = options::<SheetExportCall>(options_json.as_deref())?;
        Ok(call.template_xlsx()?.into())
    })
}

/// Pledge documents (a JSON array) as a workbook in the template's layout.
#[napi]
pub fn write_xlsx(documents_json: String, options_json: Option<String>) -> napi::Result<Buffer> {
    run(|| {
        let (call, _) = options::<SheetExportCall>(options_json.as_deref())?;
        let docs: Vec<serde_json::Value> =
            p2c_core::parse::from_str("pledge list", &documents_json)?;
        Ok(call.documents_xlsx(&docs)?.into())
    })
}

/// The issues workbook of an input: its rows with errors and an `issues` sheet (the input is
/// imported with `import_options_json`, the workbook written with `export_options_json`).
#[napi]
pub fn issues_workbook(
    data: Uint8Array,
    name: Option<String>,
    import_options_json: Option<String>,
    export_options_json: Option<String>,
) -> napi::Result<Buffer> {
    run(|| {
        let answer = import(&data, name.as_deref(), import_options_json.as_deref())?;
        let (call, _) = options::<SheetExportCall>(export_options_json.as_deref())?;
        Ok(call.issues_xlsx(&answer.import)?.into())
    })
}

/// What a workbook job computes: the file's bytes, or the core's error.
type BytesWork = Box<dyn FnOnce() -> p2c_core::Result<Vec<u8>> + Send>;

/// A call that writes a workbook, computed on a libuv worker thread (under the core's panic
/// guard) and resolved as a `Buffer` on the JS thread.
pub struct BytesJob {
    work: Option<BytesWork>,
}

impl BytesJob {
    fn task(
        work: impl FnOnce() -> p2c_core::Result<Vec<u8>> + Send + 'static,
    ) -> AsyncTask<BytesJob> {
        AsyncTask::new(BytesJob {
            work: Some(Box::new(work)),
        })
    }
}

impl Task for BytesJob {
    type Output = Vec<u8>;
    type JsValue = Buffer;

    fn compute(&mut self) -> napi::Result<Vec<u8>> {
        let work = self.work.take();
        run(move || match work {
            Some(work) => work(),
            None => Err(p2c_core::Error::Internal(
                "an asynchronous p2c call ran twice".into(),
            )),
        })
    }

    fn resolve(&mut self, _env: Env, output: Vec<u8>) -> napi::Result<Buffer> {
        Ok(output.into())
    }
}

/// `issues_workbook` on the thread pool (the bytes are copied first).
#[napi(ts_return_type = "Promise<Buffer>")]
pub fn issues_workbook_async(
    data: Uint8Array,
    name: Option<String>,
    import_options_json: Option<String>,
    export_options_json: Option<String>,
) -> AsyncTask<BytesJob> {
    let bytes = data.to_vec();
    BytesJob::task(move || {
        let answer = import(&bytes, name.as_deref(), import_options_json.as_deref())?;
        let (call, _) = options::<SheetExportCall>(export_options_json.as_deref())?;
        call.issues_xlsx(&answer.import)
    })
}

/// `write_xlsx` on the thread pool.
#[napi(ts_return_type = "Promise<Buffer>")]
pub fn write_xlsx_async(
    documents_json: String,
    options_json: Option<String>,
) -> AsyncTask<BytesJob> {
    BytesJob::task(move || {
        let (call, _) = options::<SheetExportCall>(options_json.as_deref())?;
        let docs: Vec<serde_json::Value> =
            p2c_core::parse::from_str("pledge list", &documents_json)?;
        call.documents_xlsx(&docs)
    })
}
