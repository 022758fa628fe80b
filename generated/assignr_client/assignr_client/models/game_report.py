from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.game_report_embedded import GameReportEmbedded
    from ..models.links import Links


T = TypeVar("T", bound="GameReport")


@_attrs_define
class GameReport:
    """A game report (the pre-2024 report mechanism; sites moved to forms). Fields from older production code (CYS) and one
    converted payload of the embedded officials. [PROD][SAMPLE]

    """

    id: int | Unset = UNSET
    """ Assumed like every other resource; not seen. """
    misconduct: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    home_team_score: int | None | Unset = UNSET
    away_team_score: int | None | Unset = UNSET
    text: None | str | Unset = UNSET
    """ Report narrative as plain text. """
    html: None | str | Unset = UNSET
    """ Report narrative as HTML. """
    created: datetime.datetime | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    field_links: Links | Unset = UNSET
    """ HAL `_links`: link name to link object. Resources carry at least `self` (but the embedded officials of a
    game report can have an empty `_links`); collections carry `self` and, only when relevant, `next` and `prev`.
    Other names seen: a user's `games`, `avatar_square`, `avatar_original`, `avatar_icon`; a form submission's
    `game_report_webview`; a game-report official's `official`, `scheduled_official`, `assignment`. [DOC][SAMPLE]
    """
    field_embedded: GameReportEmbedded | Unset = UNSET
    """ Objects embedded in a game report. [PROD][SAMPLE] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        misconduct: bool | str | Unset
        if isinstance(self.misconduct, Unset):
            misconduct = UNSET
        elif isinstance(self.misconduct, BooleanString):
            misconduct = self.misconduct.value
        else:
            misconduct = self.misconduct

        home_team_score: int | None | Unset
        if isinstance(self.home_team_score, Unset):
            home_team_score = UNSET
        else:
            home_team_score = self.home_team_score

        away_team_score: int | None | Unset
        if isinstance(self.away_team_score, Unset):
            away_team_score = UNSET
        else:
            away_team_score = self.away_team_score

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_embedded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_embedded, Unset):
            field_embedded = self.field_embedded.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if misconduct is not UNSET:
            field_dict["misconduct"] = misconduct
        if home_team_score is not UNSET:
            field_dict["home_team_score"] = home_team_score
        if away_team_score is not UNSET:
            field_dict["away_team_score"] = away_team_score
        if text is not UNSET:
            field_dict["text"] = text
        if html is not UNSET:
            field_dict["html"] = html
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if field_embedded is not UNSET:
            field_dict["_embedded"] = field_embedded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.game_report_embedded import GameReportEmbedded  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_misconduct(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_like_type_1 = BooleanString(data)

                return componentsschemas_boolean_like_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        misconduct = _parse_misconduct(d.pop("misconduct", UNSET))

        def _parse_home_team_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        home_team_score = _parse_home_team_score(d.pop("home_team_score", UNSET))

        def _parse_away_team_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        away_team_score = _parse_away_team_score(d.pop("away_team_score", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html = _parse_html(d.pop("html", UNSET))

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        _field_links = d.pop("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        _field_embedded = d.pop("_embedded", UNSET)
        field_embedded: GameReportEmbedded | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = GameReportEmbedded.from_dict(_field_embedded)

        game_report = cls(
            id=id,
            misconduct=misconduct,
            home_team_score=home_team_score,
            away_team_score=away_team_score,
            text=text,
            html=html,
            created=created,
            updated=updated,
            field_links=field_links,
            field_embedded=field_embedded,
        )

        game_report.additional_properties = d
        return game_report

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
