from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_response_author import ThreadResponseAuthor


T = TypeVar("T", bound="ResponseAuthorEnvelope")


@_attrs_define
class ResponseAuthorEnvelope:
    """Author of one response (id, first and last name, e-mail). The envelope key `responseAuthor` is inferred from the
    route name.

    """

    response_author: ThreadResponseAuthor | Unset = UNSET
    """ Author of a thread response (post): id, names and e-mail. Some embedded user objects use `email` instead of
    `emailAddress`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_author, Unset):
            response_author = self.response_author.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_author is not UNSET:
            field_dict["responseAuthor"] = response_author

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_response_author import ThreadResponseAuthor  # noqa: PLC0415

        d = dict(src_dict)
        _response_author = d.pop("responseAuthor", UNSET)
        response_author: ThreadResponseAuthor | Unset
        if isinstance(_response_author, Unset):
            response_author = UNSET
        else:
            response_author = ThreadResponseAuthor.from_dict(_response_author)

        response_author_envelope = cls(
            response_author=response_author,
        )

        response_author_envelope.additional_properties = d
        return response_author_envelope

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
