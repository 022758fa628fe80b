from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...models.true_false_question_envelope import TrueFalseQuestionEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    course_id: str,
    exam_id: int,
    section_id: int,
    question_id: int,
    format_: Format = Format.DEFAULT,
    *,
    pearson_exam_token: str | Unset = UNSET,
    pearson_exam_password: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(pearson_exam_token, Unset):
        headers["Pearson-Exam-Token"] = pearson_exam_token

    if not isinstance(pearson_exam_password, Unset):
        headers["Pearson-Exam-Password"] = pearson_exam_password

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{user_id}/courses/{course_id}/exams/{exam_id}/sections/{section_id}/trueFalseQuestions/{question_id}{format_}".format(
            user_id=quote(str(user_id), safe=""),
            course_id=quote(str(course_id), safe=""),
            exam_id=quote(str(exam_id), safe=""),
            section_id=quote(str(section_id), safe=""),
            question_id=quote(str(question_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TrueFalseQuestionEnvelope | None:
    if response.status_code == 200:
        response_200 = TrueFalseQuestionEnvelope.from_dict(response.json())

        return response_200

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
) -> Response[ErrorEnvelope | TrueFalseQuestionEnvelope]:
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
    section_id: int,
    question_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    pearson_exam_token: str | Unset = UNSET,
    pearson_exam_password: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TrueFalseQuestionEnvelope]:
    """Get a true/false question

     Returns the text of a true/false question of the user's exam (`trueFalseQuestion` key). Its
    options come from `.../choices`.

    Callers: OAuth 1 (system-to-system), or OAuth 2 as a professor, teaching assistant, student or
    administrator. With a user's OAuth 2 token there must be an active attempt, and the attempt's
    `Pearson-Exam-Token` is sent (plus `Pearson-Exam-Password` when the exam has one).

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        section_id (int):
        question_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str | Unset):
        pearson_exam_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TrueFalseQuestionEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        section_id=section_id,
        question_id=question_id,
        format_=format_,
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
    section_id: int,
    question_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    pearson_exam_token: str | Unset = UNSET,
    pearson_exam_password: str | Unset = UNSET,
) -> ErrorEnvelope | TrueFalseQuestionEnvelope | None:
    """Get a true/false question

     Returns the text of a true/false question of the user's exam (`trueFalseQuestion` key). Its
    options come from `.../choices`.

    Callers: OAuth 1 (system-to-system), or OAuth 2 as a professor, teaching assistant, student or
    administrator. With a user's OAuth 2 token there must be an active attempt, and the attempt's
    `Pearson-Exam-Token` is sent (plus `Pearson-Exam-Password` when the exam has one).

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        section_id (int):
        question_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str | Unset):
        pearson_exam_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TrueFalseQuestionEnvelope
    """

    return sync_detailed(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        section_id=section_id,
        question_id=question_id,
        format_=format_,
        client=client,
        pearson_exam_token=pearson_exam_token,
        pearson_exam_password=pearson_exam_password,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    course_id: str,
    exam_id: int,
    section_id: int,
    question_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    pearson_exam_token: str | Unset = UNSET,
    pearson_exam_password: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TrueFalseQuestionEnvelope]:
    """Get a true/false question

     Returns the text of a true/false question of the user's exam (`trueFalseQuestion` key). Its
    options come from `.../choices`.

    Callers: OAuth 1 (system-to-system), or OAuth 2 as a professor, teaching assistant, student or
    administrator. With a user's OAuth 2 token there must be an active attempt, and the attempt's
    `Pearson-Exam-Token` is sent (plus `Pearson-Exam-Password` when the exam has one).

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        section_id (int):
        question_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str | Unset):
        pearson_exam_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TrueFalseQuestionEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        exam_id=exam_id,
        section_id=section_id,
        question_id=question_id,
        format_=format_,
        pearson_exam_token=pearson_exam_token,
        pearson_exam_password=pearson_exam_password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    course_id: str,
    exam_id: int,
    section_id: int,
    question_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    pearson_exam_token: str | Unset = UNSET,
    pearson_exam_password: str | Unset = UNSET,
) -> ErrorEnvelope | TrueFalseQuestionEnvelope | None:
    """Get a true/false question

     Returns the text of a true/false question of the user's exam (`trueFalseQuestion` key). Its
    options come from `.../choices`.

    Callers: OAuth 1 (system-to-system), or OAuth 2 as a professor, teaching assistant, student or
    administrator. With a user's OAuth 2 token there must be an active attempt, and the attempt's
    `Pearson-Exam-Token` is sent (plus `Pearson-Exam-Password` when the exam has one).

    Args:
        user_id (str):
        course_id (str):
        exam_id (int):
        section_id (int):
        question_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        pearson_exam_token (str | Unset):
        pearson_exam_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TrueFalseQuestionEnvelope
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            course_id=course_id,
            exam_id=exam_id,
            section_id=section_id,
            question_id=question_id,
            format_=format_,
            client=client,
            pearson_exam_token=pearson_exam_token,
            pearson_exam_password=pearson_exam_password,
        )
    ).parsed
