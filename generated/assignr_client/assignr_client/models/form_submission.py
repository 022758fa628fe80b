from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_submission_embedded import FormSubmissionEmbedded
    from ..models.links import Links


T = TypeVar("T", bound="FormSubmission")


@_attrs_define
class FormSubmission:
    """A submitted form (e.g. a game report form) of a form template. [SAMPLE][PROD]"""

    id: int
    author_name: str | Unset = UNSET
    has_misconduct: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    has_no_show: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    has_narrative: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    has_ejections: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    home_team_score: int | None | Unset = UNSET
    away_team_score: int | None | Unset = UNSET
    attachments: list[Any] | Unset = UNSET
    """ Attachments; always empty in the recorded payload, so the item shape is unknown. """
    created: datetime.datetime | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    field_links: Links | Unset = UNSET
    """ HAL `_links`: link name to link object. Resources carry at least `self` (but the embedded officials of a
    game report can have an empty `_links`); collections carry `self` and, only when relevant, `next` and `prev`.
    Other names seen: a user's `games`, `avatar_square`, `avatar_original`, `avatar_icon`; a form submission's
    `game_report_webview`; a game-report official's `official`, `scheduled_official`, `assignment`. [DOC][SAMPLE]
    """
    field_embedded: FormSubmissionEmbedded | Unset = UNSET
    """ Objects embedded in a form submission. [SAMPLE][PROD] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author_name = self.author_name

        has_misconduct: bool | str | Unset
        if isinstance(self.has_misconduct, Unset):
            has_misconduct = UNSET
        elif isinstance(self.has_misconduct, BooleanString):
            has_misconduct = self.has_misconduct.value
        else:
            has_misconduct = self.has_misconduct

        has_no_show: bool | str | Unset
        if isinstance(self.has_no_show, Unset):
            has_no_show = UNSET
        elif isinstance(self.has_no_show, BooleanString):
            has_no_show = self.has_no_show.value
        else:
            has_no_show = self.has_no_show

        has_narrative: bool | str | Unset
        if isinstance(self.has_narrative, Unset):
            has_narrative = UNSET
        elif isinstance(self.has_narrative, BooleanString):
            has_narrative = self.has_narrative.value
        else:
            has_narrative = self.has_narrative

        has_ejections: bool | str | Unset
        if isinstance(self.has_ejections, Unset):
            has_ejections = UNSET
        elif isinstance(self.has_ejections, BooleanString):
            has_ejections = self.has_ejections.value
        else:
            has_ejections = self.has_ejections

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

        attachments: list[Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

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
        if author_name is not UNSET:
            field_dict["author_name"] = author_name
        if has_misconduct is not UNSET:
            field_dict["has_misconduct"] = has_misconduct
        if has_no_show is not UNSET:
            field_dict["has_no_show"] = has_no_show
        if has_narrative is not UNSET:
            field_dict["has_narrative"] = has_narrative
        if has_ejections is not UNSET:
            field_dict["has_ejections"] = has_ejections
        if home_team_score is not UNSET:
            field_dict["home_team_score"] = home_team_score
        if away_team_score is not UNSET:
            field_dict["away_team_score"] = away_team_score
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
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
        from ..models.form_submission_embedded import FormSubmissionEmbedded  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        author_name = d.pop("author_name", UNSET)

        def _parse_has_misconduct(data: object) -> bool | BooleanString | Unset:
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

        has_misconduct = _parse_has_misconduct(d.pop("has_misconduct", UNSET))

        def _parse_has_no_show(data: object) -> bool | BooleanString | Unset:
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

        has_no_show = _parse_has_no_show(d.pop("has_no_show", UNSET))

        def _parse_has_narrative(data: object) -> bool | BooleanString | Unset:
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

        has_narrative = _parse_has_narrative(d.pop("has_narrative", UNSET))

        def _parse_has_ejections(data: object) -> bool | BooleanString | Unset:
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

        has_ejections = _parse_has_ejections(d.pop("has_ejections", UNSET))

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

        attachments = cast(list[Any], d.pop("attachments", UNSET))

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
        field_embedded: FormSubmissionEmbedded | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = FormSubmissionEmbedded.from_dict(_field_embedded)

        form_submission = cls(
            id=id,
            author_name=author_name,
            has_misconduct=has_misconduct,
            has_no_show=has_no_show,
            has_narrative=has_narrative,
            has_ejections=has_ejections,
            home_team_score=home_team_score,
            away_team_score=away_team_score,
            attachments=attachments,
            created=created,
            updated=updated,
            field_links=field_links,
            field_embedded=field_embedded,
        )

        form_submission.additional_properties = d
        return form_submission

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
