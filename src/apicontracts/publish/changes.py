"""One difference between two versions of a contract, and whether it breaks consumers."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Direction(enum.Enum):
    """Who sends the data a schema describes: narrowing what a server accepts breaks clients,
    and so does taking away what it returns."""

    REQUEST = "request"
    RESPONSE = "response"


class Section(enum.Enum):
    """Report headings, in the order the report lists them."""

    OPERATIONS = "Operations"
    PARAMETERS = "Parameters"
    REQUEST_BODIES = "Request bodies"
    RESPONSES = "Responses"
    SCHEMAS = "Schemas"


@dataclass(frozen=True)
class Change:
    """`subject` says where (an operation, a parameter, a schema field), `message` what happened."""

    section: Section
    subject: str
    message: str
    breaking: bool
    # The operationId (or `METHOD /path`) the change was found under; a change to a shared
    # component is found once per operation that uses it, and the report merges those.
    operation: str
    # Whether `subject` is a shared component (`schema `Link``) rather than one operation's part.
    shared: bool = False
    # For a shared schema, which way the data it describes travels where this change was found.
    direction: Direction | None = None

    def __str__(self) -> str:
        return f"{self.subject}: {self.message}"
