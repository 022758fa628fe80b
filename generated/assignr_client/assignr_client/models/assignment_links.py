from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="AssignmentLinks")


@_attrs_define
class AssignmentLinks:
    """`_links` of an assignment: `self` (`/api/v2/assignments/{id}.json`) and, while the official has not responded,
    `accept` and `decline`. Following `accept` / `decline` accepts or declines the assignment [DOC]; their href was cut
    off in the documentation excerpt. This contract models it as the `confirmAssignment` URL with a `status` query
    parameter (`/assignments/{id}/confirm?status=A` or `?status=D`), to be sent as a POST without a body. [INFER]

    """

    self_: Link | Unset = UNSET
    """ A HAL link object. Most links carry `resource-type`; some (a user's `games` link, collection
    `self`/`next`/`prev` links) have only `href`. [DOC][SAMPLE] """
    accept: Link | Unset = UNSET
    """ A HAL link object. Most links carry `resource-type`; some (a user's `games` link, collection
    `self`/`next`/`prev` links) have only `href`. [DOC][SAMPLE] """
    decline: Link | Unset = UNSET
    """ A HAL link object. Most links carry `resource-type`; some (a user's `games` link, collection
    `self`/`next`/`prev` links) have only `href`. [DOC][SAMPLE] """
    additional_properties: dict[str, Link] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        accept: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accept, Unset):
            accept = self.accept.to_dict()

        decline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.decline, Unset):
            decline = self.decline.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if accept is not UNSET:
            field_dict["accept"] = accept
        if decline is not UNSET:
            field_dict["decline"] = decline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        _self_ = d.pop("self", UNSET)
        self_: Link | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = Link.from_dict(_self_)

        _accept = d.pop("accept", UNSET)
        accept: Link | Unset
        if isinstance(_accept, Unset):
            accept = UNSET
        else:
            accept = Link.from_dict(_accept)

        _decline = d.pop("decline", UNSET)
        decline: Link | Unset
        if isinstance(_decline, Unset):
            decline = UNSET
        else:
            decline = Link.from_dict(_decline)

        assignment_links = cls(
            self_=self_,
            accept=accept,
            decline=decline,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Link.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        assignment_links.additional_properties = additional_properties
        return assignment_links

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Link:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Link) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
