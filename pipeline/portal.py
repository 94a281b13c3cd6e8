"""A meetings portal over HTTP: an index page linking to kallelse and protokoll
PDFs. `fetch_new` follows the links and downloads each PDF not fetched before
into a staging folder — to a temporary name first, renamed only when whole, so
a failed download never leaves half a file — retrying network errors with
backoff. Only loopback is reached in tests; the URL is the user's to give."""

from __future__ import annotations

import os
import re
import time
import urllib.parse
from pathlib import Path

import httpx

RETRIES = 4
BACKOFF_SECONDS = 0.5  # doubled after each failed attempt
_LINK = re.compile(r"""href\s*=\s*["']([^"']+?\.pdf)(?:[?#][^"']*)?["']""", re.IGNORECASE)


class PortalError(RuntimeError):
    """The portal could not be read after every retry."""


def pdf_links(index_html: str, base_url: str) -> list[str]:
    """Absolute URLs of the PDFs an index page links to, each once, in page order."""
    seen: dict[str, None] = {}
    for href in _LINK.findall(index_html):
        seen.setdefault(urllib.parse.urljoin(base_url, href), None)
    return list(seen)


def _get(client: httpx.Client, url: str) -> httpx.Response:
    delay = BACKOFF_SECONDS
    for attempt in range(1, RETRIES + 1):
        try:
            response = client.get(url)
            if response.status_code < 500:
                response.raise_for_status()
                return response
            error: Exception = httpx.HTTPStatusError(f"{response.status_code}", request=response.request, response=response)
        except httpx.TransportError as exc:
            error = exc
        except httpx.HTTPStatusError as exc:  # 4xx: no use retrying
            raise PortalError(f"{url} answered {exc.response.status_code}") from None
        if attempt < RETRIES:
            time.sleep(delay)
            delay *= 2
    raise PortalError(f"{url} could not be fetched after {RETRIES} attempts ({error})")


def local_name(url: str) -> str:
    """A safe file name for a URL: its last path part, with anything odd replaced."""
    name = urllib.parse.unquote(urllib.parse.urlparse(url).path.rsplit("/", 1)[-1])
    return re.sub(r"[^\w.\-() åäöÅÄÖ]", "_", name) or "dokument.pdf"


def fetch_new(index_url: str, staging: Path, timeout: float = 60.0) -> list[Path]:
    """Download every linked PDF not yet in `staging`; returns the new files."""
    staging.mkdir(parents=True, exist_ok=True)
    new = []
    with httpx.Client(timeout=timeout, follow_redirects=True) as client:
        for url in pdf_links(_get(client, index_url).text, index_url):
            target = staging / local_name(url)
            if target.exists():
                continue
            partial = target.with_name(f".{target.name}.part")
            try:
                partial.write_bytes(_get(client, url).content)
                os.replace(partial, target)  # whole or not at all
            finally:
                partial.unlink(missing_ok=True)
            new.append(target)
    return new
