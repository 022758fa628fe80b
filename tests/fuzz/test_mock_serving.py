"""`make fuzz` without a URL serves each built-in mock as `make mock` does: HTTPS with its self-signed
certificate, which the harness trusts by that certificate alone, and a plain-HTTP port answering
302, so the `https_redirect` check runs against the mock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from apicontracts.contracts import APIS, ASSIGNR
from apicontracts.fuzz import runner
from apicontracts.fuzz.auth import request_auth
from apicontracts.fuzz.serve import serving
from apicontracts.fuzz.settings import RunSettings
from apicontracts.fuzz.targets import BUILTIN_TARGETS, Served, Target, builtin_target

# One operation and one example keep the end-to-end runs short; the check runs once per operation.
ONE_OPERATION = runner.FuzzOptions(
    max_examples=1, seed=1, phases=("examples",), extra=("--include-operation-id", "getCurrentAccount")
)


@pytest.mark.parametrize("api", sorted(BUILTIN_TARGETS))
def test_a_built_in_mock_is_served_over_https_with_a_plain_http_port_that_redirects(api: str) -> None:
    target = builtin_target(APIS[api])
    with runner.served(target) as where:
        assert where.base_url.startswith("https://127.0.0.1:")
        assert where.ca_file is not None and Path(where.ca_file).is_file()
        assert where.http_url is not None and where.http_url.startswith("http://127.0.0.1:")
        redirect = requests.get(where.http_url + "/some/path?x=1", allow_redirects=False, timeout=10)
        assert redirect.status_code == 302
        https = urlsplit(where.base_url)
        assert redirect.headers["Location"] == f"https://{https.netloc}/some/path?x=1"


def test_the_harness_trusts_the_mocks_certificate_and_nothing_is_left_unverified() -> None:
    target = builtin_target(ASSIGNR)
    assert target.credentials is not None
    with runner.served(target) as where:
        assert where.ca_file is not None
        # Verification is on: the system's trust store does not know the self-signed certificate.
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(where.base_url + "/current_account", timeout=10, verify=True)
        session = requests.Session()
        session.verify = where.ca_file
        auth = request_auth(target.credentials, where.base_url, session)
        answer = session.get(where.base_url + "/current_account", auth=auth, timeout=10, verify=where.ca_file)
    assert answer.status_code == 200


def test_schemathesis_is_told_to_trust_the_certificate_not_to_skip_verification() -> None:
    settings = RunSettings(ASSIGNR, Path("openapi.json"), "https://127.0.0.1:1/api/v2", Path("r"), ca_file="/x/c.pem")
    command = runner.schemathesis_command(settings, runner.FuzzOptions(), rate_limit=None)
    assert command[command.index("--tls-verify") + 1] == "/x/c.pem"
    plain = RunSettings(ASSIGNR, Path("openapi.json"), "https://api.assignr.com/api/v2", Path("r"))
    assert "--tls-verify" not in runner.schemathesis_command(plain, runner.FuzzOptions(), rate_limit=None)


def test_the_https_redirect_check_runs_against_the_built_in_mock_and_passes(tmp_path: Path) -> None:
    outcome = runner.fuzz(
        ASSIGNR,
        builtin_target(ASSIGNR),
        spec=ASSIGNR.bundle_dir / "openapi.json",
        report_dir=tmp_path,
        options=ONE_OPERATION,
    )
    assert outcome.exit_code == 0
    assert outcome.matrix is not None and outcome.matrix.responses > 0


@contextmanager
def _plain_http_copy(target: Target) -> Iterator[Served]:
    """The mock over HTTPS, but its plain-HTTP port serves the API instead of redirecting."""
    assert target.serve is not None and target.app is not None
    with target.serve() as where, serving(target.app) as plain:
        yield Served(base_url=where.base_url, http_url=plain + target.base_path, ca_file=where.ca_file)


def test_the_same_run_fails_when_plain_http_is_served_instead_of_redirected(tmp_path: Path) -> None:
    # The control for the test above: the check is wired to the mock's plain-HTTP port, not idle.
    mock = builtin_target(ASSIGNR)
    target = Target(
        app=mock.app, base_path=mock.base_path, credentials=mock.credentials, serve=lambda: _plain_http_copy(mock)
    )
    outcome = runner.fuzz(
        ASSIGNR, target, spec=ASSIGNR.bundle_dir / "openapi.json", report_dir=tmp_path, options=ONE_OPERATION
    )
    assert outcome.exit_code != 0
    assert outcome.matrix is not None
    failing = {failure.check for _, _, cell in outcome.matrix.failures() for failure in cell.failures}
    assert failing == {"https_redirect"}
