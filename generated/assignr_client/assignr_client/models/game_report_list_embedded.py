from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.game_report import GameReport


T = TypeVar("T", bound="GameReportListEmbedded")


@_attrs_define
class GameReportListEmbedded:
    """The items of the page. Whether `_embedded` is omitted or empty on an empty page is unknown."""

    game_reports: list[GameReport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        game_reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.game_reports, Unset):
            game_reports = []
            for game_reports_item_data in self.game_reports:
                game_reports_item = game_reports_item_data.to_dict()
                game_reports.append(game_reports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if game_reports is not UNSET:
            field_dict["game_reports"] = game_reports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.game_report import GameReport  # noqa: PLC0415

        d = dict(src_dict)
        _game_reports = d.pop("game_reports", UNSET)
        game_reports: list[GameReport] | Unset = UNSET
        if _game_reports is not UNSET:
            game_reports = []
            for game_reports_item_data in _game_reports:
                game_reports_item = GameReport.from_dict(game_reports_item_data)

                game_reports.append(game_reports_item)

        game_report_list_embedded = cls(
            game_reports=game_reports,
        )

        game_report_list_embedded.additional_properties = d
        return game_report_list_embedded

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
