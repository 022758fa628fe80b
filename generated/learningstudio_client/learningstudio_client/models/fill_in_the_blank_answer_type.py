from enum import StrEnum


class FillInTheBlankAnswerType(StrEnum):
    FILLINTHEBLANK = "fillInTheBlank"

    def __str__(self) -> str:
        return str(self.value)
