from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attempt_envelope import AttemptEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    course_id: str,
    exam_id: int,
    format_: Format = Format.DEFAULT,
    *,
    pearson_exam_password: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(pearson_exam_password, Unset):
        headers["Pearson-Exam-Password"] = pearson_exam_password

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{user_id}/courses/{course_id}/exams/{exam_id}/attempts{format_}".format(
            user_id=quote(str(user_id), safe=""),
            course_id=quote(str(course_id), safe=""),
            exam_id=quote(str(exam_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttemptEnvelope | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = AttemptEnvelope.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorEnvelope.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttemptEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    course_id: str,
    exam_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    pearson_exam_password: str | Unset = UNSET,
) -> Response[AttemptEnvelope | ErrorEnvelope]:
    """Start an attempt

     Starts an attempt at the provisioned exam: the place the user's answers are kept while the exam
    is taken. Starting it starts the clock on timed exams (`startUtc`; the allowed time is the
    exam's `duration`). The returned `pearsonExamToken` must be sent as `Pearson-Exam-Token` on
    question, answer and attempt-update calls. If the teacher set an exam password, send it as
    `Pearson-Exam-Password`. No request body.

    Callers: OAuth 1, or OAuth 2 in any role; in practice the student the exam was provisioned for.

    Rules: the exam must be provisioned first (else 404). Attempts can only be started between the
    exam's scheduled start and end; before the start (or after the end) the request is a 403. A user
    has at most one active attempt: starting another while one is not completed is a 400. A new
    attempt after a completed one needs a retakable exam (else 403); it replaces the previous
    attempt and its answers.

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttemptEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        format_=format_,
        pearson_exam_password=pearson_exam_password,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    course_id: str,
    exam_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    pearson_exam_password: str | Unset = UNSET,
) -> AttemptEnvelope | ErrorEnvelope | None:
    """Start an attempt

     Starts an attempt at the provisioned exam: the place the user's answers are kept while the exam
    is taken. Starting it starts the clock on timed exams (`startUtc`; the allowed time is the
    exam's `duration`). The returned `pearsonExamToken` must be sent as `Pearson-Exam-Token` on
    question, answer and attempt-update calls. If the teacher set an exam password, send it as
    `Pearson-Exam-Password`. No request body.

    Callers: OAuth 1, or OAuth 2 in any role; in practice the student the exam was provisioned for.

    Rules: the exam must be provisioned first (else 404). Attempts can only be started between the
    exam's scheduled start and end; before the start (or after the end) the request is a 403. A user
    has at most one active attempt: starting another while one is not completed is a 400. A new
    attempt after a completed one needs a retakable exam (else 403); it replaces the previous
    attempt and its answers.

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttemptEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        format_=format_,
        client=client,
        pearson_exam_password=pearson_exam_password,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    course_id: str,
    exam_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    pearson_exam_password: str | Unset = UNSET,
) -> Response[AttemptEnvelope | ErrorEnvelope]:
    """Start an attempt

     Starts an attempt at the provisioned exam: the place the user's answers are kept while the exam
    is taken. Starting it starts the clock on timed exams (`startUtc`; the allowed time is the
    exam's `duration`). The returned `pearsonExamToken` must be sent as `Pearson-Exam-Token` on
    question, answer and attempt-update calls. If the teacher set an exam password, send it as
    `Pearson-Exam-Password`. No request body.

    Callers: OAuth 1, or OAuth 2 in any role; in practice the student the exam was provisioned for.

    Rules: the exam must be provisioned first (else 404). Attempts can only be started between the
    exam's scheduled start and end; before the start (or after the end) the request is a 403. A user
    has at most one active attempt: starting another while one is not completed is a 400. A new
    attempt after a completed one needs a retakable exam (else 403); it replaces the previous
    attempt and its answers.

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttemptEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        format_=format_,
        pearson_exam_password=pearson_exam_password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    course_id: str,
    exam_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    pearson_exam_password: str | Unset = UNSET,
) -> AttemptEnvelope | ErrorEnvelope | None:
    """Start an attempt

     Starts an attempt at the provisioned exam: the place the user's answers are kept while the exam
    is taken. Starting it starts the clock on timed exams (`startUtc`; the allowed time is the
    exam's `duration`). The returned `pearsonExamToken` must be sent as `Pearson-Exam-Token` on
    question, answer and attempt-update calls. If the teacher set an exam password, send it as
    `Pearson-Exam-Password`. No request body.

    Callers: OAuth 1, or OAuth 2 in any role; in practice the student the exam was provisioned for.

    Rules: the exam must be provisioned first (else 404). Attempts can only be started between the
    exam's scheduled start and end; before the start (or after the end) the request is a 403. A user
    has at most one active attempt: starting another while one is not completed is a 400. A new
    attempt after a completed one needs a retakable exam (else 403); it replaces the previous
    attempt and its answers.

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttemptEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            course_id=course_id,
            exam_id=exam_id,
            format_=format_,
            client=client,
            pearson_exam_password=pearson_exam_password,
        )
    ).parsed
