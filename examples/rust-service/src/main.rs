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
//! (`input.malformed_json`); a body over 1 MiB gets 413 (`{ code: "payload_too_large",
//! message }`, as `p2c/middleware` answers in the Node server) before it is read whole. Port 0
//! picks a free port; the URL is printed. `scripts/load-test` runs it under load
//! (`examples/load/`).

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

/// The largest body accepted: 1 MiB, the default of `p2c/middleware` in the Node example (a
/// pledge is a few kB), and the Python example's.
const LIMIT: usize = 1024 * 1024;

/// Bodies larger than this are validated on the blocking pool, off the async workers (a
/// 1 MiB body takes milliseconds; an ordinary pledge, microseconds).
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
            let body = if status == StatusCode::PAYLOAD_TOO_LARGE {
                json!({
                    "code": "payload_too_large",
                    "message": format!("the body is larger than {LIMIT} bytes"),
                })
            } else {
                json!({ "code": "bad_request", "message": rejection.body_text() })
            };
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    /// A sample pledge as a submission, changed by `change`.
    fn sample(change: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/pledges.json");
        let all: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let mut p = all[2].clone();
        p["reviewState"] = json!("submitted");
        change(&mut p);
        serde_json::to_vec(&p).unwrap()
    }

    /// The status and JSON body of one POST /pledges to the service at `addr`, over HTTP/1.1.
    fn post(addr: std::net::SocketAddr, body: &[u8]) -> (u16, serde_json::Value) {
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        let head = format!(
            "POST /pledges HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n\
             content-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        );
        s.write_all(head.as_bytes()).unwrap();
        // The server may answer (413) and close before the whole body is sent.
        let _ = s.write_all(body);
        let mut out = Vec::new();
        s.read_to_end(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let status = text[9..12].parse().unwrap();
        let (_, json) = text.split_once("\r\n\r\n").unwrap();
        (status, serde_json::from_str(json).unwrap())
    }

    /// The service's answers over real HTTP: 201 with the id for a valid pledge, 422 with every
    /// issue for an invalid one and for text that is not JSON, 413 for a body over the limit.
    #[test]
    fn answers_each_kind_of_body() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_io()
            .build()
            .unwrap();
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind(("127.0.0.1", 0)))
            .unwrap();
        let addr = listener.local_addr().unwrap();
        runtime.spawn(async move { axum::serve(listener, app()).await });

        let valid = sample(|_| {});
        let (status, body) = post(addr, &valid);
        assert_eq!(status, 201, "{body}");
        assert!(
            body["id"].is_string() && body["warnings"].is_array(),
            "{body}"
        );

        let (status, body) = post(
            addr,
            &sample(|p| p["financialValue"]["currency"] = json!("XYZ")),
        );
        assert_eq!(status, 422);
        let codes: Vec<_> = body["issues"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|i| i["code"].as_str())
            .collect();
        assert!(codes.contains(&"money.unknown_currency"), "{codes:?}");

        let (status, body) = post(addr, b"<html>");
        assert_eq!(
            (status, body["issues"][0]["code"].as_str()),
            (422, Some("input.malformed_json"))
        );

        let zeros = format!("[0{}]", ",0".repeat(499_999));
        let (status, body) = post(addr, zeros.as_bytes());
        assert_eq!(
            (status, body["issues"][0]["code"].as_str()),
            (422, Some("input.array_too_long")),
            "{body}"
        );

        let (status, body) = post(addr, &vec![b' '; LIMIT + 1]);
        assert_eq!(
            (status, body["code"].as_str()),
            (413, Some("payload_too_large"))
        );
    }
}
