"""One fuzz run's settings, handed from the `apicontracts fuzz` process to the schemathesis child."""

from __future__ import annotations

import base64
import os
import pickle
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from apicontracts.contracts import ApiContract
from apicontracts.fuzz.auth import Credentials

# Carries the settings into the child's environment; never printed (it holds credentials).
ENV_VAR = "APICONTRACTS_FUZZ_RUN"
OBSERVATIONS_NAME = "observations.json"
JUNIT_NAME = "junit.xml"


@dataclass(frozen=True)
class RunSettings:
    contract: ApiContract
    spec: Path
    base_url: str
    report_dir: Path
    credentials: Credentials | None = None
    # The same server over plain HTTP, for the redirect check; None when unknown.
    http_url: str | None = None
    # The user the credentials belong to, for the caller-data check; None: learn from the server.
    caller_id: str | None = None
    # The certificate to trust for `base_url` (a built-in mock's self-signed one); None: the system's.
    ca_file: str | None = None

    @property
    def observations_path(self) -> Path:
        return self.report_dir / OBSERVATIONS_NAME

    @property
    def junit_path(self) -> Path:
        return self.report_dir / JUNIT_NAME


def encode(settings: RunSettings) -> str:
    # Pickle: the child runs this same code, and the contract and credentials are plain dataclasses.
    return base64.b64encode(pickle.dumps(settings)).decode("ascii")


def decode(text: str) -> RunSettings:
    settings = pickle.loads(base64.b64decode(text))
    if not isinstance(settings, RunSettings):
        raise TypeError(f"{ENV_VAR} does not hold run settings")
    return settings


def from_environment(env: Mapping[str, str] = os.environ) -> RunSettings:
    text = env.get(ENV_VAR)
    if not text:
        raise RuntimeError(f"{ENV_VAR} is not set: load these hooks through `apicontracts fuzz`")
    return decode(text)
