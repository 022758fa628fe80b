from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.game import Game
    from ..models.game_report_author import GameReportAuthor
    from ..models.game_report_official import GameReportOfficial


T = TypeVar("T", bound="GameReportEmbedded")


@_attrs_define
class GameReportEmbedded:
    """Objects embedded in a game report. [PROD][SAMPLE]"""

    game: Game | Unset = UNSET
    """ A game. List items and `GET /games/{game_id}` share this shape; list items sometimes lack assignment
    `position` detail, so clients re-fetch the game. Team, league and similar fields are display-name strings (a
    client's guess that they can be objects is unsupported). [DOC][SAMPLE][PROD] """
    author: GameReportAuthor | Unset = UNSET
    """ Author of a game report. [PROD] """
    officials: list[GameReportOfficial] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        game: dict[str, Any] | Unset = UNSET
        if not isinstance(self.game, Unset):
            game = self.game.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        officials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.officials, Unset):
            officials = []
            for officials_item_data in self.officials:
                officials_item = officials_item_data.to_dict()
                officials.append(officials_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if game is not UNSET:
            field_dict["game"] = game
        if author is not UNSET:
            field_dict["author"] = author
        if officials is not UNSET:
            field_dict["officials"] = officials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.game import Game  # noqa: PLC0415
        from ..models.game_report_author import GameReportAuthor  # noqa: PLC0415
        from ..models.game_report_official import GameReportOfficial  # noqa: PLC0415

        d = dict(src_dict)
        _game = d.pop("game", UNSET)
        game: Game | Unset
        if isinstance(_game, Unset):
            game = UNSET
        else:
            game = Game.from_dict(_game)

        _author = d.pop("author", UNSET)
        author: GameReportAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = GameReportAuthor.from_dict(_author)

        _officials = d.pop("officials", UNSET)
        officials: list[GameReportOfficial] | Unset = UNSET
        if _officials is not UNSET:
            officials = []
            for officials_item_data in _officials:
                officials_item = GameReportOfficial.from_dict(officials_item_data)

                officials.append(officials_item)

        game_report_embedded = cls(
            game=game,
            author=author,
            officials=officials,
        )

        game_report_embedded.additional_properties = d
        return game_report_embedded

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
