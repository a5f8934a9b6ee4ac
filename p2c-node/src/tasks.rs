//! The asynchronous variants of the heavy calls (`validateAsync`, `summarizeAsync`, …): the same
//! work as the synchronous export of the same name, run on the libuv thread pool so that the
//! event loop keeps serving while a big summary or file is computed. Each returns a `Promise` of
//! the same JSON text (or the same `P2C_ERROR:` rejection) as its synchronous twin; the work runs
//! inside [`run`], the core's panic guard, on the worker thread too.
//!
//! The arguments are copied before the work leaves the JS thread (a `Buffer`'s bytes included),
//! so the caller may reuse or change them while the promise is pending.

use napi::bindgen_prelude::{AsyncTask, Either};
use napi::{Env, Task};
use napi_derive::napi;

use crate::money::{rates, RateTable};
use crate::{aggregate, run, validate, Doc, Document};

/// A document copied out of its JS value for a worker thread.
enum OwnedDoc {
    Text(String),
    Bytes(Vec<u8>),
}

impl OwnedDoc {
    fn new(doc: Document) -> OwnedDoc {
        match doc {
            Either::A(text) => OwnedDoc::Text(text),
            Either::B(bytes) => OwnedDoc::Bytes(bytes.to_vec()),
        }
    }

    fn view(&self) -> Doc<'_> {
        match self {
            OwnedDoc::Text(text) => Doc::Text(text),
            OwnedDoc::Bytes(bytes) => Doc::Bytes(bytes),
        }
    }
}

/// What a job computes: JSON text (or a rendered page), or the core's error.
type Work = Box<dyn FnOnce() -> p2c_core::Result<String> + Send>;

/// One call's work, computed on a libuv worker thread and resolved on the JS thread.
pub struct Job {
    work: Option<Work>,
}

impl Job {
    pub(crate) fn task(
        work: impl FnOnce() -> p2c_core::Result<String> + Send + 'static,
    ) -> AsyncTask<Job> {
        AsyncTask::new(Job {
            work: Some(Box::new(work)),
        })
    }
}

impl Task for Job {
    type Output = String;
    type JsValue = String;

    fn compute(&mut self) -> napi::Result<String> {
        let work = self.work.take();
        run(move || match work {
            Some(work) => work(),
            None => Err(p2c_core::Error::Internal(
                "an asynchronous p2c call ran twice".into(),
            )),
        })
    }

    fn resolve(&mut self, _env: Env, output: String) -> napi::Result<String> {
        Ok(output)
    }
}

/// `validate` on the thread pool: a promise of the same text (`''` for a plain valid answer).
#[napi(ts_return_type = "Promise<string>")]
pub fn validate_async(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    batch: bool,
    options_json: Option<String>,
) -> AsyncTask<Job> {
    let doc = OwnedDoc::new(doc);
    Job::task(move || validate::answer_json(doc.view(), batch, options_json, true))
}

/// `validate_update` on the thread pool: a promise of the same JSON text.
#[napi(ts_return_type = "Promise<string>")]
pub fn validate_update_async(
    #[napi(ts_arg_type = "string | Uint8Array")] old: Document,
    #[napi(ts_arg_type = "string | Uint8Array")] updated: Document,
    options_json: Option<String>,
) -> AsyncTask<Job> {
    let old = OwnedDoc::new(old);
    let updated = OwnedDoc::new(updated);
    Job::task(move || validate::update_json(old.view(), updated.view(), options_json))
}

/// `validate_file` on the thread pool.
#[napi(ts_return_type = "Promise<string>")]
pub fn validate_file_async(path: String, options_json: Option<String>) -> AsyncTask<Job> {
    Job::task(move || validate::file_json(&path, options_json))
}

/// `render_report_html` on the thread pool.
#[napi(ts_return_type = "Promise<string>")]
pub fn render_report_html_async(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    batch: bool,
    options_json: Option<String>,
) -> AsyncTask<Job> {
    let doc = OwnedDoc::new(doc);
    Job::task(move || validate::report_html(doc.view(), batch, options_json))
}

/// `summarize` on the thread pool (JSON, text or HTML as `how` says).
#[napi(ts_return_type = "Promise<string>")]
pub fn summarize_async(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    options_json: Option<String>,
    table: Option<&RateTable>,
    #[napi(ts_arg_type = "'json' | 'text' | 'html'")] how: String,
) -> AsyncTask<Job> {
    let doc = OwnedDoc::new(doc);
    let rates = rates(table);
    Job::task(move || aggregate::summary(doc.view(), options_json, &rates, &how))
}

/// `country_profile` on the thread pool (JSON, text or HTML as `how` says).
#[napi(ts_return_type = "Promise<string>")]
pub fn country_profile_async(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    country: String,
    options_json: Option<String>,
    table: Option<&RateTable>,
    #[napi(ts_arg_type = "'json' | 'text' | 'html'")] how: String,
) -> AsyncTask<Job> {
    let doc = OwnedDoc::new(doc);
    let rates = rates(table);
    Job::task(move || aggregate::profile(doc.view(), country, options_json, &rates, &how))
}

/// `tables` on the thread pool.
#[napi(ts_return_type = "Promise<string>")]
pub fn tables_async(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    options_json: Option<String>,
    table: Option<&RateTable>,
) -> AsyncTask<Job> {
    let doc = OwnedDoc::new(doc);
    let rates = rates(table);
    Job::task(move || aggregate::tables_json(doc.view(), options_json, &rates))
}

/// Panic on a worker thread on purpose, to test that the guard holds there too (test hook).
#[napi(js_name = "_panicAsyncForTests", ts_return_type = "Promise<string>")]
pub fn panic_async_for_tests() -> AsyncTask<Job> {
    Job::task(|| {
        let empty: Vec<u8> = Vec::new();
        // Deliberate out-of-bounds access: the guard must turn it into `internal_error`.
        #[allow(clippy::indexing_slicing)]
        let n = empty[usize::from(empty.is_empty())];
        Ok(n.to_string())
    })
}
