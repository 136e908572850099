"""Run a command on a pseudo-terminal and read what it shows (progress bars, terminal-only lines)."""

from __future__ import annotations

import os
import pty
import subprocess


def run_on_terminal(cmd: list[str], *, env: dict[str, str] | None = None,
                    timeout: float = 300) -> tuple[int, str]:
    """The command's exit status and everything it wrote to the terminal (stdout and stderr)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return proc.wait(timeout=timeout), b"".join(chunks).decode("utf-8", "replace")
