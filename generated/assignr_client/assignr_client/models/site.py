from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="Site")


@_attrs_define
class Site:
    """A site: a league or referee association. One account can belong to several sites. The list items carry the display
    flags and `sports`; embedded sites carry `timezone`, `created`, `updated` and `_links` instead. [DOC][SAMPLE]

    """

    id: int
    name: str | Unset = UNSET
    timezone: str | Unset = UNSET
    """ The site's time zone name (value format not seen; inferred). """
    show_game_requests: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    show_unassigned_games: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    show_all_games: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    show_game_reports: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    forms_enabled: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    sports: list[str] | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    field_links: Links | Unset = UNSET
    """ HAL `_links`: link name to link object. Resources carry at least `self` (but the embedded officials of a
    game report can have an empty `_links`); collections carry `self` and, only when relevant, `next` and `prev`.
    Other names seen: a user's `games`, `avatar_square`, `avatar_original`, `avatar_icon`; a form submission's
    `game_report_webview`; a game-report official's `official`, `scheduled_official`, `assignment`. [DOC][SAMPLE]
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        timezone = self.timezone

        show_game_requests: bool | str | Unset
        if isinstance(self.show_game_requests, Unset):
            show_game_requests = UNSET
        elif isinstance(self.show_game_requests, BooleanString):
            show_game_requests = self.show_game_requests.value
        else:
            show_game_requests = self.show_game_requests

        show_unassigned_games: bool | str | Unset
        if isinstance(self.show_unassigned_games, Unset):
            show_unassigned_games = UNSET
        elif isinstance(self.show_unassigned_games, BooleanString):
            show_unassigned_games = self.show_unassigned_games.value
        else:
            show_unassigned_games = self.show_unassigned_games

        show_all_games: bool | str | Unset
        if isinstance(self.show_all_games, Unset):
            show_all_games = UNSET
        elif isinstance(self.show_all_games, BooleanString):
            show_all_games = self.show_all_games.value
        else:
            show_all_games = self.show_all_games

        show_game_reports: bool | str | Unset
        if isinstance(self.show_game_reports, Unset):
            show_game_reports = UNSET
        elif isinstance(self.show_game_reports, BooleanString):
            show_game_reports = self.show_game_reports.value
        else:
            show_game_reports = self.show_game_reports

        forms_enabled: bool | str | Unset
        if isinstance(self.forms_enabled, Unset):
            forms_enabled = UNSET
        elif isinstance(self.forms_enabled, BooleanString):
            forms_enabled = self.forms_enabled.value
        else:
            forms_enabled = self.forms_enabled

        sports: list[str] | Unset = UNSET
        if not isinstance(self.sports, Unset):
            sports = self.sports

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if show_game_requests is not UNSET:
            field_dict["show_game_requests"] = show_game_requests
        if show_unassigned_games is not UNSET:
            field_dict["show_unassigned_games"] = show_unassigned_games
        if show_all_games is not UNSET:
            field_dict["show_all_games"] = show_all_games
        if show_game_reports is not UNSET:
            field_dict["show_game_reports"] = show_game_reports
        if forms_enabled is not UNSET:
            field_dict["forms_enabled"] = forms_enabled
        if sports is not UNSET:
            field_dict["sports"] = sports
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        timezone = d.pop("timezone", UNSET)

        def _parse_show_game_requests(data: object) -> bool | BooleanString | Unset:
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

        show_game_requests = _parse_show_game_requests(d.pop("show_game_requests", UNSET))

        def _parse_show_unassigned_games(data: object) -> bool | BooleanString | Unset:
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

        show_unassigned_games = _parse_show_unassigned_games(d.pop("show_unassigned_games", UNSET))

        def _parse_show_all_games(data: object) -> bool | BooleanString | Unset:
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

        show_all_games = _parse_show_all_games(d.pop("show_all_games", UNSET))

        def _parse_show_game_reports(data: object) -> bool | BooleanString | Unset:
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

        show_game_reports = _parse_show_game_reports(d.pop("show_game_reports", UNSET))

        def _parse_forms_enabled(data: object) -> bool | BooleanString | Unset:
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

        forms_enabled = _parse_forms_enabled(d.pop("forms_enabled", UNSET))

        sports = cast(list[str], d.pop("sports", UNSET))

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

        site = cls(
            id=id,
            name=name,
            timezone=timezone,
            show_game_requests=show_game_requests,
            show_unassigned_games=show_unassigned_games,
            show_all_games=show_all_games,
            show_game_reports=show_game_reports,
            forms_enabled=forms_enabled,
            sports=sports,
            created=created,
            updated=updated,
            field_links=field_links,
        )

        site.additional_properties = d
        return site

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
