from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gradebook_item import GradebookItem


T = TypeVar("T", bound="GradebookItemEnvelope")


@_attrs_define
class GradebookItemEnvelope:
    """One gradebook item under the singular key `gradebookItem`."""

    gradebook_item: GradebookItem
    """ A column of the course gradebook. Ids are GUIDs. Items are created in the LearningStudio user interface (or
    as custom items); the API can only update some settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gradebook_item = self.gradebook_item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gradebookItem": gradebook_item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gradebook_item import GradebookItem  # noqa: PLC0415

        d = dict(src_dict)
        gradebook_item = GradebookItem.from_dict(d.pop("gradebookItem"))

        gradebook_item_envelope = cls(
            gradebook_item=gradebook_item,
        )

        gradebook_item_envelope.additional_properties = d
        return gradebook_item_envelope

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
