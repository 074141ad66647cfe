"""The docs stay honest: every command is in the README and every option has help."""

from pathlib import Path

import pytest

from tarikh.cli import EXAMPLES, build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _subparsers():
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return action.choices


@pytest.mark.parametrize("command", sorted(_subparsers()))
def test_docs_every_command_is_in_the_readme_with_an_example(command):
    assert f"tarikh {command}" in README
    assert command in EXAMPLES


@pytest.mark.parametrize("command", sorted(_subparsers()))
def test_docs_every_option_has_help(command):
    sub = _subparsers()[command]
    for action in sub._actions:
        if action.dest == "help":
            continue
        assert action.help, f"tarikh {command}: {action.dest} has no help text"


def test_docs_readme_opens_with_the_two_commands():
    head = README.split("\n\n", 2)[1]
    assert "make demo" in head and "make test" in head
