"""The APIs the publish tests run on: those whose spec is bundled and whose client is generated
(the specs are written one at a time)."""

from __future__ import annotations

import pytest

from apicontracts.contracts import APIS
from apicontracts.generate import client_dir

PUBLISHABLE = [api for api in APIS.values() if (api.bundle_dir / "openapi.json").exists() and client_dir(api).exists()]

per_api = pytest.mark.parametrize("api", PUBLISHABLE, ids=lambda api: api.name)
