from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assignment_embedded import AssignmentEmbedded
    from ..models.assignment_links import AssignmentLinks


T = TypeVar("T", bound="Assignment")


@_attrs_define
class Assignment:
    """An assignment: one official's slot on a game. A slot may be empty (`_embedded.official` absent). Embedded in games
    and returned by the assignment endpoints. [DOC][SAMPLE][PROD]

    """

    id: int | Unset = UNSET
    position_id: int | Unset = UNSET
    position: str | Unset = UNSET
    position_abbreviation: str | Unset = UNSET
    accepted: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    declined: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    assigned: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    sort_order: int | Unset = UNSET
    lock_version: int | Unset = UNSET
    """ Optimistic-locking counter. """
    created: datetime.datetime | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    field_links: AssignmentLinks | Unset = UNSET
    """ `_links` of an assignment: `self` (`/api/v2/assignments/{id}.json`) and, while the official has not
    responded, `accept` and `decline`. Following `accept` / `decline` accepts or declines the assignment [DOC];
    their href was cut off in the documentation excerpt. This contract models it as the `confirmAssignment` URL with
    a `status` query parameter (`/assignments/{id}/confirm?status=A` or `?status=D`), to be sent as a POST without a
    body. [INFER] """
    field_embedded: AssignmentEmbedded | Unset = UNSET
    """ Objects embedded in an assignment. [SAMPLE][PROD] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        position_id = self.position_id

        position = self.position

        position_abbreviation = self.position_abbreviation

        accepted: bool | str | Unset
        if isinstance(self.accepted, Unset):
            accepted = UNSET
        elif isinstance(self.accepted, BooleanString):
            accepted = self.accepted.value
        else:
            accepted = self.accepted

        declined: bool | str | Unset
        if isinstance(self.declined, Unset):
            declined = UNSET
        elif isinstance(self.declined, BooleanString):
            declined = self.declined.value
        else:
            declined = self.declined

        assigned: bool | str | Unset
        if isinstance(self.assigned, Unset):
            assigned = UNSET
        elif isinstance(self.assigned, BooleanString):
            assigned = self.assigned.value
        else:
            assigned = self.assigned

        sort_order = self.sort_order

        lock_version = self.lock_version

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
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if position is not UNSET:
            field_dict["position"] = position
        if position_abbreviation is not UNSET:
            field_dict["position_abbreviation"] = position_abbreviation
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if declined is not UNSET:
            field_dict["declined"] = declined
        if assigned is not UNSET:
            field_dict["assigned"] = assigned
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
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
        from ..models.assignment_embedded import AssignmentEmbedded  # noqa: PLC0415
        from ..models.assignment_links import AssignmentLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        position_id = d.pop("position_id", UNSET)

        position = d.pop("position", UNSET)

        position_abbreviation = d.pop("position_abbreviation", UNSET)

        def _parse_accepted(data: object) -> bool | BooleanString | Unset:
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

        accepted = _parse_accepted(d.pop("accepted", UNSET))

        def _parse_declined(data: object) -> bool | BooleanString | Unset:
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

        declined = _parse_declined(d.pop("declined", UNSET))

        def _parse_assigned(data: object) -> bool | BooleanString | Unset:
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

        assigned = _parse_assigned(d.pop("assigned", UNSET))

        sort_order = d.pop("sort_order", UNSET)

        lock_version = d.pop("lock_version", UNSET)

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
        field_links: AssignmentLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = AssignmentLinks.from_dict(_field_links)

        _field_embedded = d.pop("_embedded", UNSET)
        field_embedded: AssignmentEmbedded | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = AssignmentEmbedded.from_dict(_field_embedded)

        assignment = cls(
            id=id,
            position_id=position_id,
            position=position,
            position_abbreviation=position_abbreviation,
            accepted=accepted,
            declined=declined,
            assigned=assigned,
            sort_order=sort_order,
            lock_version=lock_version,
            created=created,
            updated=updated,
            field_links=field_links,
            field_embedded=field_embedded,
        )

        assignment.additional_properties = d
        return assignment

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
