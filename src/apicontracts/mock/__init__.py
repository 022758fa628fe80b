"""Stateful mock servers for both APIs, driven by the bundled specs (INTERFACE.md, ENGINE.md)."""

from apicontracts.mock.engine.app import MockApp
from apicontracts.mock.engine.config import MockConfig
from apicontracts.mock.engine.credentials import Credentials, OAuthClient, UserLogin
from apicontracts.mock.engine.factory import create_app
from apicontracts.mock.engine.server import RunningMock, running

__all__ = [
    "Credentials",
    "MockApp",
    "MockConfig",
    "OAuthClient",
    "RunningMock",
    "UserLogin",
    "create_app",
    "running",
]
