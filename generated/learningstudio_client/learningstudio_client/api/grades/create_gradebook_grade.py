from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_grade_create import CourseGradeCreate
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...models.grade_envelope import GradeEnvelope
from ...types import Response


def _get_kwargs(
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    body: CourseGradeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/courses/{course_id}/gradebook/gradebookItems/{gradebook_item_id}/grades{format_}".format(
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
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: CourseGradeCreate,
) -> Response[ErrorEnvelope | GradeEnvelope]:
    """Create a student's grade for a gradebook item

     Creates a grade for a student on the item; 201 with `Location` (a body echoing the grade is not
    guaranteed). OAuth 1, or OAuth 2 as a professor, teaching assistant or administrator; students get
    403. Body shape not documented. Synonymous with
    `/courses/{courseId}/gradebookItems/{gradebookItemId}/grades{format}` (Pearson: "synonymous"
    routes); this is the `/gradebook/` spelling.

    Args:
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (CourseGradeCreate): Body that creates a grade in the teacher view of a gradebook
            item (`POST .../grades`): the grade fields and the student it is for, `{"grade":
            {"userId": ..., "points": ...}}`. Pearson's payload was not retrievable; that the student
            must be named is implied by the route (the user routes name the student in their path),
            the field name `userId` is inferred from the grade's `user` link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GradeEnvelope]
    """

    kwargs = _get_kwargs(
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
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: CourseGradeCreate,
) -> ErrorEnvelope | GradeEnvelope | None:
    """Create a student's grade for a gradebook item

     Creates a grade for a student on the item; 201 with `Location` (a body echoing the grade is not
    guaranteed). OAuth 1, or OAuth 2 as a professor, teaching assistant or administrator; students get
    403. Body shape not documented. Synonymous with
    `/courses/{courseId}/gradebookItems/{gradebookItemId}/grades{format}` (Pearson: "synonymous"
    routes); this is the `/gradebook/` spelling.

    Args:
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (CourseGradeCreate): Body that creates a grade in the teacher view of a gradebook
            item (`POST .../grades`): the grade fields and the student it is for, `{"grade":
            {"userId": ..., "points": ...}}`. Pearson's payload was not retrievable; that the student
            must be named is implied by the route (the user routes name the student in their path),
            the field name `userId` is inferred from the grade's `user` link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GradeEnvelope
    """

    return sync_detailed(
        course_id=course_id,
        gradebook_item_id=gradebook_item_id,
        format_=format_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: CourseGradeCreate,
) -> Response[ErrorEnvelope | GradeEnvelope]:
    """Create a student's grade for a gradebook item

     Creates a grade for a student on the item; 201 with `Location` (a body echoing the grade is not
    guaranteed). OAuth 1, or OAuth 2 as a professor, teaching assistant or administrator; students get
    403. Body shape not documented. Synonymous with
    `/courses/{courseId}/gradebookItems/{gradebookItemId}/grades{format}` (Pearson: "synonymous"
    routes); this is the `/gradebook/` spelling.

    Args:
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (CourseGradeCreate): Body that creates a grade in the teacher view of a gradebook
            item (`POST .../grades`): the grade fields and the student it is for, `{"grade":
            {"userId": ..., "points": ...}}`. Pearson's payload was not retrievable; that the student
            must be named is implied by the route (the user routes name the student in their path),
            the field name `userId` is inferred from the grade's `user` link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GradeEnvelope]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        gradebook_item_id=gradebook_item_id,
        format_=format_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: CourseGradeCreate,
) -> ErrorEnvelope | GradeEnvelope | None:
    """Create a student's grade for a gradebook item

     Creates a grade for a student on the item; 201 with `Location` (a body echoing the grade is not
    guaranteed). OAuth 1, or OAuth 2 as a professor, teaching assistant or administrator; students get
    403. Body shape not documented. Synonymous with
    `/courses/{courseId}/gradebookItems/{gradebookItemId}/grades{format}` (Pearson: "synonymous"
    routes); this is the `/gradebook/` spelling.

    Args:
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (CourseGradeCreate): Body that creates a grade in the teacher view of a gradebook
            item (`POST .../grades`): the grade fields and the student it is for, `{"grade":
            {"userId": ..., "points": ...}}`. Pearson's payload was not retrievable; that the student
            must be named is implied by the route (the user routes name the student in their path),
            the field name `userId` is inferred from the grade's `user` link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GradeEnvelope
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            gradebook_item_id=gradebook_item_id,
            format_=format_,
            client=client,
            body=body,
        )
    ).parsed
