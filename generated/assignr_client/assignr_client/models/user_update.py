from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """Body of `PUT /users/{user_id}`: a partial update. Field names from one client's type (GDN); unverified. Include
    `lock_version` to get 409 instead of overwriting a newer version. Sent unwrapped (whether v2 wants `{"user": {...}}`
    is unknown).

    """

    lock_version: int | Unset = UNSET
    """ The `lock_version` read from the user. A mismatch cancels the update with 409; when omitted no check is
    made. [DOC][INFER] """
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    mi: str | Unset = UNSET
    street1: str | Unset = UNSET
    street2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    home_phone: str | Unset = UNSET
    work_phone: str | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    home_phone_is_public: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    work_phone_is_public: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    mobile_phone_is_public: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    date_of_birth: str | Unset = UNSET
    """ Format unknown. """
    official: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    assignor: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    observer: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lock_version = self.lock_version

        first_name = self.first_name

        last_name = self.last_name

        mi = self.mi

        street1 = self.street1

        street2 = self.street2

        city = self.city

        state = self.state

        postal_code = self.postal_code

        home_phone = self.home_phone

        work_phone = self.work_phone

        mobile_phone = self.mobile_phone

        home_phone_is_public: bool | str | Unset
        if isinstance(self.home_phone_is_public, Unset):
            home_phone_is_public = UNSET
        elif isinstance(self.home_phone_is_public, BooleanString):
            home_phone_is_public = self.home_phone_is_public.value
        else:
            home_phone_is_public = self.home_phone_is_public

        work_phone_is_public: bool | str | Unset
        if isinstance(self.work_phone_is_public, Unset):
            work_phone_is_public = UNSET
        elif isinstance(self.work_phone_is_public, BooleanString):
            work_phone_is_public = self.work_phone_is_public.value
        else:
            work_phone_is_public = self.work_phone_is_public

        mobile_phone_is_public: bool | str | Unset
        if isinstance(self.mobile_phone_is_public, Unset):
            mobile_phone_is_public = UNSET
        elif isinstance(self.mobile_phone_is_public, BooleanString):
            mobile_phone_is_public = self.mobile_phone_is_public.value
        else:
            mobile_phone_is_public = self.mobile_phone_is_public

        date_of_birth = self.date_of_birth

        official: bool | str | Unset
        if isinstance(self.official, Unset):
            official = UNSET
        elif isinstance(self.official, BooleanString):
            official = self.official.value
        else:
            official = self.official

        assignor: bool | str | Unset
        if isinstance(self.assignor, Unset):
            assignor = UNSET
        elif isinstance(self.assignor, BooleanString):
            assignor = self.assignor.value
        else:
            assignor = self.assignor

        observer: bool | str | Unset
        if isinstance(self.observer, Unset):
            observer = UNSET
        elif isinstance(self.observer, BooleanString):
            observer = self.observer.value
        else:
            observer = self.observer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if mi is not UNSET:
            field_dict["mi"] = mi
        if street1 is not UNSET:
            field_dict["street1"] = street1
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if home_phone is not UNSET:
            field_dict["home_phone"] = home_phone
        if work_phone is not UNSET:
            field_dict["work_phone"] = work_phone
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if home_phone_is_public is not UNSET:
            field_dict["home_phone_is_public"] = home_phone_is_public
        if work_phone_is_public is not UNSET:
            field_dict["work_phone_is_public"] = work_phone_is_public
        if mobile_phone_is_public is not UNSET:
            field_dict["mobile_phone_is_public"] = mobile_phone_is_public
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if official is not UNSET:
            field_dict["official"] = official
        if assignor is not UNSET:
            field_dict["assignor"] = assignor
        if observer is not UNSET:
            field_dict["observer"] = observer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lock_version = d.pop("lock_version", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        mi = d.pop("mi", UNSET)

        street1 = d.pop("street1", UNSET)

        street2 = d.pop("street2", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        home_phone = d.pop("home_phone", UNSET)

        work_phone = d.pop("work_phone", UNSET)

        mobile_phone = d.pop("mobile_phone", UNSET)

        def _parse_home_phone_is_public(data: object) -> bool | BooleanString | Unset:
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

        home_phone_is_public = _parse_home_phone_is_public(d.pop("home_phone_is_public", UNSET))

        def _parse_work_phone_is_public(data: object) -> bool | BooleanString | Unset:
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

        work_phone_is_public = _parse_work_phone_is_public(d.pop("work_phone_is_public", UNSET))

        def _parse_mobile_phone_is_public(data: object) -> bool | BooleanString | Unset:
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

        mobile_phone_is_public = _parse_mobile_phone_is_public(d.pop("mobile_phone_is_public", UNSET))

        date_of_birth = d.pop("date_of_birth", UNSET)

        def _parse_official(data: object) -> bool | BooleanString | Unset:
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

        official = _parse_official(d.pop("official", UNSET))

        def _parse_assignor(data: object) -> bool | BooleanString | Unset:
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

        assignor = _parse_assignor(d.pop("assignor", UNSET))

        def _parse_observer(data: object) -> bool | BooleanString | Unset:
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

        observer = _parse_observer(d.pop("observer", UNSET))

        user_update = cls(
            lock_version=lock_version,
            first_name=first_name,
            last_name=last_name,
            mi=mi,
            street1=street1,
            street2=street2,
            city=city,
            state=state,
            postal_code=postal_code,
            home_phone=home_phone,
            work_phone=work_phone,
            mobile_phone=mobile_phone,
            home_phone_is_public=home_phone_is_public,
            work_phone_is_public=work_phone_is_public,
            mobile_phone_is_public=mobile_phone_is_public,
            date_of_birth=date_of_birth,
            official=official,
            assignor=assignor,
            observer=observer,
        )

        user_update.additional_properties = d
        return user_update

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
