"""The HTML pages: the network explorer, an entity's page, a document with its claims marked,
the contradictions queue, the review queue and the form to add an article.

Templates autoescape everything; the pages' scripts live in static/ (the CSP allows no inline script).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from testigo.web.app import templates
from testigo.web.service import Service

__all__ = ["router", "segments"]

router = APIRouter(include_in_schema=False)


def _service(request: Request) -> Service:
    return request.app.state.service  # type: ignore[no-any-return]


def _page(request: Request, name: str, **context: Any) -> Response:
    context["writes_enabled"] = bool(request.app.state.settings.token)
    return templates.TemplateResponse(request, name, context)


@router.get("/")
def index(request: Request) -> Response:
    return _page(request, "index.html")


@router.get("/entity/{entity_id}")
def entity(request: Request, entity_id: str) -> Response:
    return _page(request, "entity.html", data=_service(request).entity(entity_id))


@router.get("/document/{document_id}")
def document(request: Request, document_id: str,
             claim: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    data = _service(request).document(document_id)
    return _page(request, "document.html", data=data, selected=claim,
                 segments=segments(data["text"], data["claims"], selected=claim))


@router.get("/contradictions")
def contradictions(request: Request) -> Response:
    return _page(request, "contradictions.html", items=_service(request).contradictions())


@router.get("/review")
def review(request: Request) -> Response:
    return _page(request, "review.html", items=_service(request).review(limit=100))


@router.get("/add")
def add(request: Request) -> Response:
    return _page(request, "add.html", max_bytes=request.app.state.settings.max_paste_bytes)


def segments(text: str, claims: list[dict[str, Any]], *, selected: str | None = None) -> list[dict[str, Any]]:
    """The text cut at every claim boundary: each piece with the ids of the claims covering it.

    The template marks pieces covered by a claim (and the selected claim apart), so a claim's
    span is highlighted in place; pieces are plain strings, escaped by the template.
    """
    spans = [(max(0, c["evidence"]["start"]), min(len(text), c["evidence"]["end"]), c["id"]) for c in claims]
    spans = [s for s in spans if s[0] < s[1]]
    cuts = sorted({0, len(text), *(s for s, _e, _i in spans), *(e for _s, e, _i in spans)})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [i for s, e, i in spans if s <= a and b <= e]
        pieces.append({"text": text[a:b], "claims": covering, "selected": selected in covering,
                       "first": next((i for s, _e, i in spans if s == a and i == selected), None)})
    return pieces
