from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.game_list_embedded import GameListEmbedded
    from ..models.links import Links
    from ..models.page_info import PageInfo


T = TypeVar("T", bound="GameList")


@_attrs_define
class GameList:
    """A page of games. HAL collection envelope: `page`, `_embedded.games` and `_links` (`self`, plus `next` / `prev` only
    when they exist). [DOC][SAMPLE]

    """

    page: PageInfo
    """ Pagination block of a collection. `next_page` and `prev_page` are omitted when not applicable in the
    recorded payloads; a client written from the docs expects null, so both are optional and nullable. One recorded
    payload was trimmed to `{"pages": 1}`. [DOC][SAMPLE] """
    field_embedded: GameListEmbedded | Unset = UNSET
    """ The items of the page. Whether `_embedded` is omitted or empty on an empty page is unknown. """
    field_links: Links | Unset = UNSET
    """ HAL `_links`: link name to link object. Resources carry at least `self` (but the embedded officials of a
    game report can have an empty `_links`); collections carry `self` and, only when relevant, `next` and `prev`.
    Other names seen: a user's `games`, `avatar_square`, `avatar_original`, `avatar_icon`; a form submission's
    `game_report_webview`; a game-report official's `official`, `scheduled_official`, `assignment`. [DOC][SAMPLE]
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        field_embedded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_embedded, Unset):
            field_embedded = self.field_embedded.to_dict()

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
            }
        )
        if field_embedded is not UNSET:
            field_dict["_embedded"] = field_embedded
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.game_list_embedded import GameListEmbedded  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415
        from ..models.page_info import PageInfo  # noqa: PLC0415

        d = dict(src_dict)
        page = PageInfo.from_dict(d.pop("page"))

        _field_embedded = d.pop("_embedded", UNSET)
        field_embedded: GameListEmbedded | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = GameListEmbedded.from_dict(_field_embedded)

        _field_links = d.pop("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        game_list = cls(
            page=page,
            field_embedded=field_embedded,
            field_links=field_links,
        )

        game_list.additional_properties = d
        return game_list

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
