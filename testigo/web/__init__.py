"""The web page and REST API over a store (the ``web`` extra): ``testigo serve``.

    from testigo.web import make_app
    app = make_app("demo.db")          # an ASGI app; uvicorn serves it

Read-only unless ``TESTIGO_TOKEN`` is set; writes then need ``Authorization: Bearer TOKEN``.
"""

from __future__ import annotations

from testigo.web.app import make_app, serve

__all__ = ["make_app", "serve"]
