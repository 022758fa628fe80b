"""Contract fuzzing: schemathesis against any server, plus the checks only this project can make.

`runner` starts a schemathesis run in a child process whose hooks (`hooks`) add the project
checks (`checks`), the API's own authentication (`auth`, `oauth1`) and the contract coverage
report (`observations`, `matrix`, `report`). `targets` says what to fuzz when no URL is given.
"""
