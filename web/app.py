"""`paragraf serve`: the researcher's page, a read-only web application over
the warehouse (Starlette, server-side Jinja2 templates, no JavaScript).

Every page has a stable address and also answers `?format=json` with the
data it renders:

    /  and  /search?q=…&organ=…&kind=…&year=…   search (or the meetings, without q)
    /meeting/{meeting_id}                        documents, § / agenda list, participants
    /item/{item_id}[?page=N]                     an item beside its PDF page, boxes highlighted
    /agreement/{name}  /matter/{key}             decisions across meetings and bodies
    /ingest                                      documents, failed files, problems per page
    /page/{document_id}/{page_no}.png            a page image, rendered on demand
    /pdf/{document_id}                           the PDF itself (open at #page=N)

Each request opens the warehouse read-only through `warehouse.browse.connect`
(the main file, or the snapshot an ingest publishes while it writes: see
`warehouse.snapshot.open_reader`) and closes it before the page is rendered;
when neither can be read the page is a 503 with `ReaderUnavailable`'s line.
Security is in `Guard`: GET and HEAD only, the token when one is set, Host
headers of this machine when bound to loopback, and headers that forbid
scripts and framing. Personal data is guarded in `Pages` (masked, withheld,
painted over, refused) unless the server was started with --include-sensitive.
"""

from __future__ import annotations

import datetime as dt
import difflib
import gc
import hmac
import ipaddress
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import duckdb
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from extractors.entities.sensitive import ITEM_TEXT_FIELDS, SECRET_TEXT
from warehouse import browse
from warehouse.load import WarehouseLocked
from warehouse.sensitive import guard_hits, guard_item
from warehouse.snapshot import ReaderUnavailable
from web import present
from web.pdfpages import Files

HERE = Path(__file__).resolve().parent
DOCUMENT_ID = re.compile(r"^[0-9a-f]{64}$")
COOKIE = "paragraf_token"
FEED_ENTRIES = 200  # a watch's feed holds its newest hits, this many at most
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
PAGE_CSP = (b"content-security-policy",
            b"default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; "
            b"frame-ancestors 'none'; base-uri 'none'")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name in a Host header, without its port ('[::1]:8000' → '::1')."""
    if header.startswith("["):
        return header[1:header.find("]")]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


# ---------------------------------------------------------------- the guard


class Guard:
    """ASGI middleware in front of every route: a token when one is set
    (`Authorization: Bearer …`, a cookie, or `?token=` once, which sets the
    cookie and leads to the same address without it), Host headers of this
    machine when bound to loopback (no page for a site that rebinds its name
    to 127.0.0.1), GET and HEAD only (anything else 405), and headers that
    allow no script, no frame and no referrer on every answer."""

    def __init__(self, app, token: str | None, local_only: bool) -> None:
        self.app, self.token, self.local_only = app, token, local_only

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        refusal = self._refusal(request)
        if refusal is not None:
            return await self._secured(refusal)(scope, receive, send)
        if self.token and request.query_params.get("token") is not None:
            kept = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            # a path of this site: '//evil.com/x' or '/\\evil.com' would lead a browser to another site
            target = "/" + request.url.path.lstrip("/\\") + (f"?{urlencode(kept)}" if kept else "")
            answer = RedirectResponse(target, status_code=303)
            answer.set_cookie(COOKIE, self.token, httponly=True, samesite="strict", path="/")
            return await self._secured(answer)(scope, receive, send)
        return await self.app(scope, receive, self._with_headers(send))

    def _refusal(self, request: Request) -> Response | None:
        if self.local_only:
            if not is_loopback(host_name(request.headers.get("host", ""))):
                return PlainTextResponse("This server answers only to addresses of this machine (127.0.0.1, localhost).", 421)
        if self.token and not self._authorised(request):
            return PlainTextResponse(
                "A token is needed: send 'Authorization: Bearer <token>' or open this address once with ?token=<token>.",
                401, headers={"WWW-Authenticate": "Bearer"})
        if request.method not in ("GET", "HEAD"):
            return PlainTextResponse("This page is read-only: only GET and HEAD are answered.", 405,
                                     headers={"Allow": "GET, HEAD"})
        return None

    def _authorised(self, request: Request) -> bool:
        given = []
        header = request.headers.get("authorization", "")
        if header[:7].lower() == "bearer ":
            given.append(header[7:].strip())
        given += [request.cookies.get(COOKIE), request.query_params.get("token")]
        return any(g is not None and hmac.compare_digest(g.encode(), self.token.encode()) for g in given)

    def _secured(self, response: Response):
        async def app(scope, receive, send):
            await response(scope, receive, self._with_headers(send))
        return app

    @staticmethod
    def _with_headers(send):
        async def sending(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [h for h in SECURITY_HEADERS if h[0] not in names]
                content_type = dict(headers).get(b"content-type", b"")
                if content_type.startswith(b"text/html") and PAGE_CSP[0] not in names:
                    headers.append(PAGE_CSP)
                message = message | {"headers": headers}
            await send(message)
        return sending


# ---------------------------------------------------------------- pages


class Pages:
    """The routes of one warehouse. Unless `include_sensitive`, the personal
    data guard stands between the warehouse and every answer: personal
    identity numbers masked in every text (`show`), the text fields of items
    marked secret withheld, search hits through `guard_hits`, page images
    painted over where the `sensitive` table found personal data (and
    withheld for secret pages), and no PDF that holds any."""

    def __init__(self, db: str | os.PathLike[str], include_sensitive: bool = False) -> None:
        self.db = Path(db)
        self.include_sensitive = include_sensitive
        self.files = Files(self.db)
        env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                          trim_blocks=True, lstrip_blocks=True)
        env.filters |= {"sek": present.sek, "path": lambda s: quote(str(s), safe="/"),
                        "segment": lambda s: quote(str(s), safe="")}
        env.globals["url_with"] = _url_with
        env.globals |= {"table_headings": browse.TABLE_HEADINGS, "column_labels": browse.COLUMN_LABELS}
        self.templates = Jinja2Templates(env=env)

    def routes(self) -> list:
        return [
            Route("/", self.search), Route("/search", self.search),
            Route("/meeting/{meeting_id:path}", self.meeting),
            Route("/item/{item_id}", self.item),
            Route("/agreement/{name}", self.agreement),
            Route("/matter/{key:path}", self.matter),
            Route("/ingest", self.ingest),
            Route("/watch/{watch_id:int}.atom", self.watch_feed),
            Route("/page/{document_id}/{page_no:int}.png", self.page_png),
            Route("/pdf/{document_id}", self.pdf),
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ]

    # ------------------------------------------------------------ answering

    def answer(self, request: Request, template: str, data: dict[str, Any], status: int = 200) -> Response:
        if request.query_params.get("format") == "json":
            return JSONResponse(data, status_code=status)
        return self.templates.TemplateResponse(request, template, {"d": data, "query": request.query_params},
                                               status_code=status)

    def show(self, text: str | None) -> str | None:
        return present.shown(text, self.include_sensitive)

    def shown_all(self, data: Any) -> Any:
        """`data` with every document text as this server may show it."""
        return present.shown_all(data, self.show)

    def withheld(self, row: dict[str, Any], secret: set | frozenset) -> dict[str, Any]:
        """An item's row with its text fields withheld when it is marked
        secret (as `warehouse.sensitive.guard_item` withholds them), unless
        this server includes personal data."""
        if self.include_sensitive or row.get("item_id") not in secret:
            return row
        fields = {k: row[k] for k in ITEM_TEXT_FIELDS if k in row}
        return row | guard_item(fields, secret=True) | {"secret": True}

    def missing(self, request: Request, message: str) -> Response:
        return self.answer(request, "error.html", {"error": message, "status": 404}, 404)

    def warehouse(self):
        return browse.connect(self.db)

    # ------------------------------------------------------------ search

    def search(self, request: Request) -> Response:
        params = request.query_params
        q = params.get("q", "").strip()
        organ = params.get("organ") or None
        organisation = params.get("organisation") or None
        kind = params.get("kind") or None
        year = _int(params.get("year"), "year", 1, 9999)
        fuzzy = params.get("fuzzy") in ("1", "on", "true")
        dates = {}
        for name in ("from", "to"):
            value = params.get(name) or None
            try:
                dates[name] = dt.date.fromisoformat(value) if value else None
            except ValueError:
                return self.answer(request, "error.html",
                                   {"error": f"'{value}' is not a date YYYY-MM-DD ({name}).", "status": 400}, 400)
        data: dict[str, Any] = {"q": q, "organ": organ, "organisation": organisation, "kind": kind, "year": year,
                                "from": params.get("from") or None, "to": params.get("to") or None, "fuzzy": fuzzy}
        with self.warehouse() as wh:
            data["facets"] = self.shown_all(browse.facets(wh))
            if not q:
                data["meetings"] = self.shown_all(browse.meetings(wh, organ, kind, year))
                return self.answer(request, "search.html", data)
            data["index"] = browse.search_state(wh)
            hits = browse.search_hits(wh, q, organ, kind, year, organisation=organisation, date_from=dates["from"],
                                      date_to=dates["to"], fuzzy=fuzzy, include_sensitive=self.include_sensitive) \
                if data["index"] != "missing" else []
            if not self.include_sensitive:
                hits = guard_hits(wh.con, hits)
        hits = self.shown_all(hits)
        for hit in hits:
            hit["excerpt_runs"] = present.marked(hit["excerpt"], hit.get("marks") or [])
        data["hits"] = hits
        return self.answer(request, "search.html", data)

    # ------------------------------------------------------------ a meeting, an item

    def meeting(self, request: Request) -> Response:
        """A meeting; the id of a retired meeting (its documents now in a
        meeting keyed by their organisation) answers with a permanent
        redirect to the meeting it became, or a list when it became several."""
        wanted = request.path_params["meeting_id"]
        with self.warehouse() as wh:
            now = browse.resolve_meeting(wh, wanted)
            data = browse.meeting(wh, wanted) if now == [wanted] else None
        if len(now) == 1 and now[0] != wanted:
            query = f"?{request.url.query}" if request.url.query else ""
            return RedirectResponse(f"/meeting/{quote(now[0], safe='/')}{query}", status_code=301)
        if len(now) > 1:
            return self.answer(request, "error.html", {
                "error": "This meeting id is no longer used: its documents now belong to these meetings.",
                "status": 300, "meetings": now}, 300)
        if data is None:
            return self.missing(request, "No meeting with this id in the warehouse.")
        return self.answer(request, "meeting.html", self.shown_all(data))

    def item(self, request: Request) -> Response:
        with self.warehouse() as wh:
            data = browse.item(wh, request.path_params["item_id"])
            if data is not None and not self.include_sensitive:
                secret = browse.secret_item_ids(wh)
                withheld_pages = browse.secret_page_keys(wh)
                pdf_refused = browse.has_sensitive(wh, data["document_id"])
            else:
                secret, withheld_pages, pdf_refused = frozenset(), frozenset(), False
        if data is None:
            return self.missing(request, "No item with this id in the warehouse.")
        if data["item_id"] in secret:
            data = self.withheld(data, secret)
            data["amounts"] = [a | {"context": SECRET_TEXT} for a in data["amounts"]]
            data["tables"] = {name: [] for name in data["tables"]}
            data["boxes"] = [b | {"text": None} for b in data["boxes"]]
        data["page"] = self._page(data, _int(request.query_params.get("page"), "page", 1, MAX_PAGE), withheld_pages)
        if pdf_refused:
            data["page"]["pdf_refused"] = PDF_REFUSED
        return self.answer(request, "item.html", self.shown_all(data))

    def _page(self, item: dict[str, Any], asked: int | None,
              withheld: frozenset[tuple[str, int]] = frozenset()) -> dict[str, Any]:
        """The page shown beside an item: the one asked for within the item,
        else the page of its heading box, else its first page; the boxes on
        it; the file's state ('withheld' for a page in `withheld`, whose
        image is not served). With no recorded box for its title, the title
        is looked for on its first page (`derived`)."""
        first, last = item["page_start"], max(item["page_end"], item["page_start"])
        headed = [b["page_no"] for b in item["boxes"] if b["what"] in ("heading", "title")]
        page_no = asked if asked is not None and first <= asked <= last else (headed[0] if headed else first)
        document_id = item["document_id"]
        state = self.files.check(document_id, item["source_path"])
        page = {"no": page_no, "pages": list(range(first, last + 1)), "file": state.state, "message": state.message,
                "boxed": sorted({b["page_no"] for b in item["boxes"] if b["page_no"] is not None}),
                "image": f"/page/{document_id}/{page_no}.png", "pdf": f"/pdf/{document_id}#page={page_no}",
                "width": None, "height": None,
                "boxes": [b | {"derived": False} for b in item["boxes"] if b["page_no"] == page_no]}
        if (document_id, page_no) in withheld:
            page["file"], page["message"] = "withheld", PAGE_WITHHELD
            return page
        if state.ok:
            size = self.files.page_size(state, document_id, page_no)
            if size is None:
                page["file"], page["message"] = "changed", "This page is not in the file as it is now."
                return page
            page["width"], page["height"] = size
            if not headed and page_no == first and item.get("title"):
                found = self.files.find_text(state, document_id, page_no, item["title"])
                if found:
                    page["boxes"].insert(0, found | {"what": "title", "page_no": page_no, "derived": True})
        return page

    # ------------------------------------------------------------ agreements, matters, ingest

    def agreement(self, request: Request) -> Response:
        name = request.path_params["name"]
        offset = _int(request.query_params.get("offset"), "offset", 0, MAX_OFFSET) or 0
        with self.warehouse() as wh:
            data = browse.agreement(wh, name, offset=offset)
            names = None if data else browse.agreement_names(wh)
            secret = frozenset() if self.include_sensitive or data is None else browse.secret_item_ids(wh)
        if data is not None:
            data["steps"] = [self.withheld(step, secret) for step in data["steps"]]
        if data is None:
            close = difflib.get_close_matches(name, names or [], n=5, cutoff=0.4)
            return self.answer(request, "error.html", self.shown_all(
                {"error": "No agreement matches this name.", "status": 404, "close": close}), 404)
        return self.answer(request, "agreement.html", self.shown_all(data))

    def matter(self, request: Request) -> Response:
        with self.warehouse() as wh:
            data = browse.matter(wh, request.path_params["key"])
            secret = frozenset() if self.include_sensitive or data is None else browse.secret_item_ids(wh)
        if data is None:
            return self.missing(request, "No matter with this id or case number in the warehouse.")
        data["steps"] = [self.withheld(step, secret) for step in data["steps"]]
        return self.answer(request, "matter.html", self.shown_all(data))

    def ingest(self, request: Request) -> Response:
        with self.warehouse() as wh:
            data = browse.ingest_overview(wh)
        return self.answer(request, "ingest.html", self.shown_all(data))

    def watch_feed(self, request: Request) -> Response:
        """The Atom feed of one watch (`paragraf watch add`): its recorded hits, newest first."""
        from warehouse.watches import list_watches, news
        from web.atom import watch_feed

        watch_id = request.path_params["watch_id"]
        with self.warehouse() as wh:
            found = [w for w in list_watches(wh) if w["watch_id"] == watch_id]
            hits = news(wh, watch_id, limit=FEED_ENTRIES) if found else []
        if not found:
            raise HTTPException(404, f"No watch {watch_id} in this warehouse (paragraf watch list shows them).")
        base = str(request.base_url).rstrip("/")
        body = watch_feed(found[0], hits, base, str(request.url), str(self.db.resolve()), self.show)
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    # ------------------------------------------------------------ files

    def _file(self, document_id: str, guard=None):
        """The checked file of a stored document, or an HTTPException: the id
        must be a sha256 the warehouse holds, and the file found for it must
        still hash to it. `guard(wh)`, when given, is asked in the same
        reading of the warehouse (unless this server includes personal data)
        and may refuse with an HTTPException or return what to paint over."""
        if not DOCUMENT_ID.match(document_id):
            raise HTTPException(404, "not a document id")
        with self.warehouse() as wh:
            document = browse.document_file(wh, document_id)
            guarded = guard(wh) if guard is not None and document is not None and not self.include_sensitive else None
        if document is None:
            raise HTTPException(404, "no document with this id in the warehouse")
        state = self.files.check(document_id, document["source_path"])
        if not state.ok:
            raise HTTPException(404, state.message)
        return state, document, guarded

    def page_png(self, request: Request) -> Response:
        document_id, page_no = request.path_params["document_id"], request.path_params["page_no"]
        if not 1 <= page_no <= MAX_PAGE:
            raise HTTPException(400, f"page {page_no} is out of range: pages are numbered 1 to {MAX_PAGE}")

        def masks(wh) -> list[dict[str, Any]]:
            if (document_id, page_no) in browse.secret_page_keys(wh):
                raise HTTPException(403, PAGE_WITHHELD)
            found = browse.sensitive_boxes(wh, document_id, page_no)
            if found is None:
                raise HTTPException(403, "This page is withheld: personal data was found on it where no box "
                                         "could be recorded to paint it over. " + STARTED_WITH)
            return found

        state, _, boxes = self._file(document_id, masks)
        png = self.files.png(state, document_id, page_no, [(b["x0"], b["top"], b["x1"], b["bottom"]) for b in boxes or []])
        if png is None:
            raise HTTPException(404, "no such page in this document (or its file changed)")
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    def pdf(self, request: Request) -> Response:
        document_id = request.path_params["document_id"]

        def refused(wh) -> None:
            if browse.has_sensitive(wh, document_id):
                raise HTTPException(403, PDF_REFUSED)

        state, document, _ = self._file(document_id, refused)
        data = self.files.verified_bytes(document_id, state)
        if data is None:
            raise HTTPException(404, "the file changed while it was read")
        name = quote(Path(document["source_path"]).name)
        return Response(data, media_type="application/pdf",
                        headers={"Content-Disposition": f"inline; filename*=UTF-8''{name}"})


STARTED_WITH = "The operator can start paragraf serve with --include-sensitive to show it."
PAGE_WITHHELD = ("This page is withheld: it holds an item marked secret (Sekretess enligt OSL) or its marking. "
                 + STARTED_WITH)
PDF_REFUSED = ("This PDF is not served because it holds personal data (a personal identity number or an item "
               "marked secret); its pages are shown with that data painted over. The operator can start "
               "paragraf serve with --include-sensitive to serve the file.")


MAX_PAGE = 1_000_000  # a page number past this is no page of any PDF
MAX_OFFSET = 2**31 - 1  # a row offset past this is no row (and the database's integer)


def _int(text: str | None, name: str = "", low: int = -(2**31), high: int = 2**31 - 1) -> int | None:
    """A whole-number parameter: None when absent or not a number (ignored,
    as before); a number outside low..high is a bad request (400), never a
    number handed to the database to overflow."""
    try:
        value = int(text) if text not in (None, "") else None
    except ValueError:
        return None
    if value is not None and not low <= value <= high:
        raise HTTPException(400, f"{name or 'a number'}={text[:40]} is out of range: give {low} to {high}")
    return value


def _url_with(query, **changes) -> str:
    """The current query string with some parameters changed (None drops one)."""
    kept = {k: v for k, v in query.items() if k not in changes and k != "token"}
    kept |= {k: v for k, v in changes.items() if v not in (None, "")}
    return "?" + urlencode(kept) if kept else "?"


# ---------------------------------------------------------------- the application


def create_app(db: str | os.PathLike[str], token: str | None = None, local_only: bool = True,
               include_sensitive: bool = False) -> Starlette:
    """The application for one warehouse. `token`: required on every request
    when given; `local_only`: answer only requests addressed to this machine;
    `include_sensitive`: show personal data and secret items (the guard of
    `Pages` is off)."""
    pages = Pages(db, include_sensitive)

    async def error_page(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith(("/page/", "/pdf/")) or request.query_params.get("format") == "json":
            return JSONResponse({"error": exc.detail, "status": exc.status_code}, status_code=exc.status_code)
        return pages.answer(request, "error.html", {"error": exc.detail, "status": exc.status_code}, exc.status_code)

    async def unavailable(request: Request, exc: Exception) -> Response:
        if isinstance(exc, ReaderUnavailable):  # open_reader's one line: which file, why, what to do
            message = str(exc)
        elif isinstance(exc, (WarehouseLocked, duckdb.IOException)):
            message = "The warehouse is being written by an ingest and cannot be read just now; try again in a moment."
        else:
            message = f"The warehouse cannot be read: {exc}"
        return pages.answer(request, "error.html", {"error": message, "status": 503}, 503)

    app = Starlette(routes=pages.routes(), exception_handlers={
        HTTPException: error_page, ReaderUnavailable: unavailable, WarehouseLocked: unavailable,
        duckdb.IOException: unavailable})
    app.state.pages = pages
    app.add_middleware(Guard, token=token, local_only=local_only)
    return app


class TokenMissing(ValueError):
    """A server reachable from other machines without PARAGRAF_TOKEN."""


def settings(host: str, environ=os.environ) -> tuple[str | None, bool]:
    """(token, local_only) for a server on `host`: a host other than loopback
    needs PARAGRAF_TOKEN (16 characters or more); a token set is required
    whatever the host."""
    token = environ.get("PARAGRAF_TOKEN") or None
    local = is_loopback(host)
    if not local and token is None:
        raise TokenMissing(
            f"--host {host} lets other machines reach the page; set PARAGRAF_TOKEN to a secret of 16 characters "
            "or more (e.g. export PARAGRAF_TOKEN=$(python -c 'import secrets; print(secrets.token_urlsafe())')), "
            "which every request must then carry.")
    if token is not None and len(token) < 16:
        raise TokenMissing("PARAGRAF_TOKEN is shorter than 16 characters; choose a longer secret.")
    return token, local


def serve(db: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8000,
          include_sensitive: bool = False) -> None:
    """Run the page until interrupted (uvicorn)."""
    import uvicorn

    token, local = settings(host)
    sock = listening_socket(host, port)  # before anything says it serves: a busy port is one line, not uvicorn's error
    app = create_app(db, token, local_only=local, include_sensitive=include_sensitive)
    settle_heap()
    shown_host = f"[{host}]" if ":" in host else host
    print(f"paragraf: serving {db} read-only at http://{shown_host}:{port}/"
          + (" (token required)" if token else "")
          + ("; personal data included (--include-sensitive)" if include_sensitive else "; personal data masked"),
          flush=True)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False)
    uvicorn.Server(config).run(sockets=[sock])


class PortUnavailable(OSError):
    """The address cannot be listened on: one sentence naming it and what to do."""


def listening_socket(host: str, port: int):
    """A socket bound to (host, port) and listening, or `PortUnavailable`."""
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise PortUnavailable(f"--host {host} is not an address or name this machine can listen on ({exc.strerror}).") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        where = f"port {port} on {host}"
        if exc.errno == errno.EADDRINUSE:
            raise PortUnavailable(f"{where} is in use by another program (another paragraf serve?); "
                                  "stop it, or choose another port with --port.") from None
        if exc.errno == errno.EACCES:
            raise PortUnavailable(f"{where} needs privileges this user lacks (ports below 1024); "
                                  "choose a port of 1024 or more with --port.") from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise PortUnavailable(f"{host} is not an address of this machine; give one of its own with --host.") from None
        raise PortUnavailable(f"cannot listen on {where}: {exc.strerror}.") from None
    sock.set_inheritable(True)
    return sock


def settle_heap() -> None:
    """Move what is alive now (modules, templates, the app) out of the
    collector's reach, so that a full collection walks only what requests
    make. Without it, an answer now and then on the 100 000-item bench
    warehouse took 220 ms instead of 90: a generation-2 collection over the
    whole heap (`paragraf bench pages`)."""
    gc.collect()
    gc.freeze()
