from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormValue")


@_attrs_define
class FormValue:
    """One answer of a form submission. Every value is a string, including "null", "false" and numbers. Upload fields are
    flattened into several keys. [SAMPLE]

    """

    key: str
    """ Dotted path of the field, e.g. `.officials.0.name`. """
    label: str
    value: str
    template_key: str | Unset = UNSET
    """ The field's key in the template; absent for upload sub-fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        value = self.value

        template_key = self.template_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
                "value": value,
            }
        )
        if template_key is not UNSET:
            field_dict["template_key"] = template_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        value = d.pop("value")

        template_key = d.pop("template_key", UNSET)

        form_value = cls(
            key=key,
            label=label,
            value=value,
            template_key=template_key,
        )

        form_value.additional_properties = d
        return form_value

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
