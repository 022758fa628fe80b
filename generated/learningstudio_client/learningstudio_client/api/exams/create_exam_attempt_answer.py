from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.answer_envelope import AnswerEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    course_id: str,
    exam_id: int,
    attempt_id: int,
    format_: Format = Format.DEFAULT,
    *,
    body: AnswerEnvelope,
    pearson_exam_token: str | Unset = UNSET,
    pearson_exam_password: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(pearson_exam_token, Unset):
        headers["Pearson-Exam-Token"] = pearson_exam_token

    if not isinstance(pearson_exam_password, Unset):
        headers["Pearson-Exam-Password"] = pearson_exam_password

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{user_id}/courses/{course_id}/exams/{exam_id}/attempts/{attempt_id}/answers{format_}".format(
            user_id=quote(str(user_id), safe=""),
            course_id=quote(str(course_id), safe=""),
            exam_id=quote(str(exam_id), safe=""),
            attempt_id=quote(str(attempt_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnswerEnvelope | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = AnswerEnvelope.from_dict(response.json())

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

    if response.status_code == 406:
        response_406 = ErrorEnvelope.from_dict(response.json())

        return response_406

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
) -> Response[AnswerEnvelope | ErrorEnvelope]:
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
    attempt_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: AnswerEnvelope,
    pearson_exam_token: str | Unset = UNSET,
    pearson_exam_password: str | Unset = UNSET,
) -> Response[AnswerEnvelope | ErrorEnvelope]:
    """Save an answer

     Saves the user's answer to one question of the attempt. The payload depends on the question type
    (choice ids for true/false and multiple-choice, premise/choice pairs for matching, text for
    short, essay and fill-in-the-blank). Use PUT on `.../answers/{questionId}` to change an existing
    answer.

    Callers: OAuth 1 or OAuth 2 in any role, but only the user the exam was provisioned for can add
    answers, so in practice the student's OAuth 2 token, with the attempt's `Pearson-Exam-Token`.

    Rules: the attempt must be active - writing to a completed or expired attempt is a 403; a
    missing or wrong exam token is a 403; a question that already has an answer is a 400.

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        attempt_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str | Unset):
        pearson_exam_password (str | Unset):
        body (AnswerEnvelope): Body of a save-answer request (POST or PUT) and of the 201 answer
            to a POST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswerEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        attempt_id=attempt_id,
        format_=format_,
        body=body,
        pearson_exam_token=pearson_exam_token,
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
    attempt_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: AnswerEnvelope,
    pearson_exam_token: str | Unset = UNSET,
    pearson_exam_password: str | Unset = UNSET,
) -> AnswerEnvelope | ErrorEnvelope | None:
    """Save an answer

     Saves the user's answer to one question of the attempt. The payload depends on the question type
    (choice ids for true/false and multiple-choice, premise/choice pairs for matching, text for
    short, essay and fill-in-the-blank). Use PUT on `.../answers/{questionId}` to change an existing
    answer.

    Callers: OAuth 1 or OAuth 2 in any role, but only the user the exam was provisioned for can add
    answers, so in practice the student's OAuth 2 token, with the attempt's `Pearson-Exam-Token`.

    Rules: the attempt must be active - writing to a completed or expired attempt is a 403; a
    missing or wrong exam token is a 403; a question that already has an answer is a 400.

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        attempt_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str | Unset):
        pearson_exam_password (str | Unset):
        body (AnswerEnvelope): Body of a save-answer request (POST or PUT) and of the 201 answer
            to a POST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnswerEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        attempt_id=attempt_id,
        format_=format_,
        client=client,
        body=body,
        pearson_exam_token=pearson_exam_token,
        pearson_exam_password=pearson_exam_password,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    course_id: str,
    exam_id: int,
    attempt_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: AnswerEnvelope,
    pearson_exam_token: str | Unset = UNSET,
    pearson_exam_password: str | Unset = UNSET,
) -> Response[AnswerEnvelope | ErrorEnvelope]:
    """Save an answer

     Saves the user's answer to one question of the attempt. The payload depends on the question type
    (choice ids for true/false and multiple-choice, premise/choice pairs for matching, text for
    short, essay and fill-in-the-blank). Use PUT on `.../answers/{questionId}` to change an existing
    answer.

    Callers: OAuth 1 or OAuth 2 in any role, but only the user the exam was provisioned for can add
    answers, so in practice the student's OAuth 2 token, with the attempt's `Pearson-Exam-Token`.

    Rules: the attempt must be active - writing to a completed or expired attempt is a 403; a
    missing or wrong exam token is a 403; a question that already has an answer is a 400.

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        attempt_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str | Unset):
        pearson_exam_password (str | Unset):
        body (AnswerEnvelope): Body of a save-answer request (POST or PUT) and of the 201 answer
            to a POST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswerEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        attempt_id=attempt_id,
        format_=format_,
        body=body,
        pearson_exam_token=pearson_exam_token,
        pearson_exam_password=pearson_exam_password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    course_id: str,
    exam_id: int,
    attempt_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: AnswerEnvelope,
    pearson_exam_token: str | Unset = UNSET,
    pearson_exam_password: str | Unset = UNSET,
) -> AnswerEnvelope | ErrorEnvelope | None:
    """Save an answer

     Saves the user's answer to one question of the attempt. The payload depends on the question type
    (choice ids for true/false and multiple-choice, premise/choice pairs for matching, text for
    short, essay and fill-in-the-blank). Use PUT on `.../answers/{questionId}` to change an existing
    answer.

    Callers: OAuth 1 or OAuth 2 in any role, but only the user the exam was provisioned for can add
    answers, so in practice the student's OAuth 2 token, with the attempt's `Pearson-Exam-Token`.

    Rules: the attempt must be active - writing to a completed or expired attempt is a 403; a
    missing or wrong exam token is a 403; a question that already has an answer is a 400.

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        attempt_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str | Unset):
        pearson_exam_password (str | Unset):
        body (AnswerEnvelope): Body of a save-answer request (POST or PUT) and of the 201 answer
            to a POST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnswerEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            course_id=course_id,
            exam_id=exam_id,
            attempt_id=attempt_id,
            format_=format_,
            client=client,
            body=body,
            pearson_exam_token=pearson_exam_token,
            pearson_exam_password=pearson_exam_password,
        )
    ).parsed
