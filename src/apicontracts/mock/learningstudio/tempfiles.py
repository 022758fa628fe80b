"""Temporary uploads: `POST /tempfiles` stores a file, later creates link to its `fileLocation`."""

from __future__ import annotations

from apicontracts.mock.engine import ApiProblem, Record, Store


def location(base: str, record: Record) -> str:
    return f"{base}/tempfiles/{record.id}"


def resolve(store: Store, links: list[dict[str, str]]) -> Record:
    """The temp file a `content.links` list points at (any host: clients echo the URL they got); 404 otherwise.

    A link that names no upload names nothing, like an unknown id in the path (reference 3.3).
    """
    for found in links:
        last = str(found.get("href", "")).rstrip("/").rsplit("/tempfiles/", 1)
        if len(last) == 2 and last[1].isdigit():
            record = store.get("tempFiles", int(last[1]))
            if record is not None:
                return record
    raise ApiProblem(404, "Not found: the content link names no uploaded temp file (POST /tempfiles first)")
