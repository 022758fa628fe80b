from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="Links")


@_attrs_define
class Links:
    """HAL `_links`: link name to link object. Resources carry at least `self` (but the embedded officials of a game report
    can have an empty `_links`); collections carry `self` and, only when relevant, `next` and `prev`. Other names seen:
    a user's `games`, `avatar_square`, `avatar_original`, `avatar_icon`; a form submission's `game_report_webview`; a
    game-report official's `official`, `scheduled_official`, `assignment`. [DOC][SAMPLE]

    """

    self_: Link | Unset = UNSET
    """ A HAL link object. Most links carry `resource-type`; some (a user's `games` link, collection
    `self`/`next`/`prev` links) have only `href`. [DOC][SAMPLE] """
    next_: Link | Unset = UNSET
    """ A HAL link object. Most links carry `resource-type`; some (a user's `games` link, collection
    `self`/`next`/`prev` links) have only `href`. [DOC][SAMPLE] """
    prev: Link | Unset = UNSET
    """ A HAL link object. Most links carry `resource-type`; some (a user's `games` link, collection
    `self`/`next`/`prev` links) have only `href`. [DOC][SAMPLE] """
    additional_properties: dict[str, Link] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        next_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = self.next_.to_dict()

        prev: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prev, Unset):
            prev = self.prev.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev

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

        _next_ = d.pop("next", UNSET)
        next_: Link | Unset
        if isinstance(_next_, Unset):
            next_ = UNSET
        else:
            next_ = Link.from_dict(_next_)

        _prev = d.pop("prev", UNSET)
        prev: Link | Unset
        if isinstance(_prev, Unset):
            prev = UNSET
        else:
            prev = Link.from_dict(_prev)

        links = cls(
            self_=self_,
            next_=next_,
            prev=prev,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Link.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        links.additional_properties = additional_properties
        return links

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
