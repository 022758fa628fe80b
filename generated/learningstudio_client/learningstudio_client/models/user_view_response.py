from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.response_counts import ResponseCounts
    from ..models.thread_response import ThreadResponse


T = TypeVar("T", bound="UserViewResponse")


@_attrs_define
class UserViewResponse:
    """A post together with one user's read/unread flag. PDN documents "post detail and user read/unread status"; the
    property names follow the eCollege `userResponses` model (`id` = `{userId}-{responseId}`, `markedAsRead`,
    `response`, `childResponseCounts`) and are inferred for this route.

    """

    id: int | str | Unset = UNSET
    """ Composite id `{userId}-{responseId}` (eCollege convention). """
    marked_as_read: bool | Unset = UNSET
    """ Whether the user has read the post. """
    response: ThreadResponse | Unset = UNSET
    """ A post ("response") in a topic, at any level: a top-level post answers the topic, a reply answers another
    post. """
    child_response_counts: ResponseCounts | Unset = UNSET
    """ Response counts below a topic or response, from one user's point of view. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        marked_as_read = self.marked_as_read

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        child_response_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_response_counts, Unset):
            child_response_counts = self.child_response_counts.to_dict()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if marked_as_read is not UNSET:
            field_dict["markedAsRead"] = marked_as_read
        if response is not UNSET:
            field_dict["response"] = response
        if child_response_counts is not UNSET:
            field_dict["childResponseCounts"] = child_response_counts
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415
        from ..models.response_counts import ResponseCounts  # noqa: PLC0415
        from ..models.thread_response import ThreadResponse  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        marked_as_read = d.pop("markedAsRead", UNSET)

        _response = d.pop("response", UNSET)
        response: ThreadResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = ThreadResponse.from_dict(_response)

        _child_response_counts = d.pop("childResponseCounts", UNSET)
        child_response_counts: ResponseCounts | Unset
        if isinstance(_child_response_counts, Unset):
            child_response_counts = UNSET
        else:
            child_response_counts = ResponseCounts.from_dict(_child_response_counts)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        user_view_response = cls(
            id=id,
            marked_as_read=marked_as_read,
            response=response,
            child_response_counts=child_response_counts,
            links=links,
        )

        user_view_response.additional_properties = d
        return user_view_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
