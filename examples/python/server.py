"""A pledge submission endpoint: Starlette (ASGI) on uvicorn, with p2c validating the raw body.

    python examples/python/server.py [PORT]      (after `maturin develop`, with
                                                  examples/python/requirements-server.txt)

    curl -s -X POST -H 'content-type: application/json' \\
         --data-binary @pledge.json http://127.0.0.1:8000/pledges

The same contract as ``examples/node/server.js``: a valid pledge gets 201 with its id and any
warnings; an invalid one gets 422 with every issue (``{code, severity, path, message,
params}``); a body that is not JSON gets 422 too (``input.malformed_json``); a body over 1 MiB
gets 413 (``{code: "payload_too_large", message}``, as ``p2c/middleware`` answers in the Node
server) before it is read whole. PORT 0 picks a free port; the URL is printed.
``scripts/load-test`` runs it under load (``examples/load/``).
"""

from __future__ import annotations

import socket
import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

import p2c

# 1 MiB: the default of p2c/middleware in the Node example (a pledge is a few kB).
LIMIT = 1024 * 1024


def _too_large() -> JSONResponse:
    return JSONResponse(
        {"code": "payload_too_large", "message": f"the body is larger than {LIMIT} bytes"}, 413
    )


async def pledges(request: Request) -> JSONResponse:
    """POST /pledges: validate the raw bytes (no json.loads first), 201 or 422."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > LIMIT:
        return _too_large()
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > LIMIT:
            return _too_large()
    data = bytes(body)
    report = p2c.validate(data)
    if not report.valid:
        return JSONResponse({"valid": False, "issues": report.to_dict()["issues"]}, 422)
    pledge = p2c.parse_pledge(data)
    warnings = [i for i in report.to_dict()["issues"] if i["severity"] != "error"]
    return JSONResponse({"id": pledge.id, "warnings": warnings}, 201)


app = Starlette(routes=[Route("/pledges", pledges, methods=["POST"])])


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    print(f"p2c example server on http://127.0.0.1:{sock.getsockname()[1]}/pledges", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
