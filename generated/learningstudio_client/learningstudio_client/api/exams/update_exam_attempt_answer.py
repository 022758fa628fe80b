from http import HTTPStatus
from typing import Any, cast
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
    question_id: int,
    format_: Format = Format.DEFAULT,
    *,
    body: AnswerEnvelope,
    pearson_exam_token: str,
    pearson_exam_password: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Pearson-Exam-Token"] = pearson_exam_token

    if not isinstance(pearson_exam_password, Unset):
        headers["Pearson-Exam-Password"] = pearson_exam_password

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/users/{user_id}/courses/{course_id}/exams/{exam_id}/attempts/{attempt_id}/answers/{question_id}{format_}".format(
            user_id=quote(str(user_id), safe=""),
            course_id=quote(str(course_id), safe=""),
            exam_id=quote(str(exam_id), safe=""),
            attempt_id=quote(str(attempt_id), safe=""),
            question_id=quote(str(question_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorEnvelope | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorEnvelope]:
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
    question_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: AnswerEnvelope,
    pearson_exam_token: str,
    pearson_exam_password: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope]:
    """Change the answer to one question

     Replaces the user's saved answer to the question; the answer id (= question id) does not change.
    The payload is the same as for saving an answer, and its `questionId` must be the one in the
    path.

    Callers: as for saving an answer; the `Pearson-Exam-Token` header is required.

    Rules: the attempt must be active (403 once completed or expired); the question must already
    have an answer (404 otherwise - save it with POST).

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        attempt_id (int):
        question_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str):
        pearson_exam_password (str | Unset):
        body (AnswerEnvelope): Body of a save-answer request (POST or PUT) and of the 201 answer
            to a POST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        attempt_id=attempt_id,
        question_id=question_id,
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
    question_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: AnswerEnvelope,
    pearson_exam_token: str,
    pearson_exam_password: str | Unset = UNSET,
) -> Any | ErrorEnvelope | None:
    """Change the answer to one question

     Replaces the user's saved answer to the question; the answer id (= question id) does not change.
    The payload is the same as for saving an answer, and its `questionId` must be the one in the
    path.

    Callers: as for saving an answer; the `Pearson-Exam-Token` header is required.

    Rules: the attempt must be active (403 once completed or expired); the question must already
    have an answer (404 otherwise - save it with POST).

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        attempt_id (int):
        question_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str):
        pearson_exam_password (str | Unset):
        body (AnswerEnvelope): Body of a save-answer request (POST or PUT) and of the 201 answer
            to a POST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return sync_detailed(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        attempt_id=attempt_id,
        question_id=question_id,
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
    question_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: AnswerEnvelope,
    pearson_exam_token: str,
    pearson_exam_password: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope]:
    """Change the answer to one question

     Replaces the user's saved answer to the question; the answer id (= question id) does not change.
    The payload is the same as for saving an answer, and its `questionId` must be the one in the
    path.

    Callers: as for saving an answer; the `Pearson-Exam-Token` header is required.

    Rules: the attempt must be active (403 once completed or expired); the question must already
    have an answer (404 otherwise - save it with POST).

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        attempt_id (int):
        question_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str):
        pearson_exam_password (str | Unset):
        body (AnswerEnvelope): Body of a save-answer request (POST or PUT) and of the 201 answer
            to a POST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        attempt_id=attempt_id,
        question_id=question_id,
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
    question_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: AnswerEnvelope,
    pearson_exam_token: str,
    pearson_exam_password: str | Unset = UNSET,
) -> Any | ErrorEnvelope | None:
    """Change the answer to one question

     Replaces the user's saved answer to the question; the answer id (= question id) does not change.
    The payload is the same as for saving an answer, and its `questionId` must be the one in the
    path.

    Callers: as for saving an answer; the `Pearson-Exam-Token` header is required.

    Rules: the attempt must be active (403 once completed or expired); the question must already
    have an answer (404 otherwise - save it with POST).

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        attempt_id (int):
        question_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str):
        pearson_exam_password (str | Unset):
        body (AnswerEnvelope): Body of a save-answer request (POST or PUT) and of the 201 answer
            to a POST.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            course_id=course_id,
            exam_id=exam_id,
            attempt_id=attempt_id,
            question_id=question_id,
            format_=format_,
            client=client,
            body=body,
            pearson_exam_token=pearson_exam_token,
            pearson_exam_password=pearson_exam_password,
        )
    ).parsed
