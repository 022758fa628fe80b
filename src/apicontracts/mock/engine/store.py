"""State of a mock: JSON records in SQLite, each with an optimistic-lock version.

One connection guarded by a lock: every call is atomic, and a compare-and-set on `version`
decides concurrent updates, so exactly one of several writers holding the same version wins.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

DECODED_CACHE = 50_000
FIELD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    kind TEXT NOT NULL,
    id NOT NULL,
    version INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class RecordNotFound(LookupError):
    """No record of that kind and id."""


class StaleVersion(Exception):
    """The record's version is not the one the writer read."""

    def __init__(self, current: int) -> None:
        super().__init__(f"stale version; current is {current}")
        self.current = current


@dataclass(frozen=True)
class Record:
    """One stored record; `data` is shared with other readers and must not be mutated."""

    kind: str
    id: Any
    version: int
    data: dict[str, Any]


@dataclass(frozen=True)
class Where:
    """A condition on one JSON field other than equality."""

    op: str
    values: tuple[Any, ...]

    @classmethod
    def among(cls, values: Any) -> Where:
        return cls("in", tuple(values))

    @classmethod
    def between(cls, low: Any, high: Any) -> Where:
        return cls("between", (low, high))

    @classmethod
    def at_least(cls, low: Any) -> Where:
        return cls(">=", (low,))

    @classmethod
    def at_most(cls, high: Any) -> Where:
        return cls("<=", (high,))

    @classmethod
    def present(cls) -> Where:
        """The field exists and is not null."""
        return cls("is not", (None,))

    @classmethod
    def contains(cls, text: str) -> Where:
        return cls("like", (f"%{text.replace('%', '').replace('_', '')}%",))


def _column(field: str) -> str:
    if not FIELD.fullmatch(field):
        raise ValueError(f"not a field name: {field!r}")
    return "id" if field == "id" else f"json_extract(data, '$.{field}')"


SQLITE_INT = range(-(2**63), 2**63)


def _sql_value(value: Any) -> Any:
    # json_extract returns 1/0 for JSON booleans.
    if isinstance(value, bool):
        return int(value)
    # SQLite integers are 64-bit; a larger id can match nothing, so compare it as text.
    if isinstance(value, int) and value not in SQLITE_INT:
        return str(value)
    return value


class Store:
    """JSON records by (kind, id) in one SQLite database (a file, or `:memory:`)."""

    def __init__(self, database: str | Path = ":memory:", indexes: Mapping[str, tuple[str, ...]] | None = None):
        self.database = str(database)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.database, check_same_thread=False, isolation_level=None)
        if self.database != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(SCHEMA)
        self._depth = 0
        # Decoded JSON by its text: always coherent (a changed record has a new text), saves decoding.
        self._decoded: dict[str, dict[str, Any]] = {}
        self._changes: dict[str, int] = {}
        for fields in (indexes or {}).values():
            for field in fields:
                # Not a partial index: SQLite cannot match `kind = ?` against a partial index's literal.
                # "a+b" is a composite index (filter on a, order by b).
                name = re.sub(r"\W", "_", f"ix_{field}")
                columns = ", ".join(_column(part) for part in field.split("+"))
                self._conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON records (kind, {columns})")

    def copy_into(self, other: Store) -> None:
        """Overwrite `other` with this database (SQLite's online backup)."""
        with self._lock, other._lock:
            self._conn.backup(other._conn)
            other._changes.clear()
            other._bump("*")

    def changes(self, kind: str) -> tuple[int, int]:
        """A stamp that moves whenever this store writes a record of `kind`: a key for caches of derived data."""
        return self._changes.get(kind, 0), self._changes.get("*", 0)

    def _bump(self, kind: str) -> None:
        self._changes[kind] = self._changes.get(kind, 0) + 1

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several calls as one atomic unit (nests)."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outer:
                    self._conn.execute("ROLLBACK")
                    self._bump("*")
                raise
            self._depth -= 1
            if outer:
                self._conn.execute("COMMIT")

    def get(self, kind: str, id: Any) -> Record | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT version, data FROM records WHERE kind = ? AND id = ?", (kind, _sql_value(id))
            ).fetchone()
        return None if row is None else Record(kind, id, row[0], self._decode(row[1]))

    def find(
        self,
        kind: str,
        where: Mapping[str, Any] | None = None,
        *,
        order_by: str = "id",
        desc: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Record]:
        clause, args = self._where(kind, where)
        # `+id`: ordering by the primary key must not tempt SQLite away from the field indexes.
        order = "+id" if order_by == "id" else _column(order_by)
        sql = f"SELECT id, version, data FROM records WHERE {clause} ORDER BY {order}"
        sql += " DESC" if desc else ""
        if order_by != "id":
            sql += ", id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [min(limit, SQLITE_INT.stop - 1), min(offset, SQLITE_INT.stop - 1)]
        with self._lock:
            rows = self._conn.execute(sql, args).fetchall()
        return [Record(kind, row[0], row[1], self._decode(row[2])) for row in rows]

    def _decode(self, text: str) -> dict[str, Any]:
        """Records share decoded data, so callers treat `Record.data` as read-only."""
        data = self._decoded.get(text)
        if data is None:
            if len(self._decoded) > DECODED_CACHE:
                self._decoded.clear()
            data = orjson.loads(text)
            self._decoded[text] = data
        return data

    def count(self, kind: str, where: Mapping[str, Any] | None = None) -> int:
        clause, args = self._where(kind, where)
        with self._lock:
            return int(self._conn.execute(f"SELECT count(*) FROM records WHERE {clause}", args).fetchone()[0])

    def _where(self, kind: str, where: Mapping[str, Any] | None) -> tuple[str, list[Any]]:
        parts = ["kind = ?"]
        args: list[Any] = [kind]
        for field, cond in (where or {}).items():
            column = _column(field)
            if cond is None:
                parts.append(f"{column} IS NULL")
            elif not isinstance(cond, Where):
                parts.append(f"{column} = ?")
                args.append(_sql_value(cond))
            elif cond.op == "in":
                parts.append(f"{column} IN ({', '.join('?' * len(cond.values)) or 'NULL'})")
                args += [_sql_value(v) for v in cond.values]
            elif cond.op == "between":
                parts.append(f"{column} BETWEEN ? AND ?")
                args += [_sql_value(v) for v in cond.values]
            elif cond.op == "like":
                parts.append(f"lower({column}) LIKE lower(?)")
                args += list(cond.values)
            else:
                parts.append(f"{column} {cond.op} ?")
                args += [_sql_value(v) for v in cond.values]
        return " AND ".join(parts), args

    def insert(self, kind: str, data: Mapping[str, Any], id: Any = None) -> Record:
        with self.transaction():
            if id is None:
                row = self._conn.execute("SELECT max(id) FROM records WHERE kind = ?", (kind,)).fetchone()
                id = int(row[0] or 0) + 1
            body = {**data, "id": id}
            self._conn.execute(
                "INSERT INTO records (kind, id, version, data) VALUES (?, ?, 1, ?)", (kind, id, orjson.dumps(body))
            )
            self._bump(kind)
        return Record(kind, id, 1, body)

    def update(self, kind: str, id: Any, changes: Mapping[str, Any], *, expected_version: int | None = None) -> Record:
        """Merge `changes` into the record; the version goes up by one."""
        with self.transaction():
            current = self.get(kind, id)
            if current is None:
                raise RecordNotFound(f"{kind} {id}")
            return self._write(current, {**current.data, **changes, "id": id}, expected_version)

    def replace(self, kind: str, id: Any, data: Mapping[str, Any], *, expected_version: int | None = None) -> Record:
        with self.transaction():
            current = self.get(kind, id)
            if current is None:
                raise RecordNotFound(f"{kind} {id}")
            return self._write(current, {**data, "id": id}, expected_version)

    def _write(self, current: Record, data: dict[str, Any], expected_version: int | None) -> Record:
        expected = current.version if expected_version is None else expected_version
        cursor = self._conn.execute(
            "UPDATE records SET data = ?, version = version + 1 WHERE kind = ? AND id = ? AND version = ?",
            (orjson.dumps(data), current.kind, current.id, _sql_value(expected)),
        )
        if cursor.rowcount != 1:
            raise StaleVersion(current.version)
        self._bump(current.kind)
        return Record(current.kind, current.id, expected + 1, data)

    def delete(self, kind: str, id: Any) -> bool:
        with self._lock:
            cursor = self._conn.execute("DELETE FROM records WHERE kind = ? AND id = ?", (kind, _sql_value(id)))
            self._bump(kind)
        return cursor.rowcount == 1

    def meta_get(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def meta_set(self, key: str, value: str) -> None:
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
