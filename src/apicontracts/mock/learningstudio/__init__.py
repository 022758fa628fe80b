"""Pearson LearningStudio's behaviour for the mock engine (see ../ENGINE.md and docs/mock-learningstudio.md)."""

from __future__ import annotations

from apicontracts.contracts import LEARNINGSTUDIO
from apicontracts.mock.engine import ApiBehaviour, Handler, MockConfig, RateLimitPolicy, Window
from apicontracts.mock.engine.spec import SpecIndex
from apicontracts.mock.learningstudio.auth import LearningStudioAuth, application_of
from apicontracts.mock.learningstudio.errors import ERRORS
from apicontracts.mock.learningstudio.handlers import (
    activity,
    announcements,
    content,
    courses,
    dropbox,
    exams,
    grades,
    sharing,
    social,
    system,
    threads,
    users,
)
from apicontracts.mock.learningstudio.handlers.tokens import TokenEndpoint
from apicontracts.mock.learningstudio.media import media_policy
from apicontracts.mock.learningstudio.oauth1 import OAuth1Verifier
from apicontracts.mock.learningstudio.rules import rules
from apicontracts.mock.learningstudio.seed import default_campus
from apicontracts.mock.learningstudio.seeding import INDEXES, seed
from apicontracts.mock.learningstudio.tokens import Tokens
from apicontracts.mock.learningstudio.xmlcodec import XmlBodyParser

# "Keys are limited to 500 requests per second" per Application ID (reference 3.3).
REQUESTS_PER_SECOND = 500


def behaviour(config: MockConfig) -> ApiBehaviour:
    campus = default_campus()
    tokens = Tokens(campus, config.clock)
    index = SpecIndex.load(LEARNINGSTUDIO.bundle_dir / "openapi.json")
    handlers: dict[str, Handler] = {
        **TokenEndpoint(campus, tokens).handlers(),
        **system.HANDLERS,
        **users.HANDLERS,
        **courses.HANDLERS,
        **content.HANDLERS,
        **announcements.HANDLERS,
        **dropbox.HANDLERS,
        **sharing.HANDLERS,
        **activity.HANDLERS,
        **social.HANDLERS,
        **threads.HANDLERS,
        **grades.HANDLERS,
        **exams.HANDLERS,
    }
    return ApiBehaviour(
        contract=LEARNINGSTUDIO,
        base_path="",
        token_path="/token",
        auth=LearningStudioAuth(campus, tokens, OAuth1Verifier(campus)),
        handlers=handlers,
        errors=ERRORS,
        media=media_policy(XmlBodyParser(index.document)),
        seed=seed,
        rules=rules(campus),
        rate_limit=RateLimitPolicy(
            windows=(Window(REQUESTS_PER_SECOND, 1),),
            key=application_of,
            message="Too many requests: Application IDs are limited to 500 requests per second",
        ),
        indexes=INDEXES,
    )
