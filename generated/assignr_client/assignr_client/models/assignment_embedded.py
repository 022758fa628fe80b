from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fee import Fee
    from ..models.official import Official


T = TypeVar("T", bound="AssignmentEmbedded")


@_attrs_define
class AssignmentEmbedded:
    """Objects embedded in an assignment. [SAMPLE][PROD]"""

    official: Official | Unset = UNSET
    """ The official filling an assignment (`_embedded.official`); absent when the slot is unfilled. Its `id` is a
    user id (`GET /users/{user_id}`). [SAMPLE][PROD] """
    fees: list[Fee] | Unset = UNSET
    """ Fees for the slot. Present only on the caller's own assignments (e.g. in `GET /current_account/games`).
    [PROD] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        official: dict[str, Any] | Unset = UNSET
        if not isinstance(self.official, Unset):
            official = self.official.to_dict()

        fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = []
            for fees_item_data in self.fees:
                fees_item = fees_item_data.to_dict()
                fees.append(fees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if official is not UNSET:
            field_dict["official"] = official
        if fees is not UNSET:
            field_dict["fees"] = fees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fee import Fee  # noqa: PLC0415
        from ..models.official import Official  # noqa: PLC0415

        d = dict(src_dict)
        _official = d.pop("official", UNSET)
        official: Official | Unset
        if isinstance(_official, Unset):
            official = UNSET
        else:
            official = Official.from_dict(_official)

        _fees = d.pop("fees", UNSET)
        fees: list[Fee] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = Fee.from_dict(fees_item_data)

                fees.append(fees_item)

        assignment_embedded = cls(
            official=official,
            fees=fees,
        )

        assignment_embedded.additional_properties = d
        return assignment_embedded

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
