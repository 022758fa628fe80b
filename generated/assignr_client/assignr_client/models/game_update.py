from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GameUpdate")


@_attrs_define
class GameUpdate:
    """Body of `PUT /games/{game_id}`: a partial update, only the fields sent change (stated for v1). Include
    `lock_version` (read from the game) to get 409 instead of overwriting a newer version. Same fields as `GameCreate`,
    unwrapped (whether v2 wants `{"game": {...}}` is unknown).

    """

    lock_version: int | Unset = UNSET
    """ The `lock_version` read from the game. When it no longer matches the stored value the update is cancelled
    with 409; when omitted no check is made. [DOC][INFER] """
    localized_date: datetime.date | Unset = UNSET
    """ Local date of the game. The format is not documented for v2; `YYYY-MM-DD` is what production clients send to
    the date filters, and a date the server cannot read cannot schedule a game, so other values are taken to get
    422. [INFER] """
    localized_time: str | Unset = UNSET
    """ Local start time, `6:00 PM` as the API displays it (or 24-hour `18:00`). Format not documented for v2; a
    time the server cannot read is taken to get 422. [SAMPLE][INFER] """
    date_time: datetime.datetime | Unset = UNSET
    """ Start as one date-time value (v1 name). Format not documented for v2; ISO 8601 as the API writes its own
    timestamps is assumed, and a value the server cannot read is taken to get 422. [INFER] """
    venue_id: int | Unset = UNSET
    venue_name: str | Unset = UNSET
    """ Venue by name (v1 semantics, find or create). """
    subvenue: str | Unset = UNSET
    home_team_id: int | Unset = UNSET
    home_team_name: str | Unset = UNSET
    """ Home team by name (v1 semantics, find or create). """
    away_team_id: int | Unset = UNSET
    away_team_name: str | Unset = UNSET
    """ Away team by name (v1 semantics, find or create). """
    age_group_id: int | Unset = UNSET
    age_group_name: str | Unset = UNSET
    """ Age group by name (v1 semantics, find or create). """
    league_id: int | Unset = UNSET
    league_name: str | Unset = UNSET
    """ League by name (v1 semantics, find or create). """
    game_type_name: str | Unset = UNSET
    pattern_name: str | Unset = UNSET
    """ Assignment pattern; must match an existing pattern exactly (v1). """
    gender_name: str | Unset = UNSET
    paid_via: str | Unset = UNSET
    """ How officials are paid for the game; values unknown. """
    status: str | Unset = UNSET
    """ Game status. v1 values: A = active, X = cancelled with pay, C = cancelled without pay. Not an enum here
    because only v1 lists the values. """
    is_public: bool | int | str | Unset = UNSET
    """ Publishes the game. A production client (form-encoded) sends `y` or `1` to publish and `0` to unpublish; v1
    used 0/1. JSON booleans are untested, so all three encodings are accepted. """
    public_note_text: str | Unset = UNSET
    private_note_text: str | Unset = UNSET
    user_defined_id: str | Unset = UNSET
    external_id: int | str | Unset = UNSET
    """ Client-defined id (a number in v1). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lock_version = self.lock_version

        localized_date: str | Unset = UNSET
        if not isinstance(self.localized_date, Unset):
            localized_date = self.localized_date.isoformat()

        localized_time = self.localized_time

        date_time: str | Unset = UNSET
        if not isinstance(self.date_time, Unset):
            date_time = self.date_time.isoformat()

        venue_id = self.venue_id

        venue_name = self.venue_name

        subvenue = self.subvenue

        home_team_id = self.home_team_id

        home_team_name = self.home_team_name

        away_team_id = self.away_team_id

        away_team_name = self.away_team_name

        age_group_id = self.age_group_id

        age_group_name = self.age_group_name

        league_id = self.league_id

        league_name = self.league_name

        game_type_name = self.game_type_name

        pattern_name = self.pattern_name

        gender_name = self.gender_name

        paid_via = self.paid_via

        status = self.status

        is_public: bool | int | str | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        public_note_text = self.public_note_text

        private_note_text = self.private_note_text

        user_defined_id = self.user_defined_id

        external_id: int | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if localized_date is not UNSET:
            field_dict["localized_date"] = localized_date
        if localized_time is not UNSET:
            field_dict["localized_time"] = localized_time
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if venue_id is not UNSET:
            field_dict["venue_id"] = venue_id
        if venue_name is not UNSET:
            field_dict["venue_name"] = venue_name
        if subvenue is not UNSET:
            field_dict["subvenue"] = subvenue
        if home_team_id is not UNSET:
            field_dict["home_team_id"] = home_team_id
        if home_team_name is not UNSET:
            field_dict["home_team_name"] = home_team_name
        if away_team_id is not UNSET:
            field_dict["away_team_id"] = away_team_id
        if away_team_name is not UNSET:
            field_dict["away_team_name"] = away_team_name
        if age_group_id is not UNSET:
            field_dict["age_group_id"] = age_group_id
        if age_group_name is not UNSET:
            field_dict["age_group_name"] = age_group_name
        if league_id is not UNSET:
            field_dict["league_id"] = league_id
        if league_name is not UNSET:
            field_dict["league_name"] = league_name
        if game_type_name is not UNSET:
            field_dict["game_type_name"] = game_type_name
        if pattern_name is not UNSET:
            field_dict["pattern_name"] = pattern_name
        if gender_name is not UNSET:
            field_dict["gender_name"] = gender_name
        if paid_via is not UNSET:
            field_dict["paid_via"] = paid_via
        if status is not UNSET:
            field_dict["status"] = status
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if public_note_text is not UNSET:
            field_dict["public_note_text"] = public_note_text
        if private_note_text is not UNSET:
            field_dict["private_note_text"] = private_note_text
        if user_defined_id is not UNSET:
            field_dict["user_defined_id"] = user_defined_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lock_version = d.pop("lock_version", UNSET)

        _localized_date = d.pop("localized_date", UNSET)
        localized_date: datetime.date | Unset
        if isinstance(_localized_date, Unset):
            localized_date = UNSET
        else:
            localized_date = datetime.date.fromisoformat(_localized_date)

        localized_time = d.pop("localized_time", UNSET)

        _date_time = d.pop("date_time", UNSET)
        date_time: datetime.datetime | Unset
        if isinstance(_date_time, Unset):
            date_time = UNSET
        else:
            date_time = datetime.datetime.fromisoformat(_date_time)

        venue_id = d.pop("venue_id", UNSET)

        venue_name = d.pop("venue_name", UNSET)

        subvenue = d.pop("subvenue", UNSET)

        home_team_id = d.pop("home_team_id", UNSET)

        home_team_name = d.pop("home_team_name", UNSET)

        away_team_id = d.pop("away_team_id", UNSET)

        away_team_name = d.pop("away_team_name", UNSET)

        age_group_id = d.pop("age_group_id", UNSET)

        age_group_name = d.pop("age_group_name", UNSET)

        league_id = d.pop("league_id", UNSET)

        league_name = d.pop("league_name", UNSET)

        game_type_name = d.pop("game_type_name", UNSET)

        pattern_name = d.pop("pattern_name", UNSET)

        gender_name = d.pop("gender_name", UNSET)

        paid_via = d.pop("paid_via", UNSET)

        status = d.pop("status", UNSET)

        def _parse_is_public(data: object) -> bool | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | str | Unset, data)

        is_public = _parse_is_public(d.pop("is_public", UNSET))

        public_note_text = d.pop("public_note_text", UNSET)

        private_note_text = d.pop("private_note_text", UNSET)

        user_defined_id = d.pop("user_defined_id", UNSET)

        def _parse_external_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        game_update = cls(
            lock_version=lock_version,
            localized_date=localized_date,
            localized_time=localized_time,
            date_time=date_time,
            venue_id=venue_id,
            venue_name=venue_name,
            subvenue=subvenue,
            home_team_id=home_team_id,
            home_team_name=home_team_name,
            away_team_id=away_team_id,
            away_team_name=away_team_name,
            age_group_id=age_group_id,
            age_group_name=age_group_name,
            league_id=league_id,
            league_name=league_name,
            game_type_name=game_type_name,
            pattern_name=pattern_name,
            gender_name=gender_name,
            paid_via=paid_via,
            status=status,
            is_public=is_public,
            public_note_text=public_note_text,
            private_note_text=private_note_text,
            user_defined_id=user_defined_id,
            external_id=external_id,
        )

        game_update.additional_properties = d
        return game_update

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
