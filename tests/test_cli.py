"""The command line, run the way a user runs it: `python -m bot` in a process of its own
where the process is what is tested (start-up errors, exit codes, the entry point), and
`main()` in this one where only what the command prints is (each process would spend its
start compiling the knowledge base again)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.cli
from bot.knowledge import DEFAULT_DIR, Knowledge

OURS = ("TELEGRAM_", "LUMBAR_")


def run(*args: str, stdin: str | None = None, env: dict | None = None):
    """`python -m bot ARGS` with no Telegram or lumbar-bot settings from the outside."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(OURS)}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
        cwd=tempfile.mkdtemp(), env=environment, timeout=180,  # no stray .env is read
    )


@pytest.fixture
def cli(kb: Knowledge, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`main(ARGS)` in this process, as `run` runs it in another: no Telegram or lumbar-bot
    settings from the outside, an empty working directory (no stray .env or data), stdin
    given, a `SystemExit` message on stderr with exit code 1. The shipped knowledge base is
    the session's, compiled once; any other directory is loaded as the command loads it."""
    real_load = bot.cli.load

    def load(directory: Path | str | None = None, **options: object) -> Knowledge:
        shipped = directory in (None, DEFAULT_DIR) and not options.get("learned")
        if shipped and options.get("emergency_number") is None:
            return kb
        return real_load(directory, **options)  # type: ignore[arg-type]

    def main(*args: str, stdin: str | None = None,
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        with monkeypatch.context() as patch:
            for name in [k for k in os.environ if k.startswith(OURS)]:
                patch.delenv(name)
            for name, value in (env or {}).items():
                patch.setenv(name, value)
            patch.setattr(bot.cli, "load", load)
            patch.setattr(sys, "stdin", io.StringIO(stdin or ""))
            workdir = Path(tempfile.mkdtemp(dir=tmp_path))
            patch.chdir(workdir)
            capsys.readouterr()
            try:
                code = bot.cli.main(list(args))
            except SystemExit as exc:
                if isinstance(exc.code, str):
                    print(exc.code, file=sys.stderr)
                code = exc.code if isinstance(exc.code, int) else 1 if exc.code else 0
            out = capsys.readouterr()
        return subprocess.CompletedProcess(["main", *args], code, out.out, out.err)

    return main


def test_ask_json_shape(cli):
    out = cli("ask", "--json", "how many reps should i do")
    assert out.returncode == 0, out.stderr
    obj = json.loads(out.stdout)
    assert set(obj) == {"kind", "id", "score", "text", "suggestions", "entry", "findings"}
    assert obj["entry"] is None  # only a warning followed by an answer names its entry
    assert obj["kind"] == "faq" and obj["id"] == "reps-and-sets"
    assert isinstance(obj["score"], float) and isinstance(obj["suggestions"], list)
    for s in obj["suggestions"]:
        assert set(s) == {"id", "title"}
    assert obj["findings"] == []


def test_ask_json_says_why_a_sign_was_or_was_not_warned(cli):
    """An editor sees each finding with its context: here the same sign, once the writer's
    and now, once a question about it, once someone else's."""
    out = cli("ask", "--json", stdin=(
        "since this morning i cant pee\n"
        "what does it mean if you cant pee?\n"
        "my dog cant pee, poor thing\n"
    ))
    assert out.returncode == 0, out.stderr
    mine, asked, dogs = (json.loads(line) for line in out.stdout.splitlines())
    assert mine["kind"] == "urgent" and mine["id"] == "cauda-equina"
    finding = next(f for f in mine["findings"] if f["flag"] == "cauda-equina")
    assert finding["reply"] == "warn" and finding["experiencer"] == "patient"
    assert finding["concepts"] and not finding["negated"] and not finding["hypothetical"]
    assert set(finding) >= {"flag", "level", "concepts", "reply", "experiencer", "negated",
                            "historical", "hypothetical", "asked", "figurative"}
    assert asked["kind"] != "urgent"
    assert any(f["flag"] == "cauda-equina" and f["reply"] == "note" for f in asked["findings"])
    assert dogs["kind"] != "urgent"
    assert any(f["flag"] == "cauda-equina" and f["experiencer"] == "animal"
               for f in dogs["findings"])


def test_ask_reads_every_line_of_stdin(cli):
    out = cli("ask", "--json", stdin="hello\nI wet myself\n\nwhat is an mri\n")
    kinds = [json.loads(line)["kind"] for line in out.stdout.splitlines()]
    assert kinds == ["chitchat", "urgent", "fallback", "faq"]


def test_ask_runs_slash_commands_like_the_bot(cli):
    out = cli("ask", "--json", stdin="/privacy\n/nonsense\n")
    ids = [json.loads(line)["id"] for line in out.stdout.splitlines()]
    assert ids == ["privacy", "help"]


def test_ask_plain_text():
    out = run("ask", "can't", "feel", "anything", "when", "I", "wipe")
    assert out.returncode == 0 and "emergency" in out.stdout.lower()


def test_check_ok_and_broken(cli, tmp_path):
    ok = cli("check")
    assert ok.returncode == 0 and "OK" in ok.stdout
    broken = tmp_path / "k"
    broken.mkdir()
    (broken / "faq.yaml").write_text("- id: [\n")
    bad = cli("check", "--knowledge", str(broken))
    assert bad.returncode == 1
    assert "faq.yaml:" in bad.stderr and "sources.yaml" in bad.stderr


def test_broken_knowledge_stops_start_up_with_a_clear_message(tmp_path):
    out = run("ask", "hi", env={"LUMBAR_BOT_KNOWLEDGE": str(tmp_path)})
    assert out.returncode != 0
    assert "Traceback" not in out.stderr and "file is missing" in out.stderr


def test_eval_table_json_and_errors(cli, tmp_path):
    tsv = tmp_path / "mini.tsv"
    tsv.write_text("how many reps\tfaq\treps-and-sets\tplain\n"
                   "I wet myself\turgent\tcauda-equina\tplain\n"
                   "pizza recipe\tfallback\t-\toos\n"
                   "what is an mri\tfaq\tbest-exercise\tplain\n")
    table = cli("eval", str(tsv), "--errors")
    assert table.returncode == 0 and "urgent_recall" in table.stdout
    assert "what is an mri" in table.stdout  # the one miss is listed
    metrics = json.loads(cli("eval", str(tsv), "--json").stdout)
    assert metrics["urgent_recall"] == 1.0 and metrics["oos_rejected"] == 1.0
    assert metrics["in_domain_top1"] == 0.5
    assert metrics["n_messages"] == 4 and metrics["chitchat"] == 1.0


def test_chat_runs_commands_and_numbers(cli):
    out = cli("chat", stdin="/routine\nstretch\n1\n/quit\n")
    assert out.returncode == 0
    assert "[1]" in out.stdout  # the clarify answer offered numbered choices


def test_no_arguments_without_token_explains_telegram_then_chats(cli):
    out = cli(stdin="hello\n")
    assert out.returncode == 0 and "BotFather" in out.stdout


def test_broken_knowledge_stops_the_telegram_bot_clearly(tmp_path):
    token = "123456:" + "A" * 35
    out = run("run", "--knowledge", str(tmp_path), env={"TELEGRAM_BOT_TOKEN": token})
    assert out.returncode != 0
    assert "Traceback" not in out.stderr and "file is missing" in out.stderr
    assert token not in out.stderr + out.stdout


def test_malformed_token_is_a_clear_error():
    out = run("run", env={"TELEGRAM_BOT_TOKEN": "not-a-token"})
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "not-a-token" not in out.stderr + out.stdout


@pytest.mark.parametrize("flag", ["--knowledge"])
def test_knowledge_option_uses_another_directory(cli, tmp_path, flag):
    import shutil

    from bot.knowledge import DEFAULT_DIR

    copy = tmp_path / "clinic"
    shutil.copytree(DEFAULT_DIR, copy)
    faq = copy / "faq.yaml"
    faq.write_text(faq.read_text().replace("id: mri\n", "id: mri\n", 1))
    text = faq.read_text()
    start = text.index("id: mri")
    ans = text.index("answer: |", start)
    faq.write_text(text[:ans] + "answer: Ask at the clinic desk about scans.\n" +
                   text[text.index("\n  source", ans) + 1:])
    out = cli("ask", flag, str(copy), "can an mri show radiculopathy")
    assert "clinic desk" in out.stdout
    # before the command too: the command's own option must not reset it to the shipped one
    before = cli(flag, str(copy), "ask", "can an mri show radiculopathy")
    assert "clinic desk" in before.stdout
    shipped = cli("ask", "can an mri show radiculopathy")
    assert "clinic desk" not in shipped.stdout


def test_stats_counts_feedback_and_shows_no_person(cli, tmp_path):
    from bot.care.store import open_store

    empty = cli("stats", env={"LUMBAR_BOT_DATA": str(tmp_path / "none")})
    assert empty.returncode != 0 and "nothing has been stored" in empty.stderr
    assert not (tmp_path / "none").exists()
    store = open_store(tmp_path / "data")
    store.record_feedback("reps-and-sets", True)
    store.record_feedback("reps-and-sets", False)
    store.record_feedback("reps-and-sets", True)
    store.close()
    out = cli("stats", env={"LUMBAR_BOT_DATA": str(tmp_path / "data")})
    assert out.returncode == 0, out.stderr
    line = next(line for line in out.stdout.splitlines() if "reps-and-sets" in line)
    assert line.split()[1:] == ["2", "/", "1"]


def test_run_with_an_unusable_store_stops_clearly(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    out = run("run", env={"TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35,
                          "LUMBAR_BOT_DATA": str(blocker / "data")})
    assert out.returncode != 0
    assert "cannot open the store" in out.stderr and "Traceback" not in out.stderr


def test_stats_and_report_show_counts_and_grouped_questions(cli, tmp_path):
    from datetime import UTC, datetime, time

    from bot.care.store import open_store

    store = open_store(tmp_path / "data")
    today = datetime.now(UTC).date()
    store.set_reminder(1, time(8), datetime.now(UTC), today)
    store.record_pain(1, today, 4)
    store.record_session(1, today)
    store.start_answer_counts(datetime.now(UTC))
    store.add_answer_counts({"faq": 7, "fallback": 2})
    for question in ("can i swim", "Can I swim?", "is pilates ok"):
        store.keep_unanswered(question, today)
    store.close()
    env = {"LUMBAR_BOT_DATA": str(tmp_path / "data")}
    stats = cli("stats", env=env)
    assert stats.returncode == 0, stats.stderr
    lines = stats.stdout.splitlines()
    assert "users with a reminder:               1" in lines
    assert "routines done in the last 7 days:    1" in lines
    assert any(line.split() == ["faq", "7"] for line in lines)
    report = cli("report", env=env)
    assert report.returncode == 0, report.stderr
    assert report.stdout.splitlines()[1].split() == ["2", "can", "i", "swim"]


def test_eval_scores_a_triage_stress_set(cli, tmp_path):
    """message <TAB> flag or none <TAB> note: recall and false alarms, with --errors naming
    the findings behind each miss or alarm."""
    stress = tmp_path / "stress.tsv"
    stress.write_text(
        "since this morning i cant pee\tcauda-equina\tplain\n"
        "my leg keeps giving way\tprogressive-weakness\tplain\n"
        "i have a fever and back pain\tserious-illness-signs\tplain\n"
        "my dog cant pee\tnone\tpet\n"
        "what is foot drop?\tnone\tasked\n"
        "i fell asleep on the sofa\tnone\tidiom\n"
        "how many reps should i do\tcauda-equina\ta miss on purpose\n",
        encoding="utf-8",
    )
    out = cli("eval", str(stress), "--json")
    assert out.returncode == 0, out.stderr
    metrics = json.loads(out.stdout)
    assert metrics["recall"] == pytest.approx(0.75)
    assert metrics["false_alarms"] == 0.0
    assert (metrics["n_flagged"], metrics["n_near_misses"]) == (4, 3)
    shown = cli("eval", str(stress), "--errors").stdout
    assert "recall" in shown and "false_alarms" in shown
    assert "line 7 missed: want cauda-equina" in shown
