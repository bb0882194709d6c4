"""The REST API under /api: thin handlers over Service (reads) and Writes (token-protected)."""

from __future__ import annotations

import hmac
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field

from testigo.web.service import Service
from testigo.web.writes import Writes

__all__ = ["router"]

router = APIRouter(prefix="/api")
Level = Literal["certain", "probable", "possible"]
DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
Date = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]
Id = Annotated[str, Query(min_length=1, max_length=200)]
Who = Field(default="web", min_length=1, max_length=80, pattern=r"^[\w .@:-]+$",
            description="Who makes the change, recorded in the audit trail")


def _service(request: Request) -> Service:
    return request.app.state.service  # type: ignore[no-any-return]


def _writes(request: Request, authorization: Annotated[str | None, Header()] = None) -> Writes:
    """The write side, for requests carrying ``Authorization: Bearer <TESTIGO_TOKEN>``; 401 otherwise."""
    token = request.app.state.settings.token
    if not token:
        raise HTTPException(401, "writes are disabled: start `testigo serve` with TESTIGO_TOKEN set",
                            headers={"WWW-Authenticate": "Bearer"})
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "a valid token is needed: send Authorization: Bearer <TESTIGO_TOKEN>",
                            headers={"WWW-Authenticate": "Bearer"})
    return request.app.state.writes  # type: ignore[no-any-return]


Read = Annotated[Service, Depends(_service)]
Write = Annotated[Writes, Depends(_writes)]


@router.get("/network", summary="The signed network of groups and the hierarchy, with positions and blocs",
            response_class=Response, responses={200: {"content": {"application/json": {}}}})
def network(request: Request, service: Read, as_of: Date = None, start: Date = None, end: Date = None,
            min_certainty: Level = "possible", people: bool = False) -> Response:
    window = f"{start or ''}:{end or ''}" if start or end else None
    if "gzip" in request.headers.get("accept-encoding", ""):  # compressed once per store version, not per request
        body = service.network_gzip(as_of=as_of, window=window, min_certainty=min_certainty, people=people)
        return Response(body, media_type="application/json",
                        headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    body = service.network_json(as_of=as_of, window=window, min_certainty=min_certainty, people=people)
    return Response(body, media_type="application/json", headers={"Vary": "Accept-Encoding"})


@router.get("/edge", summary="Every claim behind the tie between two entities")
def edge(service: Read, source: Id, target: Id, as_of: Date = None, start: Date = None, end: Date = None,
         min_certainty: Level = "possible") -> dict[str, Any]:
    window = f"{start or ''}:{end or ''}" if start or end else None
    return service.edge(source, target, as_of=as_of, window=window, min_certainty=min_certainty)


@router.get("/entities", summary="Search entities by name or alias, optionally of one kind")
def entities(service: Read, q: Annotated[str, Query(max_length=200)] = "",
             kind: Annotated[str | None, Query(max_length=40)] = None,
             limit: Annotated[int, Query(ge=1, le=500)] = 20) -> list[dict[str, Any]]:
    return service.search(q, kind=kind, limit=limit)


@router.get("/entities/{entity_id}", summary="One entity: aliases, merged ids, roles, relations, timeline")
def entity(service: Read, entity_id: str) -> dict[str, Any]:
    return service.entity(entity_id)


@router.get("/claims", summary="Claims by entity, predicate, certainty, source and date")
def claims(service: Read, entity: Annotated[str | None, Query(max_length=200)] = None,
           predicate: Annotated[str | None, Query(max_length=40)] = None, certainty: Level | None = None,
           source: Annotated[str | None, Query(max_length=200)] = None, date_from: Date = None,
           date_to: Date = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
           offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict[str, Any]:
    return service.claims(entity=entity, predicate=predicate, certainty=certainty, source=source,
                          date_from=date_from, date_to=date_to, limit=limit, offset=offset)


@router.get("/documents", summary="Stored documents, without their text")
def documents(service: Read) -> list[dict[str, Any]]:
    return service.documents()


@router.get("/documents/{document_id}", summary="A document's text and the spans of its claims")
def document(service: Read, document_id: str) -> dict[str, Any]:
    return service.document(document_id)


@router.get("/contradictions", summary="Claims that cannot both be true, and whether they were resolved")
def contradictions(service: Read) -> list[dict[str, Any]]:
    return service.contradictions()


@router.get("/review", summary="Pairs of entities that may be one actor, most likely first")
def review(service: Read, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[dict[str, Any]]:
    return service.review(limit=limit)


@router.get("/audit", summary="Writes made through the web app: who, when, what")
def audit(service: Read) -> list[dict[str, Any]]:
    return service.audit()


class Pair(BaseModel):
    left: str = Field(min_length=1, max_length=200)
    right: str = Field(min_length=1, max_length=200)
    reason: str = Field(default="", max_length=2000)
    who: str = Who


class Resolution(BaseModel):
    note: str = Field(default="", max_length=2000)
    resolved: bool = True
    who: str = Who


class Pasted(BaseModel):
    text: str = Field(min_length=1, description="The article's text; capped by TESTIGO_MAX_PASTE_BYTES")
    title: str | None = Field(default=None, max_length=500)
    source: str | None = Field(default=None, max_length=500, description="Where it comes from (a URL or a note)")
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    outlet: str | None = Field(default=None, max_length=200)
    who: str = Who


class Address(BaseModel):
    url: str = Field(min_length=1, max_length=2000)
    who: str = Who


@router.post("/merge", summary="Record that two entities are the same actor (token)")
def merge(writes: Write, body: Pair) -> dict[str, Any]:
    return writes.merge(body.left, body.right, who=body.who, reason=body.reason)


@router.post("/split", summary="Record that two merged entities are different actors (token)")
def split(writes: Write, body: Pair) -> dict[str, Any]:
    return writes.split(body.left, body.right, who=body.who, reason=body.reason)


@router.post("/contradictions/{contradiction_id}/resolve", summary="Mark a contradiction resolved (token)")
def resolve_contradiction(writes: Write, contradiction_id: str, body: Resolution) -> dict[str, Any]:
    return writes.resolve_contradiction(contradiction_id, who=body.who, note=body.note, resolved=body.resolved)


@router.post("/ingest/text", summary="Ingest a pasted article, extract and resolve (token)")
def ingest_text(writes: Write, body: Pasted) -> dict[str, Any]:
    cap = writes.settings.max_paste_bytes
    if len(body.text.encode("utf-8")) > cap:
        raise HTTPException(413, f"the pasted article is larger than {cap} bytes; split it, or ingest the file "
                                 "with `testigo run`")
    return writes.ingest_text(body.text, who=body.who, title=body.title, source=body.source,
                              published=body.published, outlet=body.outlet)


@router.post("/ingest/url", summary="Fetch a public address and ingest it (token)")
def ingest_url(writes: Write, body: Address) -> dict[str, Any]:
    return writes.ingest_url(body.url, who=body.who)
