from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="GameRequest")


@_attrs_define
class GameRequest:
    """An official's request to work a game. Nothing of the response is known; modelled as a loose object with the
    request's own fields.

    """

    id: int | Unset = UNSET
    game_id: int | Unset = UNSET
    position_id: int | None | Unset = UNSET
    field_links: Links | Unset = UNSET
    """ HAL `_links`: link name to link object. Resources carry at least `self` (but the embedded officials of a
    game report can have an empty `_links`); collections carry `self` and, only when relevant, `next` and `prev`.
    Other names seen: a user's `games`, `avatar_square`, `avatar_original`, `avatar_icon`; a form submission's
    `game_report_webview`; a game-report official's `official`, `scheduled_official`, `assignment`. [DOC][SAMPLE]
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        game_id = self.game_id

        position_id: int | None | Unset
        if isinstance(self.position_id, Unset):
            position_id = UNSET
        else:
            position_id = self.position_id

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if game_id is not UNSET:
            field_dict["game_id"] = game_id
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        game_id = d.pop("game_id", UNSET)

        def _parse_position_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position_id = _parse_position_id(d.pop("position_id", UNSET))

        _field_links = d.pop("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        game_request = cls(
            id=id,
            game_id=game_id,
            position_id=position_id,
            field_links=field_links,
        )

        game_request.additional_properties = d
        return game_request

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
