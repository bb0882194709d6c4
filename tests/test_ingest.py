"""Tests for testigo.ingest: normalising, decoding, and every kind of source, good and bad.

Web tests run against a real HTTP server on 127.0.0.1 started by the ``web`` fixture; nothing
here touches the network beyond it. All articles below are written for these tests.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from testigo.errors import IngestError
from testigo.ingest import STDIN, decode_bytes, ingest_text, iter_documents, normalise_text
from testigo.model import Document, Rejection

ROOT = Path(__file__).resolve().parents[1]

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Navy intercepts fuel convoy near Manzanillo | The Pacific Ledger</title>
  <meta property="og:title" content="Navy intercepts fuel convoy near Manzanillo">
  <meta property="og:site_name" content="The Pacific Ledger">
  <meta name="author" content="Lucía Herrera">
  <meta property="article:published_time" content="2024-03-05T09:30:00-06:00">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About us</a></nav>
  <article>
    <h1>Navy intercepts fuel convoy near Manzanillo</h1>
    <p>Marines stopped eleven tanker trucks on a coastal highway outside Manzanillo on Monday,
    the navy said in a statement, adding that the drivers carried no shipping papers.</p>
    <p>Officials believe the fuel was siphoned from a pipeline further inland and was bound for
    buyers in neighbouring states, although no group was named in the statement.</p>
    <p>Three drivers were detained and handed to federal prosecutors, according to the navy.</p>
  </article>
  <footer>Copyright The Pacific Ledger</footer>
</body>
</html>
"""

SECOND_HTML = """<!DOCTYPE html>
<html lang="es"><head><title>Hallan laboratorio en la sierra</title></head>
<body><article>
<p>Soldados encontraron un laboratorio clandestino en una zona boscosa de la sierra, informaron
autoridades estatales, que no reportaron personas detenidas durante el operativo.</p>
<p>El sitio tenía tambos con sustancias químicas y equipo para secar el producto, dijeron.</p>
</article></body></html>
"""

NAV_ONLY_HTML = (
    "<html><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
    "<script>var x = 1;</script></body></html>"
)

PLAIN_ARTICLE = """Port workers reported a large seizure at the container terminal.

Customs officers said the shipment was declared as frozen fruit.
"""


def _documents(items: list[Document | Rejection]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def _rejections(items: list[Document | Rejection]) -> dict[str, str]:
    return {item.source: item.reason for item in items if isinstance(item, Rejection)}


def _ingest(*sources: str | Path, **options: object) -> list[Document | Rejection]:
    return list(iter_documents([str(s) for s in sources], **options))  # type: ignore[arg-type]


# -- normalise_text -------------------------------------------------------------------------

AWKWARD = st.text(
    st.sampled_from(list(" \t\n\r\x0b\x0c\x00\x85\u00a0\u2003\u2028\u200b\u00ad\u0301eaÅ\u212b."))
)


@given(st.text() | AWKWARD)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(st.text() | AWKWARD)
def test_normalise_output_is_tidy(text: str) -> None:
    out = normalise_text(text)
    assert out == out.strip()
    assert "\r" not in out and "\t" not in out and "\n\n\n" not in out and "  " not in out
    assert unicodedata.is_normalized("NFC", out)
    assert all(line == line.strip() for line in out.split("\n"))
    assert not any(unicodedata.category(c) == "Cc" for c in out.replace("\n", ""))


def test_normalise_examples() -> None:
    raw = (
        "\ufeff  El\u00a0Mencho\t\tled   the CJNG.\r\n\r\n\r\n\r\nSecond\u2003paragraph\x00.\rThird line  \n"
    )
    assert normalise_text(raw) == "El Mencho led the CJNG.\n\nSecond paragraph.\nThird line"
    assert normalise_text("Guzma\u0301n") == "Guzmán"


# -- decode_bytes ---------------------------------------------------------------------------

# Any text without control characters (other than tab and line breaks), which decode_bytes
# deliberately treats as a sign of binary data, and without U+FEFF, which reads as a BOM.
TEXT = st.text(
    st.characters(exclude_categories=("Cc", "Cs"), exclude_characters="\ufeff") | st.sampled_from("\t\n\r")
)
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáéíóúñüÁÉÍÓÚÑÜ0123456789"
LATIN_WORDS = st.lists(
    st.tuples(st.sampled_from(["", "¿", "¡", "«"]), st.text(LETTERS, min_size=1, max_size=12)),
    min_size=1,
    max_size=30,
).map(lambda words: " ".join(mark + word for mark, word in words))


@given(TEXT)
def test_decode_round_trips_utf8(text: str) -> None:
    assert decode_bytes(text.encode("utf-8"), "x.txt") == text


@given(TEXT)
def test_decode_round_trips_utf8_with_bom(text: str) -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"), "x.txt") == text


@given(TEXT)
def test_decode_round_trips_utf16_with_bom(text: str) -> None:
    assert decode_bytes(text.encode("utf-16"), "x.txt") == text


@given(LATIN_WORDS)
def test_decode_reads_cp1252_latin_text(text: str) -> None:
    assert decode_bytes(text.encode("cp1252"), "x.txt") == text


@pytest.mark.parametrize(
    "text", ["Cártel de Jalisco Nueva Generación", "Guzmán", "¿Dónde está “El Mencho”? – nadie sabe"]
)
def test_decode_reads_cp1252_examples(text: str) -> None:
    assert decode_bytes(text.encode("cp1252"), "x.txt") == text


def test_decode_rejects_binary_and_noise() -> None:
    rng = random.Random(7)
    with pytest.raises(IngestError, match="binary file.*NUL"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.txt")
    with pytest.raises(IngestError, match="binary file.*control characters"):
        decode_bytes(bytes(rng.randrange(1, 32) for _ in range(500)), "x.txt")
    with pytest.raises(IngestError, match="binary|cannot be decoded"):
        decode_bytes(rng.randbytes(4096), "random.txt")
    with pytest.raises(IngestError, match="cannot be decoded as text.*save it as UTF-8") as info:
        decode_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(2000)), "noise.txt")
    assert info.value.source == "noise.txt"
    with pytest.raises(IngestError, match="UTF-16 byte-order mark but is not valid"):
        decode_bytes(b"\xff\xfeA\x00\x00\xd8", "odd.txt")


# -- ingest_text ----------------------------------------------------------------------------


def test_ingest_text_builds_a_document() -> None:
    doc = ingest_text(
        "  Some   text.\r\n", "a.txt", title=" A  title ", published="2024-03-05T10:00:00Z", language="ES"
    )
    assert (doc.text, doc.title, doc.published, doc.language, doc.source) == (
        "Some text.",
        "A title",
        "2024-03-05",
        "es",
        "a.txt",
    )
    assert doc.id == ingest_text("Some text.", "elsewhere.txt").id  # the id is the hash of the text


def test_ingest_text_rejects_empty_text_and_bad_dates() -> None:
    with pytest.raises(IngestError, match="no text"):
        ingest_text(" \n\t\u00a0", "blank.txt")
    with pytest.raises(IngestError, match="not a date; write it as YYYY-MM-DD"):
        ingest_text("Text.", "a.txt", published="last Tuesday")


# -- files and folders ----------------------------------------------------------------------


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "seizure.txt"
    path.write_text(PLAIN_ARTICLE, encoding="utf-8")
    [doc] = _ingest(path)
    assert isinstance(doc, Document)
    assert doc.source == str(path) and doc.title is None
    assert doc.text == normalise_text(PLAIN_ARTICLE)


def test_html_file_metadata(tmp_path: Path) -> None:
    path = tmp_path / "convoy.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    [doc] = _ingest(path)
    assert isinstance(doc, Document)
    assert doc.title == "Navy intercepts fuel convoy near Manzanillo"
    assert doc.author == "Lucía Herrera"
    assert doc.published == "2024-03-05"
    assert doc.outlet == "The Pacific Ledger"
    assert doc.language == "en"
    assert "eleven tanker trucks" in doc.text and "handed to federal prosecutors" in doc.text
    assert "About us" not in doc.text and "Copyright" not in doc.text


def test_html_without_date_markup_gets_no_guessed_date(tmp_path: Path) -> None:
    path = tmp_path / "lab.htm"
    path.write_text(
        SECOND_HTML.replace("durante el operativo", "durante el operativo de 2019"), encoding="utf-8"
    )
    [doc] = _ingest(path)
    assert isinstance(doc, Document)
    assert doc.published is None and doc.language == "es" and doc.title == "Hallan laboratorio en la sierra"


def test_unknown_extension_given_by_name(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("A note about the raid, written as text.", encoding="utf-8")
    (tmp_path / "saved-page").write_text(ARTICLE_HTML, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    items = _ingest(tmp_path / "notes.md", tmp_path / "saved-page", tmp_path / "photo.jpg")
    note, page, photo = items
    assert isinstance(note, Document) and note.text == "A note about the raid, written as text."
    assert isinstance(page, Document) and page.title == "Navy intercepts fuel convoy near Manzanillo"
    assert isinstance(photo, Rejection) and "looks like a binary file" in photo.reason


def test_folder_with_good_and_bad_files(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a-good.txt").write_text(PLAIN_ARTICLE, encoding="utf-8")
    (folder / "b-good.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (folder / "e-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (folder / "f-noise.htm").write_bytes(bytes(random.Random(1).randrange(0x80, 0x100) for _ in range(3000)))
    (folder / "g-nav.html").write_text(NAV_ONLY_HTML, encoding="utf-8")
    (folder / "g-broken.html").write_text("<html><body><div><span><<<>>> </p></td>", encoding="utf-8")
    (folder / "h-big.txt").write_text("word " * 2000, encoding="utf-8")
    (folder / "readme.md").write_text("skipped: not an article extension", encoding="utf-8")
    (folder / ".hidden.txt").write_text("skipped: hidden", encoding="utf-8")
    (folder / ".git" / "x.txt").write_text("skipped: hidden folder", encoding="utf-8")
    (folder / "sub" / "deeper" / "nested.txt").write_text("A nested article about a raid.", encoding="utf-8")
    (folder / "sub" / "lines.jsonl").write_text('{"text": "One line article."}\nnot json\n', encoding="utf-8")
    (folder / "sub" / "dir.txt").mkdir()  # a folder with a text extension inside a folder is walked, not read

    items = _ingest(folder, max_bytes=5000)
    sources = [item.source for item in items]
    assert sources == sorted(sources)  # sorted walk
    docs = {Path(d.source).name for d in _documents(items) if ".jsonl:" not in d.source}
    assert docs == {"a-good.txt", "b-good.html", "nested.txt"}
    assert any(d.text == "One line article." for d in _documents(items))
    rejected = {Path(source).name: reason for source, reason in _rejections(items).items()}
    assert set(rejected) == {
        "c-empty.txt",
        "d-blank.txt",
        "e-binary.txt",
        "f-noise.htm",
        "g-broken.html",
        "g-nav.html",
        "h-big.txt",
        "lines.jsonl:2",
    }
    assert "empty file" in rejected["c-empty.txt"]
    assert "no text" in rejected["d-blank.txt"]
    assert "binary file" in rejected["e-binary.txt"]
    assert "cannot be decoded as text" in rejected["f-noise.htm"]
    assert "no article text found in the HTML" in rejected["g-nav.html"]
    assert "no article text found in the HTML" in rejected["g-broken.html"]
    assert "10,000 bytes" in rejected["h-big.txt"] and "5,000 bytes" in rejected["h-big.txt"]
    assert "not valid JSON" in rejected["lines.jsonl:2"]


def test_empty_folder_is_a_rejection(tmp_path: Path) -> None:
    (tmp_path / "only.md").write_text("nothing to ingest", encoding="utf-8")
    [item] = _ingest(tmp_path)
    assert isinstance(item, Rejection) and "has no .txt, .html, .htm, .jsonl files" in item.reason


def test_missing_path_and_unsupported_scheme(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A short article.", encoding="utf-8")
    items = _ingest(tmp_path / "missing.txt", "ftp://example.org/a.txt", good)
    rejected = _rejections(items)
    assert "no such file or folder" in rejected[str(tmp_path / "missing.txt")]
    assert "only http:// and https://" in rejected["ftp://example.org/a.txt"]
    assert [d.source for d in _documents(items)] == [str(good)]


def test_size_cap_is_checked_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # a sparse 8 GiB file: reading it whole would be noticed
        handle.truncate(8 * 1024**3)
    small = tmp_path / "over.txt"
    small.write_text("x" * 1001, encoding="utf-8")
    started = time.monotonic()
    items = _ingest(huge, small, max_bytes=1000)
    assert time.monotonic() - started < 2
    rejected = _rejections(items)
    assert "8,589,934,592 bytes, over the size cap of 1,000 bytes" in rejected[str(huge)]
    assert "1,001 bytes" in rejected[str(small)]
    assert "--max-bytes" in rejected[str(small)] and "TESTIGO_MAX_BYTES" in rejected[str(small)]


UNREADABLE_CHILD = """
import json, os, sys
from testigo.ingest import iter_documents
if os.geteuid() == 0:  # root reads anything: become nobody after the imports
    os.setgroups([]); os.setgid(65534); os.setuid(65534)
print(json.dumps([item.to_dict() for item in iter_documents(sys.argv[1:])]))
"""


def test_unreadable_file_is_rejected() -> None:
    folder = Path(tempfile.mkdtemp(prefix="testigo-perm-"))
    try:
        folder.chmod(0o755)
        secret, good = folder / "secret.txt", folder / "good.txt"
        secret.write_text("Nobody may read this.", encoding="utf-8")
        good.write_text("Anybody may read this.", encoding="utf-8")
        secret.chmod(0)
        run = subprocess.run(
            [sys.executable, "-c", UNREADABLE_CHILD, str(secret), str(good)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert run.returncode == 0, run.stderr
    items = json.loads(run.stdout)
    assert items[0]["source"] == str(secret)
    assert "permission denied" in items[0]["reason"] and "chmod" in items[0]["reason"]
    assert items[1]["source"] == str(good) and items[1]["text"] == "Anybody may read this."


# -- JSON Lines -----------------------------------------------------------------------------


def test_jsonl_with_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"text": "First article about a seizure.", "title": "First", "published": "2024-07-01"}),
        json.dumps({"html": ARTICLE_HTML, "url": "https://news.example/convoy", "language": "en"}),
        '{"text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"title": "No body at all"}),
        "",
        json.dumps({"text": 42}),
        json.dumps({"text": "Has a bad date.", "published": "sometime"}),
        json.dumps({"text": "Last article, after the broken ones.", "outlet": "El Diario"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _ingest(path)
    docs = _documents(items)
    assert [d.source for d in docs] == [f"{path}:1", "https://news.example/convoy", f"{path}:9"]
    assert (docs[0].title, docs[0].published) == ("First", "2024-07-01")
    assert (
        docs[1].title == "Navy intercepts fuel convoy near Manzanillo" and docs[1].published == "2024-03-05"
    )
    assert docs[2].outlet == "El Diario"
    rejected = _rejections(items)
    assert set(rejected) == {f"{path}:{n}" for n in (3, 4, 5, 7, 8)}
    assert "not valid JSON" in rejected[f"{path}:3"]
    assert "JSON array, not an object" in rejected[f"{path}:4"]
    assert 'no "text" or "html" field' in rejected[f"{path}:5"]
    assert '"text" on this line is a JSON number' in rejected[f"{path}:7"]
    assert "not a date" in rejected[f"{path}:8"]


def test_jsonl_edge_cases(tmp_path: Path) -> None:
    empty, blank, bad_utf8, long_line = (tmp_path / f"{n}.jsonl" for n in ("empty", "blank", "bad", "long"))
    empty.write_bytes(b"")
    blank.write_bytes(b"\n \n\n")
    bad_utf8.write_bytes(b'\xef\xbb\xbf{"text": "fine"}\n{"text": "Guzm\xe1n"}\n')
    long_line.write_bytes(b'{"text": "' + b"y" * 5000 + b'"}\n{"text": "short one"}\n')
    items = _ingest(empty, blank, bad_utf8, long_line, max_bytes=1000)
    rejected = _rejections(items)
    assert "empty file" in rejected[str(empty)]
    assert "only blank lines" in rejected[str(blank)]
    assert "not valid UTF-8" in rejected[f"{bad_utf8}:2"]
    assert "over the size cap of 1,000 bytes" in rejected[f"{long_line}:1"]
    assert [d.text for d in _documents(items)] == ["fine", "short one"]


# -- stdin ----------------------------------------------------------------------------------


def test_stdin_text_html_and_jsonl() -> None:
    [text] = _ingest("-", stdin=io.BytesIO(PLAIN_ARTICLE.encode("cp1252")))
    [html] = _ingest("-", stdin=io.BytesIO(ARTICLE_HTML.encode("utf-8")))
    lines = b'\n{"text": "One."}\n{broken\n{"text": "Two."}\n'
    jsonl = _ingest("-", stdin=io.BytesIO(lines))
    assert isinstance(text, Document) and text.source == STDIN and text.text == normalise_text(PLAIN_ARTICLE)
    assert isinstance(html, Document) and html.author == "Lucía Herrera"
    assert [(item.source, type(item).__name__) for item in jsonl] == [
        (f"{STDIN}:2", "Document"),
        (f"{STDIN}:3", "Rejection"),
        (f"{STDIN}:4", "Document"),
    ]


def test_stdin_bad_inputs() -> None:
    [empty] = _ingest("-", stdin=io.BytesIO(b""))
    [binary] = _ingest("-", stdin=io.BytesIO(b"\x00\x01\x02binary"))
    [big] = _ingest("-", stdin=io.BytesIO(b"line\n" * 500), max_bytes=100)
    assert isinstance(empty, Rejection) and "nothing was piped in" in empty.reason
    assert isinstance(binary, Rejection) and "binary file" in binary.reason
    assert isinstance(big, Rejection) and "over the size cap of 100 bytes" in big.reason


# -- URLs and feeds -------------------------------------------------------------------------


def _rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>The Pacific Ledger</title><link>{base}/</link>
<item><title>Convoy stopped</title><link>{base}/article.html</link></item>
<item><title>Seizure at the port</title><link>/plain.txt</link>
  <pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link></item>
<item><title>Entry with no link</title><description>Nothing to fetch.</description></item>
</channel></rss>""".encode()


def _atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Sierra Notes</title><id>urn:sierra</id>
<updated>2024-05-01T00:00:00Z</updated>
<entry><title>Laboratorio</title><link href="{base}/lab.html"/><id>urn:lab</id>
  <updated>2024-05-01T12:00:00Z</updated></entry>
</feed>""".encode()


def _routes(base: str) -> dict[str, tuple[int, str, bytes]]:
    return {
        "/article.html": (200, "text/html; charset=utf-8", ARTICLE_HTML.encode()),
        "/lab.html": (200, "text/html", SECOND_HTML.encode()),
        "/plain.txt": (200, "text/plain; charset=utf-8", PLAIN_ARTICLE.encode()),
        "/feed.rss": (200, "application/rss+xml", _rss(base)),
        "/feed.atom": (200, "application/atom+xml", _atom(base)),
        "/feed-as-html": (200, "text/html", _atom(base)),
        "/empty-feed": (
            200,
            "application/rss+xml",
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
        ),
        "/not-a-feed.xml": (
            200,
            "application/xml",
            b'<?xml version="1.0"?><catalog><book id="1"/></catalog>',
        ),
        "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        "/big.txt": (200, "text/plain", b"word " * 2000),
        "/latin.txt": (200, "text/plain; charset=windows-1251", "Картель Халиско".encode("cp1251")),
        "/nav.html": (200, "text/html", NAV_ONLY_HTML.encode()),
    }


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        if self.path == "/redirect":
            self._send(302, "text/plain", b"", extra={"Location": "/article.html"})
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/plain", b"too late")
        elif self.path == "/stream-huge":  # no Content-Length: the cap must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"chunk " * 100)
        elif self.path in self.server.routes:
            self._send(*self.server.routes[self.path])
        else:
            self._send(404, "text/html", b"<html><body>Not here</body></html>")

    def _send(self, status: int, content_type: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (signature of the base class)
        pass


class _Server(ThreadingHTTPServer):
    routes: dict[str, tuple[int, str, bytes]]


@pytest.fixture(scope="module")
def web() -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    server.routes = _routes(base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_urls_good_and_bad(web: str) -> None:
    dead = f"http://127.0.0.1:{_closed_port()}/article.html"
    urls = [
        f"{web}/article.html",
        f"{web}/plain.txt",
        f"{web}/redirect",
        f"{web}/latin.txt",
        f"{web}/missing",
        f"{web}/image.png",
        f"{web}/big.txt",
        f"{web}/stream-huge",
        f"{web}/not-a-feed.xml",
        f"{web}/nav.html",
        f"{web}/empty-feed",
        dead,
    ]
    items = _ingest(*urls, max_bytes=5000)
    docs = {d.source: d for d in _documents(items)}
    assert list(docs) == urls[:4]
    article = docs[f"{web}/article.html"]
    assert (article.title, article.author, article.published) == (
        "Navy intercepts fuel convoy near Manzanillo",
        "Lucía Herrera",
        "2024-03-05",
    )
    assert docs[f"{web}/plain.txt"].text == normalise_text(PLAIN_ARTICLE)
    assert docs[f"{web}/redirect"].text == article.text
    assert docs[f"{web}/latin.txt"].text == "Картель Халиско"
    rejected = _rejections(items)
    assert "HTTP 404 Not Found" in rejected[f"{web}/missing"]
    assert "sent image/png" in rejected[f"{web}/image.png"]
    assert "10,000 bytes, over the size cap of 5,000 bytes" in rejected[f"{web}/big.txt"]
    assert "is over the size cap of 5,000 bytes" in rejected[f"{web}/stream-huge"]
    assert "TESTIGO_MAX_BYTES" in rejected[f"{web}/stream-huge"]
    assert "not an article or an RSS/Atom feed" in rejected[f"{web}/not-a-feed.xml"]
    assert "no article text found" in rejected[f"{web}/nav.html"]
    assert "feed with no entries" in rejected[f"{web}/empty-feed"]
    assert "could not connect" in rejected[dead]


def test_url_timeout(web: str) -> None:
    [item] = _ingest(f"{web}/slow", timeout=0.3)
    assert isinstance(item, Rejection) and "no answer within 0.3 s" in item.reason


def test_rss_and_atom_feeds(web: str) -> None:
    items = _ingest(f"{web}/feed.rss", f"{web}/feed.atom", f"{web}/feed-as-html")
    docs = _documents(items)
    assert [d.source for d in docs] == [
        f"{web}/article.html",
        f"{web}/plain.txt",
        f"{web}/lab.html",
        f"{web}/lab.html",
    ]
    convoy, plain, lab, _ = docs
    assert convoy.title == "Navy intercepts fuel convoy near Manzanillo"  # the page's own metadata wins
    assert convoy.outlet == "The Pacific Ledger"
    assert (plain.title, plain.published, plain.outlet) == (
        "Seizure at the port",
        "2024-04-02",
        "The Pacific Ledger",
    )
    assert (lab.title, lab.published, lab.outlet, lab.language) == (
        "Hallan laboratorio en la sierra",
        "2024-05-01",
        "Sierra Notes",
        "es",
    )
    rejected = _rejections(items)
    assert set(rejected) == {f"{web}/missing", f"{web}/feed.rss#entry-4"}
    assert "HTTP 404" in rejected[f"{web}/missing"]
    assert "no link" in rejected[f"{web}/feed.rss#entry-4"]


def test_import_is_cheap() -> None:
    heavy = "('trafilatura', 'httpx', 'feedparser')"
    code = f"import sys, testigo.ingest; print(sorted(m for m in {heavy} if m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() == "[]", run.stderr


# -- headers of plain-text articles ---------------------------------------------------------


def test_plain_text_header_gives_title_date_and_outlet(tmp_path: Path) -> None:
    from testigo.ingest.header import read_header

    wire = "Cartel figure sent to US\n\nMEXICO CITY, Feb. 28, 2025 (Border Wire) - A man was sent north."
    assert read_header(wire) == {"title": "Cartel figure sent to US", "published": "2025-02-28",
                                 "outlet": "Border Wire"}
    labelled = "Published: 2025-06-14\n\nANALYSIS: Pacts in the making\n\nBody text follows here."
    assert read_header(labelled) == {"published": "2025-06-14", "title": "ANALYSIS: Pacts in the making"}
    assert read_header("Soldiers arrested a man on Monday. He was freed.") == {}
    assert read_header("Published: 2025-02-30\n\nBody.") == {}  # no such day: left out, not guessed
    path = tmp_path / "wire.txt"
    path.write_text(wire, encoding="utf-8")
    (document,) = list(iter_documents([str(path)]))
    assert isinstance(document, Document)
    assert (document.published, document.outlet, document.title) == ("2025-02-28", "Border Wire",
                                                                     "Cartel figure sent to US")
    assert document.text.startswith("Cartel figure sent to US")


def test_a_date_line_with_its_weekday_or_inside_a_byline_is_the_published_date() -> None:
    from testigo.ingest.header import read_header

    release = "Ten men sent to face charges\n\nOffice of Press | Ministry of Justice\nMonday, March 3, 2025\n\nBody."
    assert read_header(release)["published"] == "2025-03-03"
    byline = "How a town fell\n\nBy our correspondent | TEPIC, Mexico | September 20, 2025\n\nBody text."
    assert read_header(byline)["published"] == "2025-09-20"
    assert "published" not in read_header("A headline\n\nOn Monday, March 3, 2025, soldiers arrived.\n")
    assert "published" not in read_header("A headline\n\nBy X | Funday, March 3, 2025\n")


@pytest.mark.parametrize(("header", "published"), [
    ("Published September 12, 2016", "2016-09-12"),  # a label with no colon
    ("Updated: Tuesday, March 4, 2025", "2025-03-04"),
    ("Regional Security Programme | 14 May 2025", "2025-05-14"),  # day first, in a byline
    ("Sunday 3 March 2024", "2024-03-03"),
    ("3 March 2025, 14:05 GMT", "2025-03-03"),  # a time after the date
    ("March 3, 2025 at 10:42 a.m. ET", "2025-03-03"),
    ("Southern District of New York. Prepared from court filings. Last updated March 3, 2025.", "2025-03-03"),
    ("BOGOTÁ, 19 July 2024 (Andes Wire) - Police said.", "2024-07-19"),  # a dateline, day first
    ("El Diario | Reynosa | 10 de marzo de 2023", "2023-03-10"),  # a translated report's date line
    ("5 de setembro de 2024", "2024-09-05"),
    ("Rome, 16 January 2023", "2023-01-16"),  # a place and the date
    ("Mexico City, March 3, 2025", "2025-03-03"),
    ("TUCSON, Ariz. \u2014 Jan. 9, 2024", "2024-01-09"),  # a dateline set off by a dash
    ("Monterrey, Wednesday, 3 May 2023", "2023-05-03"),  # a weekday after the place
    ("CELAYA, Guanajuato, Friday, June 2, 2023 (El Sol del Bajío; translated)", "2023-06-02"),
    ("Broadcast March 2, 2024 - 21:00 GMT", "2024-03-02"),  # a programme's air date and time
    ("Recorded Monday, March 10, 2025. Transcript lightly edited for length.", "2025-03-10"),  # a podcast
    ("Taped on 4 June 2024", "2024-06-04"),
    ("Segment 1 | Aired Monday, July 15, 2013, 6:30 p.m. ET", "2013-07-15"),  # a label after a bar, a weekday
    ("From the online encyclopedia (version of 2 June 2024)", "2024-06-02"),
    ("From a reference wiki \u00b7 Last edited 1 October 2022", "2022-10-01"),
    ("[Translated from Spanish. A regional daily, Tuesday 8 October 2024, Security section.]", "2024-10-08"),
    ("(Wire copy; March 3, 2025; edited for length.)", "2025-03-03"),  # a note in brackets, the date one part
])
def test_more_ways_of_writing_the_date_line(header: str, published: str) -> None:
    from testigo.ingest.header import read_header

    assert read_header(f"A headline\n\n{header}\n\nThe body of the article.")["published"] == published


@pytest.mark.parametrize("line", [
    "The report, published on March 3, 2025, named the gang.",  # a body sentence, not a date line
    "On 3 March 2025 soldiers arrived in the town.",
    "Regional Security Programme | 31 June 2025",  # no such day
    "31 de febrero de 2023",
    "Police arrested him in Rome, 16 January 2023",
    "The ceasefire held until the army moved in \u2014 a raid on 16 January 2023",
    "Soldiers arrived on Friday, June 2, 2023 (the day after the killings)",
    "[Photo: soldiers at a March 3, 2025 rally in Culiacán.]",  # a date inside a caption's phrase
])
def test_dates_in_body_sentences_are_not_the_published_date(line: str) -> None:
    from testigo.ingest.header import read_header

    assert "published" not in read_header(f"A headline\n\n{line}\n")


def test_a_lone_surrogate_in_jsonl_does_not_stop_the_batch(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.jsonl"
    path.write_text('{"text": "Los Chapitos \\ud800 allied with the CJNG."}\n{"text": "The CJNG is a cartel."}\n',
                    encoding="utf-8")
    items = list(iter_documents([str(path)]))
    assert [type(i).__name__ for i in items] == ["Document", "Document"]
    assert "\ufffd" in items[0].text


def test_an_unforeseen_error_on_one_input_is_its_rejection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import testigo.ingest as ingest

    good = tmp_path / "good.txt"
    good.write_text("The Gulf Cartel split in 2010.", encoding="utf-8")
    real = ingest._iter_path

    def flaky(path: Path, batch: object) -> object:
        if path.name == "boom.txt":
            raise RuntimeError("a library broke")
        return real(path, batch)

    monkeypatch.setattr(ingest, "_iter_path", flaky)
    items = list(ingest.iter_documents([str(tmp_path / "boom.txt"), str(good)]))
    assert [type(i).__name__ for i in items] == ["Rejection", "Document"]
    assert "RuntimeError: a library broke" in items[0].reason
