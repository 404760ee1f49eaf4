"""Presenting an evaluation: rich tables on the terminal, Markdown, JSON and a bar chart.

Each question set builds a `Report` (tables of already formatted cells plus the raw JSON);
this module only lays it out.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

REPORTS_DIR = Path(__file__).resolve().parent / "reports"


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[str]]


@dataclass
class Report:
    name: str  # file stem under eval/reports: "own" or "ncp"
    title: str
    tables: list[Table]
    chart: dict[str, dict[str, float]]  # mode -> metric label -> value in [0, 1]
    data: dict  # the machine-readable result, written as <name>.json
    notes: list[str] = field(default_factory=list)  # how to read the tables
    errors: list[str] = field(default_factory=list)  # data that cannot be scored (shown in red)
    warnings: list[str] = field(default_factory=list)  # data worth a look (shown in yellow)


def fmt(value: float) -> str:
    return f"{value:.3f}"


def to_markdown(report: Report) -> str:
    lines = [f"# {report.title}", ""]
    if report.errors:
        lines += ["## ❌ 数据错误 (未计分)", ""] + [f"- {e}" for e in report.errors] + [""]
    if report.warnings:
        lines += ["## ⚠ 数据提示", ""] + [f"- {w}" for w in report.warnings] + [""]
    for table in report.tables:
        lines += [f"## {table.title}", "",
                  "| " + " | ".join(table.columns) + " |",
                  "| " + " | ".join("---" for _ in table.columns) + " |"]
        lines += ["| " + " | ".join(row) + " |" for row in table.rows]
        lines.append("")
    if report.notes:
        lines += ["## 说明", ""] + [f"- {n}" for n in report.notes] + [""]
    return "\n".join(lines)


def write_reports(report: Report, folder: Path = REPORTS_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    md = folder / f"{report.name}.md"
    js = folder / f"{report.name}.json"
    png = folder / f"{report.name}.png"
    md.write_text(to_markdown(report), encoding="utf-8")
    js.write_text(json.dumps(report.data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    plot(report.chart, png, report.name)
    return [md, js, png]


def print_report(report: Report) -> None:
    from rich.console import Console
    from rich.table import Table as RichTable

    console = Console(highlight=False)
    console.print(f"[bold]{report.title}[/bold]")
    for error in report.errors:
        console.print(f"[bold red]数据错误 (未计分):[/bold red] {error}")
    for warning in report.warnings:
        console.print(f"[yellow]数据提示:[/yellow] {warning}")
    for table in report.tables:
        rich_table = RichTable(title=table.title)
        for i, column in enumerate(table.columns):
            rich_table.add_column(column, justify="left" if i == 0 else "right")
        for row in table.rows:
            rich_table.add_row(*row)
        console.print(rich_table)
    for note in report.notes:
        console.print(f"[dim]{note}[/dim]")


def plot(chart: dict[str, dict[str, float]], path: Path, name: str) -> None:
    """Grouped bars: one group per metric, one bar per mode. Labels are ASCII (no CJK font)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    modes = list(chart)
    metrics = list(next(iter(chart.values()), {}))
    width = 0.8 / max(1, len(modes))
    fig, ax = plt.subplots(figsize=(7, 4))
    for i, mode in enumerate(modes):
        xs = [j + (i - (len(modes) - 1) / 2) * width for j in range(len(metrics))]
        values = [chart[mode][m] for m in metrics]
        bars = ax.bar(xs, values, width, label=mode)
        ax.bar_label(bars, labels=[f"{v:.2f}" for v in values], fontsize=7, padding=2)
    ax.set_xticks(range(len(metrics)), metrics)
    ax.set_ylim(0, 1.18)  # headroom for the legend above the bars
    ax.set_title(f"notices eval: {name} set")
    ax.legend(loc="upper center", ncol=max(1, len(modes)), frameon=False)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
