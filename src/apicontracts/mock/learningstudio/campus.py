"""The campus the mock serves: application ids, campus keys and user logins (reference 2.1)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Role names of `x-roles` in the spec, and the role type codes payloads carry (reference 1.6).
PROFESSOR = "professor"
TEACHING_ASSISTANT = "teachingAssistant"
STUDENT = "student"
ADMINISTRATOR = "administrator"
ROLE_TYPES = {PROFESSOR: "PROF", TEACHING_ASSISTANT: "TA", STUDENT: "STUD", ADMINISTRATOR: "ADMIN"}
ROLE_NAMES = {
    PROFESSOR: "Professor",
    TEACHING_ASSISTANT: "Teaching Assistant",
    STUDENT: "Student",
    ADMINISTRATOR: "Administrator",
}


@dataclass(frozen=True)
class Login:
    """A user who can obtain OAuth 2 tokens."""

    user_id: int
    username: str
    password: str
    role: str


@dataclass(frozen=True)
class Campus:
    """Everything a caller needs to authenticate, and the mock to check it."""

    # Application ID -> application name; quotas are per Application ID.
    applications: dict[str, str]
    client_string: str
    # Token Key Moniker: the OAuth 1 consumer key, also inside assertions and tokens.
    consumer_key: str
    # AES-128 key of every CMAC, as a 16-character string.
    shared_secret: str
    logins: dict[str, Login] = field(default_factory=dict)
    # Application ID -> operationIds it is not enabled for ("not all APIs are enabled", LIBDOC).
    disabled: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def application_id(self) -> str:
        return next(iter(self.applications))

    @property
    def application_name(self) -> str:
        return self.applications[self.application_id]
