"""The FastAPI application: security headers, one error handler, the API and the pages.

Invariant: every piece of stored text reaches the browser either through a Jinja2 template
with autoescaping or as JSON that the page's scripts insert with ``textContent``; no
response carries inline script, and the Content-Security-Policy forbids it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from testigo.errors import ConfigError, IngestError, NotFound, ResolveError, SchemaError, TestigoError
from testigo.settings import Settings, load_settings
from testigo.store import open_store

__all__ = ["CSP", "make_app", "serve"]

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
            "X-Frame-Options": "DENY", "Cross-Origin-Opener-Policy": "same-origin"}
_STATUS = {NotFound: 404, SchemaError: 400, ConfigError: 400, ResolveError: 400, IngestError: 400}
_BODY_SLACK = 64 * 1024  # room for JSON escapes and the other fields of a pasted article
templates = Jinja2Templates(directory=str(HERE / "templates"))


def _status(exc: TestigoError) -> int:
    return next((code for kind, code in _STATUS.items() if isinstance(exc, kind)), 500)


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(TestigoError)
    async def testigo_error(request: Request, exc: TestigoError) -> Response:
        return _error(request, _status(exc), str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = _error(request, exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return _error(request, 422, f"invalid request: {problems}")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _error(request, 500, f"internal error ({exc.__class__.__name__}); see the server log")


def make_app(db: str | None = None, *, settings: Settings | None = None) -> FastAPI:
    """The web app over the store at ``db`` (default: the settings' store)."""
    from testigo.web import api, pages
    from testigo.web.service import Service
    from testigo.web.writes import Writes

    settings = settings or load_settings()
    store = open_store(db or settings.db)
    # no /docs or /redoc: FastAPI's pages load their scripts from a CDN (offline machines, and the CSP)
    app = FastAPI(title="testigo", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Sourced, time-aware networks of claims: the network, entities, claims with "
                              "their quotes and sources, documents, contradictions.")
    app.state.settings = settings
    app.state.service = Service(store)
    app.state.writes = Writes(app.state.service, settings)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > settings.max_paste_bytes + _BODY_SLACK:
            response: Response = _error(request, 413, f"the request body is larger than {settings.max_paste_bytes} "
                                        "bytes (TESTIGO_MAX_PASTE_BYTES); split the article")
        else:
            response = await call_next(request)
        for key, value in _HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    _handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    if not (HERE / "static" / "vendor" / "cytoscape.min.js").is_file():
        log.warning("testigo/web/static/vendor/cytoscape.min.js is missing: the network page cannot draw; "
                    "run `make install` (npm ci in testigo/web/frontend)")

    app.router.on_shutdown.append(store.close)
    return app


def serve(db: str, *, host: str, port: int, settings: Settings | None = None) -> None:
    """Serve the app with uvicorn until interrupted."""
    import threading

    import uvicorn

    app = make_app(db, settings=settings)
    threading.Thread(target=app.state.service.warm, name="testigo-warm", daemon=True).start()
    uvicorn.run(app, host=host, port=port, log_level="info")

