from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignment_confirmation_status import AssignmentConfirmationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignmentConfirmation")


@_attrs_define
class AssignmentConfirmation:
    """Body of `POST /assignments/{assignment_id}/confirm`. `status` may instead be given as the `status` query parameter
    (the form the `accept` / `decline` links are inferred to use), so it is not required here; one of the two must be
    present.

    """

    status: AssignmentConfirmationStatus | Unset = UNSET
    """ The official's answer to an assignment. `A` accepts, `D` declines. """
    reason: str | Unset = UNSET
    """ Optional reason for declining. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: AssignmentConfirmationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AssignmentConfirmationStatus(_status)

        reason = d.pop("reason", UNSET)

        assignment_confirmation = cls(
            status=status,
            reason=reason,
        )

        assignment_confirmation.additional_properties = d
        return assignment_confirmation

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
