"""Every status wording of domain.md and its variants, and the ones we refuse."""

from __future__ import annotations

import pytest

from desktop.domain.status import Status, StatusError, combine_states, normalize_status

S = Status

CASES = [
    # (text, status, long_term)
    ("未启动", S.NOT_STARTED, False),
    ("未开始", S.NOT_STARTED, False),
    ("正在推进", S.IN_PROGRESS, False),
    ("正在整改", S.IN_PROGRESS, False),
    ("整改中", S.IN_PROGRESS, False),
    ("未完成，正在推进中", S.IN_PROGRESS, False),
    ("未完成,正在推进中。", S.IN_PROGRESS, False),
    ("未完成", S.IN_PROGRESS, False),
    ("基本完成", S.PARTIAL, False),
    ("部分完成", S.PARTIAL, False),
    ("取得阶段性成果", S.PARTIAL, False),
    ("除魏武大道与许开路交叉口北侧外，其他已完成", S.PARTIAL, False),
    ("除魏武大道与许开路交叉口北侧外，其他已完成。", S.PARTIAL, False),
    ("已完成", S.DONE, False),
    ("已整改", S.DONE, False),
    ("整改到位", S.DONE, False),
    ("完成整改", S.DONE, False),
    ("已销号", S.CLOSED, False),
    ("申请延期", S.POSTPONED, False),
    ("延期整改", S.POSTPONED, False),
    ("已完成，长期坚持", S.DONE, True),
    ("已完成，长期坚持。", S.DONE, True),
    ("已完成,长期坚持", S.DONE, True),
    ("已完成；持续整改", S.DONE, True),
    ("已完成，常态化推进", S.DONE, True),
    ("长期坚持", S.IN_PROGRESS, True),
    # width, spacing and traditional variants
    ("已 完 成", S.DONE, False),
    ("\u3000已完成\u3000", S.DONE, False),
    ("已完成，長期堅持", S.DONE, True),
    ("已銷號", S.CLOSED, False),
    ("正在推進", S.IN_PROGRESS, False),
    ("整改進度：已完成", S.DONE, False),
    # ticks and yes/no cells
    ("√", S.DONE, False),
    ("是", S.DONE, False),
    ("否", S.NOT_STARTED, False),
    # issue 23, class 1: the most common "not started" words, and sign-off outranking done
    ("未整改", S.NOT_STARTED, False),
    ("尚未整改", S.NOT_STARTED, False),
    ("未落实", S.NOT_STARTED, False),
    ("未整改。", S.NOT_STARTED, False),
    ("已完成，已销号", S.CLOSED, False),
    ("已完成整改，已销号", S.CLOSED, False),
    ("已完成整改,已销号。", S.CLOSED, False),
    ("已销号，已完成", S.CLOSED, False),
    ("已完成整改并已销号", S.CLOSED, False),
    ("已完成整改已销号", S.CLOSED, False),
    ("已完成，已銷號", S.CLOSED, False),
    ("已完成，已销号，长期坚持", S.CLOSED, True),
    ("已完成，申请销号", S.DONE, False),
    ("已完成，未销号", S.DONE, False),
    ("正在整改，尚未销号", S.IN_PROGRESS, False),
]

# Every word the brief's domain.md lists for a state (the vocabulary must know them).
DOMAIN_MD_WORDS = {
    S.NOT_STARTED: ("未整改", "尚未整改", "未启动", "未开始", "未落实"),
    S.IN_PROGRESS: ("正在推进", "正在整改", "整改中", "未完成，正在推进中"),
    S.PARTIAL: ("基本完成", "部分完成", "取得阶段性成果", "除东侧路段外，其他已完成"),
    S.DONE: ("已完成", "已整改", "整改到位", "完成整改"),
    S.CLOSED: ("已销号", "已完成整改，已销号"),
    S.POSTPONED: ("申请延期", "延期整改"),
}
LONG_TERM_MD_WORDS = ("长期坚持", "持续整改", "常态化")


@pytest.mark.parametrize(("text", "status", "long_term"), CASES)
def test_normalize_status_reads_every_wording(text: str, status: Status, long_term: bool) -> None:
    reading = normalize_status(text)
    assert reading.status is status
    assert reading.long_term is long_term
    assert reading.text == text.strip()


@pytest.mark.parametrize("text", ["", "   ", "好", "请领导批示", "2023年1月11日", "???"])
def test_unknown_status_names_the_accepted_words(text: str) -> None:
    with pytest.raises(StatusError) as caught:
        normalize_status(text)
    assert "已完成" in caught.value.accepted
    assert "正在推进" in caught.value.accepted


@pytest.mark.parametrize(
    ("text", "status"), [(w, s) for s, words in DOMAIN_MD_WORDS.items() for w in words]
)
def test_every_word_of_the_domain_brief_is_known(text: str, status: Status) -> None:
    assert normalize_status(text).status is status


@pytest.mark.parametrize("word", LONG_TERM_MD_WORDS)
def test_long_term_words_accompany_any_state(word: str) -> None:
    for state, words in DOMAIN_MD_WORDS.items():
        reading = normalize_status(f"{words[0]}，{word}")
        assert reading.long_term, (words[0], word)
        assert reading.status is state, (words[0], word)


def test_closed_outranks_done_but_not_unfinished_work() -> None:
    assert combine_states([S.DONE, S.CLOSED]) is S.CLOSED
    assert combine_states([S.CLOSED, S.DONE, S.DONE]) is S.CLOSED
    assert combine_states([S.DONE, S.DONE]) is S.DONE
    assert combine_states([S.CLOSED, S.IN_PROGRESS]) is S.IN_PROGRESS
    assert combine_states([S.PARTIAL, S.NOT_STARTED]) is S.NOT_STARTED


def test_extra_words_from_the_user_are_honoured() -> None:
    reading = normalize_status("搞定了", extra={"搞定了": Status.DONE})
    assert reading.status is Status.DONE


def test_is_finished() -> None:
    assert Status.DONE.is_finished
    assert Status.CLOSED.is_finished
    assert not Status.PARTIAL.is_finished
