from enum import StrEnum


class AssignmentConfirmationStatus(StrEnum):
    A = "A"
    D = "D"

    def __str__(self) -> str:
        return str(self.value)
