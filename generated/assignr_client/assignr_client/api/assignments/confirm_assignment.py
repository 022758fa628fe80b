from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.assignment import Assignment
from ...models.assignment_confirmation import AssignmentConfirmation
from ...models.assignment_confirmation_status import AssignmentConfirmationStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assignment_id: int,
    *,
    body: AssignmentConfirmation | Unset = UNSET,
    status: AssignmentConfirmationStatus | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assignments/{assignment_id}/confirm".format(
            assignment_id=quote(str(assignment_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
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

    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

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
    body: AssignmentConfirmation | Unset = UNSET,
    status: AssignmentConfirmationStatus | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[Any | ApiError | Assignment]:
    """Accept or decline an assignment

     The assigned official accepts (`status=A`) or declines (`status=D`, optional `reason`) the
    assignment. `status` comes from the body or from the `status` query parameter; the latter lets a
    bodiless POST to the assignment's `accept` / `decline` link href work, which is how this contract
    models those documented links (their href form is inferred). Response body unknown: 200 with the
    assignment, 201 or 204 without. Requires the `write` scope.

    Args:
        assignment_id (int):
        status (AssignmentConfirmationStatus | Unset): The official's answer to an assignment. `A`
            accepts, `D` declines.
        accept (str | Unset):
        body (AssignmentConfirmation | Unset): Body of `POST
            /assignments/{assignment_id}/confirm`. `status` may instead be given as the `status` query
            parameter (the form the `accept` / `decline` links are inferred to use), so it is not
            required here; one of the two must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | Assignment]
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
        body=body,
        status=status,
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
    body: AssignmentConfirmation | Unset = UNSET,
    status: AssignmentConfirmationStatus | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Any | ApiError | Assignment | None:
    """Accept or decline an assignment

     The assigned official accepts (`status=A`) or declines (`status=D`, optional `reason`) the
    assignment. `status` comes from the body or from the `status` query parameter; the latter lets a
    bodiless POST to the assignment's `accept` / `decline` link href work, which is how this contract
    models those documented links (their href form is inferred). Response body unknown: 200 with the
    assignment, 201 or 204 without. Requires the `write` scope.

    Args:
        assignment_id (int):
        status (AssignmentConfirmationStatus | Unset): The official's answer to an assignment. `A`
            accepts, `D` declines.
        accept (str | Unset):
        body (AssignmentConfirmation | Unset): Body of `POST
            /assignments/{assignment_id}/confirm`. `status` may instead be given as the `status` query
            parameter (the form the `accept` / `decline` links are inferred to use), so it is not
            required here; one of the two must be present.

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
        status=status,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    assignment_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignmentConfirmation | Unset = UNSET,
    status: AssignmentConfirmationStatus | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[Any | ApiError | Assignment]:
    """Accept or decline an assignment

     The assigned official accepts (`status=A`) or declines (`status=D`, optional `reason`) the
    assignment. `status` comes from the body or from the `status` query parameter; the latter lets a
    bodiless POST to the assignment's `accept` / `decline` link href work, which is how this contract
    models those documented links (their href form is inferred). Response body unknown: 200 with the
    assignment, 201 or 204 without. Requires the `write` scope.

    Args:
        assignment_id (int):
        status (AssignmentConfirmationStatus | Unset): The official's answer to an assignment. `A`
            accepts, `D` declines.
        accept (str | Unset):
        body (AssignmentConfirmation | Unset): Body of `POST
            /assignments/{assignment_id}/confirm`. `status` may instead be given as the `status` query
            parameter (the form the `accept` / `decline` links are inferred to use), so it is not
            required here; one of the two must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | Assignment]
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
        body=body,
        status=status,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assignment_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignmentConfirmation | Unset = UNSET,
    status: AssignmentConfirmationStatus | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Any | ApiError | Assignment | None:
    """Accept or decline an assignment

     The assigned official accepts (`status=A`) or declines (`status=D`, optional `reason`) the
    assignment. `status` comes from the body or from the `status` query parameter; the latter lets a
    bodiless POST to the assignment's `accept` / `decline` link href work, which is how this contract
    models those documented links (their href form is inferred). Response body unknown: 200 with the
    assignment, 201 or 204 without. Requires the `write` scope.

    Args:
        assignment_id (int):
        status (AssignmentConfirmationStatus | Unset): The official's answer to an assignment. `A`
            accepts, `D` declines.
        accept (str | Unset):
        body (AssignmentConfirmation | Unset): Body of `POST
            /assignments/{assignment_id}/confirm`. `status` may instead be given as the `status` query
            parameter (the form the `accept` / `decline` links are inferred to use), so it is not
            required here; one of the two must be present.

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
            status=status,
            accept=accept,
        )
    ).parsed
