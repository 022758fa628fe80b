from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_value import FormValue
    from ..models.game import Game


T = TypeVar("T", bound="FormSubmissionEmbedded")


@_attrs_define
class FormSubmissionEmbedded:
    """Objects embedded in a form submission. [SAMPLE][PROD]"""

    values: list[FormValue] | Unset = UNSET
    """ The submitted answers, flattened to dotted keys. """
    game: Game | Unset = UNSET
    """ A game. List items and `GET /games/{game_id}` share this shape; list items sometimes lack assignment
    `position` detail, so clients re-fetch the game. Team, league and similar fields are display-name strings (a
    client's guess that they can be objects is unsupported). [DOC][SAMPLE][PROD] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        game: dict[str, Any] | Unset = UNSET
        if not isinstance(self.game, Unset):
            game = self.game.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values
        if game is not UNSET:
            field_dict["game"] = game

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_value import FormValue  # noqa: PLC0415
        from ..models.game import Game  # noqa: PLC0415

        d = dict(src_dict)
        _values = d.pop("values", UNSET)
        values: list[FormValue] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = FormValue.from_dict(values_item_data)

                values.append(values_item)

        _game = d.pop("game", UNSET)
        game: Game | Unset
        if isinstance(_game, Unset):
            game = UNSET
        else:
            game = Game.from_dict(_game)

        form_submission_embedded = cls(
            values=values,
            game=game,
        )

        form_submission_embedded.additional_properties = d
        return form_submission_embedded

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
