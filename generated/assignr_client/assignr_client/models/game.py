from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.game_embedded import GameEmbedded
    from ..models.links import Links


T = TypeVar("T", bound="Game")


@_attrs_define
class Game:
    """A game. List items and `GET /games/{game_id}` share this shape; list items sometimes lack assignment `position`
    detail, so clients re-fetch the game. Team, league and similar fields are display-name strings (a client's guess
    that they can be objects is unsupported). [DOC][SAMPLE][PROD]

    """

    id: int
    start_time: datetime.datetime | Unset = UNSET
    """ ISO 8601 with milliseconds and the site's UTC offset. """
    end_time: datetime.datetime | Unset = UNSET
    localized_date: str | Unset = UNSET
    localized_time: str | Unset = UNSET
    localized_end_time: None | str | Unset = UNSET
    """ Often null. """
    age_group: None | str | Unset = UNSET
    home_team: None | str | Unset = UNSET
    away_team: None | str | Unset = UNSET
    game_type: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    league: None | str | Unset = UNSET
    pattern: None | str | Unset = UNSET
    """ Name of the assignment pattern (the set of positions). """
    status: str | Unset = UNSET
    """ Game status. `A` in the documentation example; v1 used A = active, X = cancelled with pay, C = cancelled
    without pay. Not an enum here because only v1 lists the values. """
    cancelled: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    published: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    user_defined_id: None | str | Unset = UNSET
    external_id: int | None | str | Unset = UNSET
    """ Client-defined id; null in the documentation example, a number in v1. """
    lock_version: int | Unset = UNSET
    """ Optimistic-locking counter; send it back on PUT to get 409 on a stale write. """
    subvenue: None | str | Unset = UNSET
    """ Field or court within the venue; may be absent. """
    public_note: None | str | Unset = UNSET
    public_note_html: None | str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    field_links: Links | Unset = UNSET
    """ HAL `_links`: link name to link object. Resources carry at least `self` (but the embedded officials of a
    game report can have an empty `_links`); collections carry `self` and, only when relevant, `next` and `prev`.
    Other names seen: a user's `games`, `avatar_square`, `avatar_original`, `avatar_icon`; a form submission's
    `game_report_webview`; a game-report official's `official`, `scheduled_official`, `assignment`. [DOC][SAMPLE]
    """
    field_embedded: GameEmbedded | Unset = UNSET
    """ Objects embedded in a game. `venue`, `site`, `assignor` and `assignments` are usually present; `zone` only
    sometimes. [DOC][SAMPLE] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        localized_date = self.localized_date

        localized_time = self.localized_time

        localized_end_time: None | str | Unset
        if isinstance(self.localized_end_time, Unset):
            localized_end_time = UNSET
        else:
            localized_end_time = self.localized_end_time

        age_group: None | str | Unset
        if isinstance(self.age_group, Unset):
            age_group = UNSET
        else:
            age_group = self.age_group

        home_team: None | str | Unset
        if isinstance(self.home_team, Unset):
            home_team = UNSET
        else:
            home_team = self.home_team

        away_team: None | str | Unset
        if isinstance(self.away_team, Unset):
            away_team = UNSET
        else:
            away_team = self.away_team

        game_type: None | str | Unset
        if isinstance(self.game_type, Unset):
            game_type = UNSET
        else:
            game_type = self.game_type

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        league: None | str | Unset
        if isinstance(self.league, Unset):
            league = UNSET
        else:
            league = self.league

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        status = self.status

        cancelled: bool | str | Unset
        if isinstance(self.cancelled, Unset):
            cancelled = UNSET
        elif isinstance(self.cancelled, BooleanString):
            cancelled = self.cancelled.value
        else:
            cancelled = self.cancelled

        published: bool | str | Unset
        if isinstance(self.published, Unset):
            published = UNSET
        elif isinstance(self.published, BooleanString):
            published = self.published.value
        else:
            published = self.published

        user_defined_id: None | str | Unset
        if isinstance(self.user_defined_id, Unset):
            user_defined_id = UNSET
        else:
            user_defined_id = self.user_defined_id

        external_id: int | None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        lock_version = self.lock_version

        subvenue: None | str | Unset
        if isinstance(self.subvenue, Unset):
            subvenue = UNSET
        else:
            subvenue = self.subvenue

        public_note: None | str | Unset
        if isinstance(self.public_note, Unset):
            public_note = UNSET
        else:
            public_note = self.public_note

        public_note_html: None | str | Unset
        if isinstance(self.public_note_html, Unset):
            public_note_html = UNSET
        else:
            public_note_html = self.public_note_html

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
        field_dict.update(
            {
                "id": id,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if localized_date is not UNSET:
            field_dict["localized_date"] = localized_date
        if localized_time is not UNSET:
            field_dict["localized_time"] = localized_time
        if localized_end_time is not UNSET:
            field_dict["localized_end_time"] = localized_end_time
        if age_group is not UNSET:
            field_dict["age_group"] = age_group
        if home_team is not UNSET:
            field_dict["home_team"] = home_team
        if away_team is not UNSET:
            field_dict["away_team"] = away_team
        if game_type is not UNSET:
            field_dict["game_type"] = game_type
        if gender is not UNSET:
            field_dict["gender"] = gender
        if league is not UNSET:
            field_dict["league"] = league
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if status is not UNSET:
            field_dict["status"] = status
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if published is not UNSET:
            field_dict["published"] = published
        if user_defined_id is not UNSET:
            field_dict["user_defined_id"] = user_defined_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if subvenue is not UNSET:
            field_dict["subvenue"] = subvenue
        if public_note is not UNSET:
            field_dict["public_note"] = public_note
        if public_note_html is not UNSET:
            field_dict["public_note_html"] = public_note_html
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
        from ..models.game_embedded import GameEmbedded  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        localized_date = d.pop("localized_date", UNSET)

        localized_time = d.pop("localized_time", UNSET)

        def _parse_localized_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        localized_end_time = _parse_localized_end_time(d.pop("localized_end_time", UNSET))

        def _parse_age_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        age_group = _parse_age_group(d.pop("age_group", UNSET))

        def _parse_home_team(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        home_team = _parse_home_team(d.pop("home_team", UNSET))

        def _parse_away_team(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        away_team = _parse_away_team(d.pop("away_team", UNSET))

        def _parse_game_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        game_type = _parse_game_type(d.pop("game_type", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_league(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        league = _parse_league(d.pop("league", UNSET))

        def _parse_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern = _parse_pattern(d.pop("pattern", UNSET))

        status = d.pop("status", UNSET)

        def _parse_cancelled(data: object) -> bool | BooleanString | Unset:
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

        cancelled = _parse_cancelled(d.pop("cancelled", UNSET))

        def _parse_published(data: object) -> bool | BooleanString | Unset:
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

        published = _parse_published(d.pop("published", UNSET))

        def _parse_user_defined_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_defined_id = _parse_user_defined_id(d.pop("user_defined_id", UNSET))

        def _parse_external_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        lock_version = d.pop("lock_version", UNSET)

        def _parse_subvenue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subvenue = _parse_subvenue(d.pop("subvenue", UNSET))

        def _parse_public_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_note = _parse_public_note(d.pop("public_note", UNSET))

        def _parse_public_note_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_note_html = _parse_public_note_html(d.pop("public_note_html", UNSET))

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
        field_embedded: GameEmbedded | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = GameEmbedded.from_dict(_field_embedded)

        game = cls(
            id=id,
            start_time=start_time,
            end_time=end_time,
            localized_date=localized_date,
            localized_time=localized_time,
            localized_end_time=localized_end_time,
            age_group=age_group,
            home_team=home_team,
            away_team=away_team,
            game_type=game_type,
            gender=gender,
            league=league,
            pattern=pattern,
            status=status,
            cancelled=cancelled,
            published=published,
            user_defined_id=user_defined_id,
            external_id=external_id,
            lock_version=lock_version,
            subvenue=subvenue,
            public_note=public_note,
            public_note_html=public_note_html,
            created=created,
            updated=updated,
            field_links=field_links,
            field_embedded=field_embedded,
        )

        game.additional_properties = d
        return game

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
