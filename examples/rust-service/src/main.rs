//! A pledge submission endpoint on axum, with p2c-core validating the raw request body: the
//! Rust counterpart of `examples/node/server.js` and `examples/python/server.py`.
//!
//! ```text
//! cargo run -p p2c-example-service --release -- [PORT]
//! curl -s -X POST -H 'content-type: application/json' \
//!      --data-binary @pledge.json http://127.0.0.1:8080/pledges
//! ```
//!
//! A valid pledge gets 201 with its id and any warnings; an invalid one gets 422 with every
//! issue (`{ code, severity, path, message, params }`); a body that is not JSON gets 422 too
//! (`input.malformed_json`); a body over 2 MiB gets 413 before it is read whole. Port 0 picks
//! a free port; the URL is printed. `scripts/load-test` runs it under load (`examples/load/`).

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use p2c_core::validate::{validate_bytes, Severity, ValidateOptions};
use serde_json::json;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The largest body accepted, as in the Node and Python examples.
const LIMIT: usize = 2 * 1024 * 1024;

/// Bodies larger than this are validated on the blocking pool, off the async workers (a
/// 2 MiB body takes milliseconds; an ordinary pledge, microseconds).
const INLINE: usize = 64 * 1024;

/// The answer to one submission.
fn answer(body: &[u8]) -> Response {
    let report = validate_bytes(body, &ValidateOptions::default());
    if !report.valid {
        let body = json!({ "valid": false, "issues": report.issues });
        return (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
    }
    match p2c_core::parse_pledge_bytes(body) {
        Ok(pledge) => {
            let warnings: Vec<_> = report
                .issues
                .iter()
                .filter(|i| i.severity != Severity::Error)
                .collect();
            let body = json!({ "id": pledge.id, "warnings": warnings });
            (StatusCode::CREATED, Json(body)).into_response()
        }
        // Valid documents parse (a property the test suites check); answer cleanly anyway.
        Err(e) => {
            let body = json!({ "valid": false, "error": e.to_json() });
            (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
        }
    }
}

/// POST /pledges.
async fn pledges(body: Result<Bytes, BytesRejection>) -> Response {
    let body = match body {
        Ok(b) => b,
        Err(rejection) => {
            let status = rejection.status();
            let error = if status == StatusCode::PAYLOAD_TOO_LARGE {
                "payload_too_large"
            } else {
                "bad_request"
            };
            let body = json!({ "valid": false, "error": error, "limit": LIMIT });
            return (status, Json(body)).into_response();
        }
    };
    if body.len() <= INLINE {
        return answer(&body);
    }
    match tokio::task::spawn_blocking(move || answer(&body)).await {
        Ok(response) => response,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// The service's routes.
fn app() -> Router {
    Router::new()
        .route("/pledges", post(pledges))
        .layer(DefaultBodyLimit::max(LIMIT))
}

fn main() -> std::io::Result<()> {
    let port: u16 = match std::env::args().nth(1) {
        Some(p) => p
            .parse()
            .map_err(|e| std::io::Error::other(format!("bad port `{p}`: {e}")))?,
        None => 8080,
    };
    // As many blocking threads as cores: more would only queue for the same cores, and each
    // new thread gets a malloc arena of its own (RSS that grows with the load).
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_io()
        .max_blocking_threads(cores)
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        println!("p2c example server on http://{addr}/pledges");
        axum::serve(listener, app()).await
    })
}
