from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...models.grade_envelope import GradeEnvelope
from ...models.grade_write import GradeWrite
from ...types import Response


def _get_kwargs(
    user_id: str,
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    body: GradeWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{user_id}/courses/{course_id}/gradebookItems/{gradebook_item_id}/grade{format_}".format(
            user_id=quote(str(user_id), safe=""),
            course_id=quote(str(course_id), safe=""),
            gradebook_item_id=quote(str(gradebook_item_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GradeEnvelope | None:
    if response.status_code == 201:
        response_201 = GradeEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | GradeEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: GradeWrite,
) -> Response[ErrorEnvelope | GradeEnvelope]:
    """Create a user's grade for a gradebook item

     Creates the user's grade for the item; only when no grade exists yet (otherwise use PUT). 201 with
    `Location`; the body may echo the grade. OAuth 1, or OAuth 2 as a professor, teaching assistant or
    administrator. Synonymous with
    `/users/{userId}/courses/{courseId}/gradebook/gradebookItems/{gradebookItemId}/grade{format}`; this
    is the short spelling.

    Args:
        user_id (str):
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (GradeWrite): Body that creates or updates a grade: `{"grade": {...}}` with the grade
            fields to set. Inferred from the grade representation; Pearson's payload examples were not
            retrievable. For the teacher-view collection POST the student the grade belongs to must be
            identified too; that field's name is unknown, so additional properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GradeEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        gradebook_item_id=gradebook_item_id,
        format_=format_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: GradeWrite,
) -> ErrorEnvelope | GradeEnvelope | None:
    """Create a user's grade for a gradebook item

     Creates the user's grade for the item; only when no grade exists yet (otherwise use PUT). 201 with
    `Location`; the body may echo the grade. OAuth 1, or OAuth 2 as a professor, teaching assistant or
    administrator. Synonymous with
    `/users/{userId}/courses/{courseId}/gradebook/gradebookItems/{gradebookItemId}/grade{format}`; this
    is the short spelling.

    Args:
        user_id (str):
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (GradeWrite): Body that creates or updates a grade: `{"grade": {...}}` with the grade
            fields to set. Inferred from the grade representation; Pearson's payload examples were not
            retrievable. For the teacher-view collection POST the student the grade belongs to must be
            identified too; that field's name is unknown, so additional properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GradeEnvelope
    """

    return sync_detailed(
        user_id=user_id,
        course_id=course_id,
        gradebook_item_id=gradebook_item_id,
        format_=format_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: GradeWrite,
) -> Response[ErrorEnvelope | GradeEnvelope]:
    """Create a user's grade for a gradebook item

     Creates the user's grade for the item; only when no grade exists yet (otherwise use PUT). 201 with
    `Location`; the body may echo the grade. OAuth 1, or OAuth 2 as a professor, teaching assistant or
    administrator. Synonymous with
    `/users/{userId}/courses/{courseId}/gradebook/gradebookItems/{gradebookItemId}/grade{format}`; this
    is the short spelling.

    Args:
        user_id (str):
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (GradeWrite): Body that creates or updates a grade: `{"grade": {...}}` with the grade
            fields to set. Inferred from the grade representation; Pearson's payload examples were not
            retrievable. For the teacher-view collection POST the student the grade belongs to must be
            identified too; that field's name is unknown, so additional properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GradeEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        gradebook_item_id=gradebook_item_id,
        format_=format_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: GradeWrite,
) -> ErrorEnvelope | GradeEnvelope | None:
    """Create a user's grade for a gradebook item

     Creates the user's grade for the item; only when no grade exists yet (otherwise use PUT). 201 with
    `Location`; the body may echo the grade. OAuth 1, or OAuth 2 as a professor, teaching assistant or
    administrator. Synonymous with
    `/users/{userId}/courses/{courseId}/gradebook/gradebookItems/{gradebookItemId}/grade{format}`; this
    is the short spelling.

    Args:
        user_id (str):
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (GradeWrite): Body that creates or updates a grade: `{"grade": {...}}` with the grade
            fields to set. Inferred from the grade representation; Pearson's payload examples were not
            retrievable. For the teacher-view collection POST the student the grade belongs to must be
            identified too; that field's name is unknown, so additional properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GradeEnvelope
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            course_id=course_id,
            gradebook_item_id=gradebook_item_id,
            format_=format_,
            client=client,
            body=body,
        )
    ).parsed
