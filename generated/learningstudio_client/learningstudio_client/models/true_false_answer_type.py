from enum import StrEnum


class TrueFalseAnswerType(StrEnum):
    TRUEFALSE = "trueFalse"

    def __str__(self) -> str:
        return str(self.value)
