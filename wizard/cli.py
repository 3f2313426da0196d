"""Command-line arguments of main.py. Subcommands (no GUI) register here in one line each.

To add a subcommand: create a module with

    HELP = "one line for --help"
    def add_arguments(parser: argparse.ArgumentParser) -> None: ...
    def run(args: argparse.Namespace) -> int: ...   # the exit code

and add `"name": "wizard.commands.name"` to SUBCOMMANDS. Modules are imported only when
--help is built or their subcommand runs, so the GUI start stays fast. `args.data_dir` and
`args.lang` are available to every subcommand.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
from collections.abc import Sequence
from types import ModuleType

LANG_CHOICES = ("id", "en")
SUBCOMMANDS: dict[str, str] = {
    "import": "wizard.commands.import_cmd",
    "sync": "wizard.commands.sync_cmd",
}


def _available(module_name: str) -> bool:
    try:
        return importlib.util.find_spec(module_name) is not None
    except ModuleNotFoundError:
        return False


def build_parser(with_subcommands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jdid-wizard",
        description="JD.ID Setup Wizard: connect a JD.ID store to your inventory.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep every file of the app under DIR (also: environment variable JDID_WIZARD_HOME)",
    )
    parser.add_argument(
        "--lang",
        choices=LANG_CHOICES,
        help="language: id (Bahasa Indonesia) or en (English); default: the system's",
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="start in practice mode, with the built-in practice platform",
    )
    parser.add_argument(
        "--profile",
        metavar="FILE.json",
        help="for support staff: the real platform's addresses (oauth_base, gateway_base, "
        "callback_url) from FILE.json; remembered until another is chosen (see README)",
    )
    parser.add_argument(
        "--export-guide",
        metavar="FILE.pdf",
        help="write the printable step-by-step guide to FILE.pdf and exit",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this computer can run the wizard (libraries, translations, pictures, "
        "the login page) and exit: 0 when all is fine",
    )
    if with_subcommands:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name, module_name in SUBCOMMANDS.items():
            if not _available(module_name):
                continue
            module = importlib.import_module(module_name)
            sub_parser = sub.add_parser(name, help=getattr(module, "HELP", None))
            module.add_arguments(sub_parser)
            sub_parser.set_defaults(_module=module_name)
    return parser


# The window's plain start (`main.py`, a shortcut's `--lang id`, support's `--data-dir DIR`):
# read without building argparse's parser, which costs the first paint a few ms. Anything
# else (help, subcommands, mistakes, `--opt=value`, abbreviations) goes to argparse, whose
# answer for these forms is the same (tests/ui/test_app.py holds the two side by side).
PLAIN_VALUES: dict[str, tuple[str, ...] | None] = {  # option -> its choices (None: any)
    "--data-dir": None,
    "--lang": LANG_CHOICES,
    "--profile": None,
    "--export-guide": None,
}
PLAIN_FLAGS = ("--sandbox", "--self-test")


def plain_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """argv's Namespace if it holds only plain options (each `--name value` or a flag),
    else None (argparse then parses it, and says what is wrong)."""
    values: dict[str, object] = {_dest(opt): None for opt in PLAIN_VALUES}
    values.update({_dest(opt): False for opt in PLAIN_FLAGS})
    args = iter(argv)
    for arg in args:
        if arg in PLAIN_FLAGS:
            values[_dest(arg)] = True
            continue
        if arg not in PLAIN_VALUES:
            return None
        value = next(args, None)
        choices = PLAIN_VALUES[arg]
        if value is None or value.startswith("-") or (choices and value not in choices):
            return None
        values[_dest(arg)] = value
    return argparse.Namespace(command=None, **values)


def _dest(option: str) -> str:
    return option[2:].replace("-", "_")  # argparse's name for it: --data-dir -> data_dir


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse argv. Subcommand modules are imported only when argv names one (or asks help)."""
    argv = list(argv or [])
    plain = plain_args(argv)
    if plain is not None:
        return plain
    wants_sub = any(a in SUBCOMMANDS for a in argv) or any(a in ("-h", "--help") for a in argv)
    args = build_parser(with_subcommands=wants_sub).parse_args(argv)
    if not hasattr(args, "command"):
        args.command = None
    return args


def subcommand_module(args: argparse.Namespace) -> ModuleType | None:
    module_name = getattr(args, "_module", None)
    return importlib.import_module(module_name) if module_name else None
