"""Both committed specs pass every house rule."""

from __future__ import annotations

import pytest

from apicontracts.contracts import APIS, ApiContract
from apicontracts.lint import lint_api


@pytest.mark.parametrize("api", APIS.values(), ids=list(APIS))
def test_spec_passes_lint(api: ApiContract) -> None:
    findings = lint_api(api)
    assert not findings, "\n".join(str(f) for f in findings)
