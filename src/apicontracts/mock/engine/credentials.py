"""Working credentials a mock accepts, as printed by `apicontracts mock` and given to tests."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OAuthClient:
    """An OAuth 2 client registered with the mock (Assignr client credentials)."""

    client_id: str
    client_secret: str
    scopes: frozenset[str]
    description: str = ""


@dataclass(frozen=True)
class UserLogin:
    """A user who can sign in with a password (LearningStudio password grant)."""

    password: str
    role: str
    user_id: int | None = None


@dataclass(frozen=True)
class Credentials:
    """Credentials for one API; the fields of the other API stay empty."""

    api: str
    # Assignr: the default client (read, write and bank), and every configured client by role.
    client_id: str | None = None
    client_secret: str | None = None
    clients: Mapping[str, OAuthClient] = field(default_factory=dict)
    # LearningStudio.
    application_id: str | None = None
    application_name: str | None = None
    client_string: str | None = None
    consumer_key: str | None = None
    shared_secret: str | None = None
    users: Mapping[str, UserLogin] = field(default_factory=dict)

    def describe(self) -> list[str]:
        """Human-readable lines, one per credential, for the command line."""
        lines: list[str] = []
        simple = {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "application_id": self.application_id,
            "application_name": self.application_name,
            "client_string": self.client_string,
            "consumer_key": self.consumer_key,
            "shared_secret": self.shared_secret,
        }
        lines += [f"{name}: {value}" for name, value in simple.items() if value is not None]
        for role, client in self.clients.items():
            scopes = " ".join(sorted(client.scopes))
            lines.append(
                f"client {role}: {client.client_id} / {client.client_secret} (scopes: {scopes}) {client.description}"
            )
        for username, login in self.users.items():
            lines.append(f"user {username}: password {login.password} (role: {login.role})")
        return lines
