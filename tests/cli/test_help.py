"""Every command and subcommand answers --help with an example, and the CLI has no dead entries."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from dyadwatch.cli import COMMANDS, cli


def _all_commands() -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    ctx = click.Context(cli)
    for name in cli.list_commands(ctx):
        cmd = cli.get_command(ctx, name)
        out.append((name,))
        if isinstance(cmd, click.Group):
            out.extend((name, sub) for sub in cmd.list_commands(ctx))
    return out


def test_every_registered_command_loads() -> None:
    ctx = click.Context(cli)
    assert sorted(cli.list_commands(ctx)) == sorted(COMMANDS)


@pytest.mark.parametrize("path", _all_commands(), ids=" ".join)
def test_help_has_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_top_help_lists_every_command_without_loading_any() -> None:
    """`dyadwatch --help` shows each command's first sentence from COMMANDS, which must be
    the command's own, and imports no command module (start-up stays small)."""
    import subprocess
    import sys

    from click.utils import make_default_short_help

    ctx = click.Context(cli)
    for name, (_, _, sentence) in COMMANDS.items():
        cmd = cli.get_command(ctx, name)
        assert cmd is not None
        assert make_default_short_help(sentence, 200) == cmd.get_short_help_str(200), name
    code = ("import sys; from click.testing import CliRunner; from dyadwatch.cli import cli; "
            "r = CliRunner().invoke(cli, ['--help']); assert r.exit_code == 0, r.output; "
            "print(sorted(m for m in sys.modules if m.startswith('dyadwatch.cli.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
