"""Whether the Prefect server that PREFECT_API_URL names answers, asked once
before anything depends on it: Prefect itself would fail deep inside a flow
run with a long traceback (`RuntimeError: Failed to reach API at …`)."""

from __future__ import annotations

import os

REACH_SECONDS = 3.0  # a server on this machine or the next answers well within this


def api_url() -> str | None:
    return os.environ.get("PREFECT_API_URL") or None


def unreachable(url: str, timeout: float = REACH_SECONDS) -> str | None:
    """Why the server at `url` cannot be reached ('connection refused',
    'timed out'), or None when it answers — any HTTP answer counts, an
    authentication error included (that is Prefect's to report)."""
    import httpx

    try:
        httpx.get(url.rstrip("/") + "/health", timeout=timeout)
    except httpx.TimeoutException:
        return f"no answer within {timeout:.0f} s"
    except httpx.HTTPError as exc:
        reason = str(exc).split("] ", 1)[-1] or type(exc).__name__
        return reason.rstrip(".").lower()
    return None
