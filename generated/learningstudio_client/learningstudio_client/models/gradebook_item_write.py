from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gradebook_item_write_gradebook_item import GradebookItemWriteGradebookItem


T = TypeVar("T", bound="GradebookItemWrite")


@_attrs_define
class GradebookItemWrite:
    """Body of PUT on a gradebook item. The API can change points possible, whether the item is included in the course
    grade, and whether it is extra credit; only `pointsPossible` has a known field name (the other two names are not
    documented, so they pass as additional properties). Envelope key inferred.

    """

    gradebook_item: GradebookItemWriteGradebookItem
    """ The settings to change. """
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
        from ..models.gradebook_item_write_gradebook_item import GradebookItemWriteGradebookItem  # noqa: PLC0415

        d = dict(src_dict)
        gradebook_item = GradebookItemWriteGradebookItem.from_dict(d.pop("gradebookItem"))

        gradebook_item_write = cls(
            gradebook_item=gradebook_item,
        )

        gradebook_item_write.additional_properties = d
        return gradebook_item_write

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
