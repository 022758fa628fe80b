"""Render the contract coverage matrix: Markdown for CI logs, a standalone HTML page, a terminal summary."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from rich.console import Console

from apicontracts.fuzz.html_template import TEMPLATE
from apicontracts.fuzz.matrix import Cell, Matrix, Row, State

MARKDOWN_NAME = "coverage.md"
HTML_NAME = "coverage.html"


def cell_text(cell: Cell | None) -> str:
    """`✓ 12`, `✗ 2/12`, `○`, `! 3` or empty: symbol first so the state reads without colour."""
    if cell is None:
        return ""
    state = cell.state
    if state is State.FAILED:
        return f"{state.symbol} {cell.failed}/{cell.responses}"
    if state in (State.PASSED, State.UNDOCUMENTED):
        return f"{state.symbol} {cell.responses}"
    return state.symbol


def reason_label(matrix: Matrix, cell: Cell | None) -> str | None:
    """`R2` for a never-reached cell the target explains (the second of `matrix.reasons`)."""
    if cell is None or cell.reason is None or cell.state is not State.UNREACHED:
        return None
    return f"R{matrix.reasons.index(cell.reason) + 1}"


def unreached_summary(matrix: Matrix) -> str:
    unreached, unexplained = len(matrix.unreached()), len(matrix.unexplained())
    return f"{unreached} never reached ({unexplained} without a reason)"


def percent(part: int, whole: int) -> str:
    return f"{100 * part // whole}%" if whole else "-"


def headline(matrix: Matrix) -> str:
    return (
        f"{len(matrix.rows)} operations · {matrix.reached}/{matrix.documented} documented status codes reached "
        f"({percent(matrix.reached, matrix.documented)}) · {unreached_summary(matrix)} · "
        f"{matrix.failing_cells} failing · {matrix.responses} responses"
    )


def legend() -> list[tuple[str, str]]:
    return [(state.symbol or "(blank)", state.meaning) for state in State]


def failure_numbers(matrix: Matrix) -> dict[tuple[str, int], int]:
    """A stable number per failing cell, so table cells can point at their details."""
    return {(row.label, code): index for index, (row, code, _) in enumerate(matrix.failures(), start=1)}


def _md_row(matrix: Matrix, row: Row, codes: list[int], numbers: dict[tuple[str, int], int]) -> str:
    cells = []
    for code in codes:
        text = cell_text(row.cells.get(code))
        number = numbers.get((row.label, code))
        reason = reason_label(matrix, row.cells.get(code))
        cells.append(f"{text} [{number}]" if number else f"{text} {reason}" if reason else text)
    totals = f"{row.reached}/{row.documented}"
    return f"| `{row.label}` {row.operation_id} | " + " | ".join(cells) + f" | {totals} | {responses(row)} |"


def responses(row: Row) -> str:
    return f"{row.responses} ({row.unanswered} unanswered)" if row.unanswered else str(row.responses)


def markdown(matrix: Matrix) -> str:
    numbers = failure_numbers(matrix)
    lines = [f"# Contract coverage: {matrix.title}", "", headline(matrix), ""]
    lines.append("Legend: " + " · ".join(f"`{symbol}` {meaning}" for symbol, meaning in legend()))
    if matrix.reasons:
        lines += ["", "`○ R1`: never reached, for reason R1 under [Never reached](#never-reached)."]
    for tag, rows in matrix.groups():
        codes = [code for code in matrix.codes if any(code in row.cells for row in rows)]
        lines += ["", f"## {tag}", ""]
        lines.append(
            "| operation | " + " | ".join(_code_header(matrix, code) for code in codes) + " | reached | responses |"
        )
        lines.append("|---|" + "---|" * len(codes) + "---|---|")
        lines += [_md_row(matrix, row, codes, numbers) for row in rows]
    lines += [
        "",
        "## Totals by status code",
        "",
        "| status | operations documenting | reached | failing |",
        "|---|---|---|---|",
    ]
    for code in matrix.codes:
        counts = (matrix.documenting(code), matrix.reaching(code), matrix.failing(code))
        lines.append(f"| {_code_header(matrix, code)} | " + " | ".join(map(str, counts)) + " |")
    lines += ["", *_md_unreached(matrix)]
    failures = matrix.failures()
    lines += ["", "## Failures", ""]
    if not failures:
        lines.append("None: every observed response passed every check.")
    for row, code, cell in failures:
        lines.append(f"### [{numbers[(row.label, code)]}] `{row.label}` → {code}")
        for failure in cell.failures:
            lines += ["", f"**{failure.check}**: {failure.title}", ""]
            if failure.message:
                lines += ["```text", failure.message, "```"]
            lines += ["```bash", failure.reproduce, "```"]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _md_unreached(matrix: Matrix) -> list[str]:
    lines = ["## Never reached", ""]
    if not matrix.unreached():
        return [*lines, "None: the run reached every documented status code."]
    if matrix.reasons:
        lines += ["| reason | cells | why |", "|---|---|---|"]
        for index, reason in enumerate(matrix.reasons, start=1):
            count = sum(cell.reason == reason for _, _, cell in matrix.unreached())
            why = reason.why.replace("|", "\\|")  # a `|` would end the table cell
            lines.append(f"| R{index} | {count} | {why} |")
        lines.append("")
    unexplained = matrix.unexplained()
    if not unexplained:
        lines.append("Every never-reached status has a reason above.")
    else:
        lines.append(f"Without a reason ({len(unexplained)}): too few examples, or a condition the run cannot create:")
        lines.append("")
        lines += [f"- `{row.label}` {row.operation_id} → {code}" for row, code in unexplained]
    return lines


def _code_header(matrix: Matrix, code: int) -> str:
    return str(code) if matrix.is_documented_code(code) else f"{code}!"


def html(matrix: Matrix) -> str:
    environment = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = environment.from_string(TEMPLATE)
    return template.render(
        matrix=matrix,
        headline=headline(matrix),
        legend=[(state.css, state.symbol, state.meaning) for state in State],
        numbers=failure_numbers(matrix),
        cell_text=cell_text,
        reason_label=reason_label,
        responses=responses,
        State=State,
    )


def write(matrix: Matrix, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / MARKDOWN_NAME, directory / HTML_NAME]
    paths[0].write_text(markdown(matrix), encoding="utf-8")
    paths[1].write_text(html(matrix), encoding="utf-8")
    return paths


def print_summary(matrix: Matrix, console: Console) -> None:
    """The headline, then one line per failing cell: operation, status, the checks that failed."""
    console.print(f"[bold]{matrix.title}[/bold]: {headline(matrix)}", highlight=False, soft_wrap=True)
    for row, code, cell in matrix.failures():
        checks = ", ".join(sorted({failure.check for failure in cell.failures}))
        console.print(
            f"  [red]✗[/red] {row.label} → {code} ({cell.failed}/{cell.responses}): {checks}",
            highlight=False,
            soft_wrap=True,
        )
    unreached, unexplained = len(matrix.unreached()), matrix.unexplained()
    if unreached:
        console.print(
            f"  [yellow]○[/yellow] {unreached} documented status codes never reached, "
            f"{unreached - len(unexplained)} of them for a reason the report gives",
            highlight=False,
            soft_wrap=True,
        )
    for row, code in unexplained:
        console.print(
            f"  [yellow]○[/yellow] {row.label} → {code}: never reached, no reason given",
            highlight=False,
            soft_wrap=True,
        )
