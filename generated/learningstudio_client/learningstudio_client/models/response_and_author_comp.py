from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_response import ThreadResponse
    from ..models.thread_response_author import ThreadResponseAuthor


T = TypeVar("T", bound="ResponseAndAuthorComp")


@_attrs_define
class ResponseAndAuthorComp:
    """Composite of a post's details and its author's details (PDN: "post detail and author detail"). Property names are
    inferred.

    """

    response: ThreadResponse | Unset = UNSET
    """ A post ("response") in a topic, at any level: a top-level post answers the topic, a reply answers another
    post. """
    author: ThreadResponseAuthor | Unset = UNSET
    """ Author of a thread response (post): id, names and e-mail. Some embedded user objects use `email` instead of
    `emailAddress`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response is not UNSET:
            field_dict["response"] = response
        if author is not UNSET:
            field_dict["author"] = author

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_response import ThreadResponse  # noqa: PLC0415
        from ..models.thread_response_author import ThreadResponseAuthor  # noqa: PLC0415

        d = dict(src_dict)
        _response = d.pop("response", UNSET)
        response: ThreadResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = ThreadResponse.from_dict(_response)

        _author = d.pop("author", UNSET)
        author: ThreadResponseAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = ThreadResponseAuthor.from_dict(_author)

        response_and_author_comp = cls(
            response=response,
            author=author,
        )

        response_and_author_comp.additional_properties = d
        return response_and_author_comp

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
