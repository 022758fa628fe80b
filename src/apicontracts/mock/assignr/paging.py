"""Assignr's collection envelope: `page`, `_embedded.<plural>`, `_links` with next/prev when they exist.

As recorded, `next_page`/`prev_page` are omitted when not applicable, and collection links omit
the `/api` prefix of the base URL (`https://api.assignr.com/v2/sites?page=1`); clients rewrite them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from apicontracts.mock.engine.exchange import Call

DEFAULT_LIMIT = 50


class Page:
    """The page a list request asks for."""

    def __init__(self, call: Call, default_limit: int = DEFAULT_LIMIT) -> None:
        self.call = call
        self.number: int = call.query.get("page", 1)
        self.limit: int = call.query.get("limit", default_limit)

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.limit

    def envelope(self, plural: str, items: list[dict[str, Any]], records: int) -> dict[str, Any]:
        pages = max(1, math.ceil(records / self.limit))
        info: dict[str, Any] = {"records": records, "pages": pages, "current_page": self.number, "limit": self.limit}
        links: dict[str, Any] = {"self": {"href": self._href(self.number)}}
        if self.number < pages:
            info["next_page"] = self.number + 1
            links["next"] = {"href": self._href(self.number + 1)}
        if self.number > 1:
            info["prev_page"] = min(self.number - 1, pages)
            links["prev"] = {"href": self._href(info["prev_page"])}
        return {"page": info, "_embedded": {plural: items}, "_links": links}

    def _href(self, number: int) -> str:
        request = self.call.request
        # The recorded collection links drop the "/api" of the base path.
        base = request.root_url + request.base_url[len(request.root_url) :].replace("/api/", "/", 1)
        path = request.raw_path[len(request.base_url) - len(request.root_url) :]
        query: Mapping[str, Any] = {
            name: values[-1] for name, values in sorted(request.query.items()) if name != "page"
        }
        return f"{base}{path}?{urlencode({'page': number, **query})}"
