from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.assignment import Assignment
from ...models.assignment_assignment import AssignmentAssignment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assignment_id: int,
    *,
    body: AssignmentAssignment,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assignments/{assignment_id}/assign".format(
            assignment_id=quote(str(assignment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.assignr.v2.hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | Assignment | None:
    if response.status_code == 200:
        response_200 = Assignment.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ApiError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | Assignment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assignment_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignmentAssignment,
    accept: str | Unset = UNSET,
) -> Response[Any | ApiError | Assignment]:
    """Assign an official to a slot

     Puts an official into the assignment slot, given as `user_id` (or `official_id`). Very low
    confidence: one client guesses it, and a production comment says there is no public API to assign an
    official. Requires the `write` scope.

    Args:
        assignment_id (int):
        accept (str | Unset):
        body (AssignmentAssignment): Body of `POST /assignments/{assignment_id}/assign`: the
            official to put into the slot. The only client that calls it (GDN) tries `user_id` first
            and `official_id` second, so both are accepted; one of them is required (inferred: a slot
            cannot be filled without an official).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | Assignment]
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assignment_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignmentAssignment,
    accept: str | Unset = UNSET,
) -> Any | ApiError | Assignment | None:
    """Assign an official to a slot

     Puts an official into the assignment slot, given as `user_id` (or `official_id`). Very low
    confidence: one client guesses it, and a production comment says there is no public API to assign an
    official. Requires the `write` scope.

    Args:
        assignment_id (int):
        accept (str | Unset):
        body (AssignmentAssignment): Body of `POST /assignments/{assignment_id}/assign`: the
            official to put into the slot. The only client that calls it (GDN) tries `user_id` first
            and `official_id` second, so both are accepted; one of them is required (inferred: a slot
            cannot be filled without an official).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | Assignment
    """

    return sync_detailed(
        assignment_id=assignment_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    assignment_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignmentAssignment,
    accept: str | Unset = UNSET,
) -> Response[Any | ApiError | Assignment]:
    """Assign an official to a slot

     Puts an official into the assignment slot, given as `user_id` (or `official_id`). Very low
    confidence: one client guesses it, and a production comment says there is no public API to assign an
    official. Requires the `write` scope.

    Args:
        assignment_id (int):
        accept (str | Unset):
        body (AssignmentAssignment): Body of `POST /assignments/{assignment_id}/assign`: the
            official to put into the slot. The only client that calls it (GDN) tries `user_id` first
            and `official_id` second, so both are accepted; one of them is required (inferred: a slot
            cannot be filled without an official).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | Assignment]
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assignment_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignmentAssignment,
    accept: str | Unset = UNSET,
) -> Any | ApiError | Assignment | None:
    """Assign an official to a slot

     Puts an official into the assignment slot, given as `user_id` (or `official_id`). Very low
    confidence: one client guesses it, and a production comment says there is no public API to assign an
    official. Requires the `write` scope.

    Args:
        assignment_id (int):
        accept (str | Unset):
        body (AssignmentAssignment): Body of `POST /assignments/{assignment_id}/assign`: the
            official to put into the slot. The only client that calls it (GDN) tries `user_id` first
            and `official_id` second, so both are accepted; one of them is required (inferred: a slot
            cannot be filled without an official).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | Assignment
    """

    return (
        await asyncio_detailed(
            assignment_id=assignment_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
