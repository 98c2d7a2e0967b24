"""Cleaning a notice's text before it is read: decoding, character widths, spaces from
PDF extraction, traditional characters, page numbers, page chrome before the title, and
lines broken inside words.

Each paragraph keeps the number of the line it started on, so every problem the reader
reports can name its line.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from desktop.notice.markers import (
    PAGE_NUMBER_RE,
    Kind,
    classify,
    ends_sentence,
    is_title,
)

# --------------------------------------------------------------------------- decoding


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding that worked; ``lossy`` when some
    bytes could not be decoded at all and were replaced."""

    text: str
    encoding: str
    lossy: bool = False


def decode_bytes(data: bytes) -> Decoded:
    """Bytes of a text file to text: a byte-order mark wins; then strict UTF-8; then
    GB18030 (a superset of GBK and GB2312, what Chinese Windows saves as "ANSI")."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return Decoded(text, encoding, "\ufffd" in text)
    for encoding in ("utf-8", "gb18030"):
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    return Decoded(data.decode("gb18030", errors="replace"), "gb18030", True)


# -------------------------------------------------------------- traditional characters

# Traditional characters that never occur in simplified text, with their simplified
# forms; characters that are also valid simplified ones (乾, 著, 覆, 瞭) are left out so
# a simplified text is never changed. Pairs, space separated.
_TRADITIONAL_PAIRS = """
問问 題题 進进 況况 經经 啟启 動动 長长 堅坚 銷销 號号 請请 階阶 績绩 態态 從从 責责 單单 領领
導导 辦办 們们 實实 寬宽 達达 開开 並并 護护 與与 時时 間间 類类 別别 舉举 為为 內内 項项 門门
規规 劃划 務务 後后 處处 個个 條条 關关 應应 對对 會会 議议 據据 決决 歸归 檔档 來来 見见 給给
織织 黨党 紀纪 傳传 學学 習习 義义 點点 專专 統统 計计 稱称 歷历 屆届 擬拟 嚴严 還还 沒没 無无
認认 識识 設设 資资 產产 總总 體体 續续 發发 現现 區区 縣县 組组 視视 審审 標标 頁页 過过 結结
論论 幹干 員员 隊队 萬万 億亿 華华 電电 話话 郵邮 書书 記记 錄录 簽签 複复 強强 幫帮 際际 違违
範范 製制 機机 構构 勢势 執执 監监 檢检 驗验 證证 確确 報报 維维 穩稳 環环 節节 約约 費费 貪贪
敗败 潔洁 風风 氣气 謀谋 鄉乡 鎮镇 莊庄 級级 層层 邊边 遠远 濟济 營营 稅税 財财 預预 撥拨 帳账
賬账 貸贷 債债 險险 災灾 復复 築筑 種种 農农 業业 醫医 療疗 衛卫 藥药 師师 歲岁 糧粮 畝亩 積积
極极 輕轻 肅肃 罰罚 誡诫 談谈 評评 繳缴 損损 擔担 當当 盡尽 職职 廣广 眾众 聯联 繫系 係系 網网
絡络 訊讯 碼码 讀读 寫写 簡简 紙纸 張张 頭头 腦脑 緊紧 緒绪 線线 樣样 樂乐 齊齐 劑剂 擊击 顯显
講讲 壇坛 課课 選选 換换 團团 鬥斗 爭争 勝胜 戰战 優优 質质 準准 誌志 繼继 擴扩 補补 籌筹 協协
調调 轉转 變变 廳厅 鐵铁 車车 輛辆 運运 輸输 倉仓 庫库 難难 隱隐 灘滩 溝沟 壩坝 閘闸 澇涝 潰溃
漲涨 搶抢 滅灭 飲饮 淨净 園园 綠绿 養养 購购 買买 賣卖 價价 錢钱 額额 幣币 銀银 貨货 貿贸 藝艺
術术 觀观 歡欢 樓楼 廈厦 館馆 場场 廠厂 礦矿 遷迁 覽览 詐诈 騙骗 賭赌 黃黄 惡恶 懲惩 訴诉 訟讼
獄狱 屬属 於于 餘余 雖虽 儘尽 僅仅 幾几 許许 麼么 這这 裏里 裡里 兩两 數数 圖图 測测 繪绘 衝冲
聲声 響响 慶庆 週周 曆历 鐘钟 綜综 錯错 誤误 糾纠 滯滞 緩缓 遲迟 虛虚 偽伪 瞞瞒 臨临 躍跃 權权
負负 瀆渎 賄贿 賂赂 佔占 徵征 償偿 憑凭 獎奖 勵励 貼贴 貳贰 參参 陸陆 圓圆 鄰邻 轄辖 隸隶 僱雇
傭佣 勞劳 將将 帥帅 軍军 連连 訂订 廢废 頒颁 佈布 貫贯 徹彻 聽听 匯汇 彙汇 訪访 貧贫 脫脱 鞏巩
銜衔 興兴 緣缘 濕湿 潤润 濃浓 溫温 熱热 凍冻 涼凉 颳刮 颱台 雲云 霧雾 陰阴 陽阳 燈灯 燒烧 爐炉
煙烟 塵尘 棄弃 汙污 誰谁 該该 讓让 認认 試试 詳详 細细 據据 夠够 歸归 齡龄 齒齿 戶户 檢检 査查
據据 異异 簡简 陳陈 鄭郑 劉刘 楊杨 趙赵 吳吴 孫孙 馬马 葉叶 鄧邓 許许 蔣蒋 蘇苏 盧卢 韓韩 馮冯
於于 區区 縣县 鎮镇 並并 務务 頻频 綱纲 紐纽 紮扎 噸吨 畢毕 竟竟 雙双 觸触 讚赞 證证 驟骤 護护
註注 謹谨 禮礼 壽寿 寶宝 貴贵 順顺 須须 預预 領领 題题 額额 顧顾 風风 飛飞 養养 館馆 驅驱 驗验
體体 髮发 鬧闹 魯鲁 鮮鲜 鳥鸟 鳳凤 鴻鸿 麥麦 黨党 齊齐 龍龙 龜龟 擾扰 攔拦 攜携 擺摆 撫抚 擴扩
採采 掃扫 揚扬 換换 損损 搖摇 擁拥 擇择 擬拟 據据 擠挤 擋挡 擔担 據据 攝摄 敘叙 斂敛 斷断 於于
暢畅 曉晓 曬晒 東东 條条 棟栋 楓枫 榮荣 構构 槍枪 樁桩 樹树 橋桥 機机 檔档 櫃柜 歐欧 殘残 殺杀
殼壳 氣气 決决 沖冲 況况 減减 渦涡 測测 湯汤 滿满 漁渔 滬沪 滲渗 潛潜 澤泽 濤涛 濱滨 灣湾 爾尔
牆墙 狀状 猶犹 獨独 獲获 環环 現现 瑣琐 畫画 當当 療疗 盤盘 盡尽 睜睁 礎础 禍祸 禦御 稱称 穀谷
窮穷 競竞 筆笔 節节 範范 築筑 簽签 籃篮 糧粮 緝缉 編编 緯纬 練练 縮缩 績绩 繩绳 繳缴 罷罢 羅罗
習习 聖圣 聞闻 聯联 肅肃 脅胁 膽胆 臉脸 舊旧 艦舰 蓋盖 蔔卜 薦荐 藍蓝 蘭兰 虧亏 蟲虫 術术 衛卫
補补 裝装 製制 覺觉 親亲 觀观 討讨 訓训 託托 設设 許许 診诊 詞词 該该 誠诚 說说 課课 調调 請请
諸诸 謝谢 識识 譯译 議议 變变 讓让 貝贝 貞贞 負负 財财 責责 貨货 販贩 貫贯 貿贸 費费 資资 賓宾
賠赔 賦赋 質质 購购 賽赛 贈赠 趕赶 跡迹 踐践 蹤踪 軌轨 軟软 載载 輔辅 輪轮 辭辞 農农 遞递 遊游
運运 過过 達达 違违 遺遗 邏逻 郵邮 鄉乡 醫医 釋释 鍵键 鎖锁 鏈链 長长 門门 閉闭 開开 閒闲 間间
閱阅 闆板 隊队 階阶 際际 隨随 險险 雜杂 雞鸡 離离 電电 靈灵 靜静 響响 頂顶 項项 須须 頑顽 預预
領领 頻频 顆颗 類类 顯显 飯饭 飾饰 餘余 騰腾 驚惊 鬆松 齡龄
"""


def _traditional_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for pair in _TRADITIONAL_PAIRS.split():
        traditional, simplified = pair[0], pair[1]
        if traditional != simplified:
            table[ord(traditional)] = simplified
    return table


_TRADITIONAL = _traditional_table()


def simplify(text: str) -> str:
    """Traditional characters (``問題``, ``整改進度``) to simplified ones; a text in
    simplified characters comes back unchanged."""
    return text.translate(_TRADITIONAL)


# ----------------------------------------------------------------- characters, widths

_WIDE_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·－～"


def _is_cjk(ch: str) -> bool:
    if len(ch) != 1:
        return False
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2FFFF
        or 0xF900 <= code <= 0xFAFF
        or 0x3000 <= code <= 0x303F
    )


def _is_wide(ch: str) -> bool:
    return len(ch) == 1 and (_is_cjk(ch) or ch in _WIDE_PUNCT)


def _fold_char(ch: str) -> str:
    code = ord(ch)
    # Full-width digits, letters, % and the full-width full stop used in numbers.
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if ch in "％＠＿＋＝／＆＃":
        return chr(code - 0xFEE0)
    # Kangxi radicals and CJK radical supplements that PDF extraction leaves for the
    # look-alike ideographs (⼀ for 一).
    if 0x2E80 <= code <= 0x2FDF:
        return unicodedata.normalize("NFKC", ch)
    if ch in "\u3000\u00a0\t\u2002\u2003\u2009\u200b\ufeff":
        return " " if ch not in "\u200b\ufeff" else ""
    return ch


_FOLD_TABLE: dict[int, str] = {}


def _fold(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            out.append(ch)
            continue
        folded = _FOLD_TABLE.get(code)
        if folded is None:
            folded = _fold_char(ch)
            _FOLD_TABLE[code] = folded
        out.append(folded)
    return "".join(out)


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest non-space character from ``index`` in direction ``step``."""
    i = index + step
    while 0 <= i < len(text) and text[i] == " ":
        i += step
    return text[i] if 0 <= i < len(text) else ""


_ASCII_TO_WIDE = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_PAREN_RE = re.compile(r"\(([^()\n]{0,60})\)")
_SPACES_RE = re.compile(r" +")


def _widen_punctuation(text: str) -> str:
    """ASCII punctuation in Chinese context to its full-width form (``问题7:`` →
    ``问题7：``); kept in numbers (``1,400``, ``10:30``) and in Latin text (URLs)."""

    def paren(match: re.Match[str]) -> str:
        inner = match.group(1)
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        chinese = any(_is_wide(c) for c in inner) or _is_wide(before) or _is_wide(after)
        numbered = bool(re.fullmatch(r"\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*", inner))
        if chinese or numbered:
            return f"（{inner.strip() if numbered else inner}）"
        return match.group(0)

    text = _PAREN_RE.sub(paren, text)
    chars = list(text)
    for i, ch in enumerate(chars):
        wide = _ASCII_TO_WIDE.get(ch)
        if wide is None:
            continue
        left, right = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if ch in ",:" and left.isdigit() and right.isdigit():
            continue
        if _is_wide(left) or _is_wide(right):
            chars[i] = wide
    return "".join(chars)


def _squash_spaces(text: str) -> str:
    """Drop the spaces PDF extraction puts between Chinese characters and around
    numbers (``2021 年 8 月 26 日``, ``下属 2 个党支部``, ``问题 2：``); keep those
    between Latin words and between Chinese and Latin words (``电子邮箱 a@b.cn``)."""

    def keep(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        left = text[start - 1] if start > 0 else ""
        right = text[end] if end < len(text) else ""
        if not left or not right:
            return ""
        if _is_wide(left) and (_is_wide(right) or right.isdigit()):
            return ""
        if left.isdigit() and (_is_wide(right) or right in "%."):
            return ""
        if left in _WIDE_PUNCT or right in _WIDE_PUNCT:
            return ""
        return " "

    return _SPACES_RE.sub(keep, text)


def normalize_line(line: str) -> str:
    """One line cleaned: widths folded, spaces squashed, punctuation widened,
    traditional characters simplified, outer spaces stripped."""
    text = _fold(line)
    text = _SPACES_RE.sub(" ", text).strip()
    text = _squash_spaces(text)
    text = _widen_punctuation(text)
    text = _squash_spaces(text)
    text = text.replace("．", ".") if re.search(r"\d．\d", text) else text
    return simplify(text)


# ------------------------------------------------------------------ page chrome, joining


@dataclass(slots=True)
class Paragraph:
    """A cleaned paragraph and the (1-based) line of the source where it starts."""

    text: str
    line: int


CHROME_RE = re.compile(
    r"^(?:索引号|发布机构|发文机关|发文机构|发布单位|信息来源|来源|作者|编辑|责任编辑|审核|成文日期|"
    r"发布日期|发布时间|公开日期|生成日期|浏览量|浏览次数|阅读量|阅读次数|点击量|点击数|访问量|"
    r"主题分类|分类|文号|发文字号|有效性|公开方式|公开范围|您当前所在位置|当前位置|您的位置|"
    r"所在位置|首页|字号|打印|关闭|分享到|分享|扫一扫|【|\[|〖)"
    r"|(?:>|》|＞|→).*(?:>|＞|→)|(?:^|\s)(?:大|中|小)\s*(?:大|中|小)\s*(?:大|中|小)?$"
    r"|^(?:打印本页|关闭窗口|返回顶部|上一篇|下一篇)"
)


def is_chrome(line: str) -> bool:
    """Whether a line is web-page chrome (index numbers, 发布机构, 浏览量, breadcrumbs,
    font-size and print links) rather than part of the notice."""
    return bool(CHROME_RE.search(line)) and "。" not in line


def is_page_number(line: str) -> bool:
    """A page number left by PDF extraction (``— 3 —``, ``- 3 -``, ``3``, ``第3页``)."""
    return bool(PAGE_NUMBER_RE.match(line))


def clean_lines(text: str) -> list[Paragraph]:
    """Every non-empty line of ``text`` cleaned, with its line number; page numbers
    dropped."""
    out: list[Paragraph] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    for number, raw in enumerate(text.split("\n"), start=1):
        line = normalize_line(raw)
        if line and not is_page_number(line):
            out.append(Paragraph(line, number))
    return out


_ORG_END_RE = re.compile(
    r"(?:委|组|局|党组|党委|工委|政府|办公室|公司|院|会|厅|部|办|所|中心|站|处)$"
)


def display_width(text: str) -> float:
    """Width in Chinese characters: Latin letters, digits and ASCII punctuation count
    half."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def line_width(lines: list[Paragraph]) -> float | None:
    """The width of a text's full lines when it was extracted from fixed-width pages
    (PDF: every line of a paragraph but the last has about the same width); None when
    the text has no such width (paragraphs on one line each, as web pages give)."""
    widths = [round(display_width(p.text)) for p in lines if display_width(p.text) >= 12]
    if len(widths) < 5:
        return None
    counts = Counter(widths)
    mode, _ = counts.most_common(1)[0]
    near = sum(n for w, n in counts.items() if abs(w - mode) <= 1)
    if near < 5 or near < 0.5 * len(widths):
        return None
    return float(max(w for w in counts if abs(w - mode) <= 1))


def _complete_line(line: str) -> bool:
    """A short line that stands on its own even without a full stop: a heading
    (``一、…方面``) or a status line (``整改进度：已完成``)."""
    marker = classify(line)
    if marker.kind in (Kind.H1, Kind.H2, Kind.H3, Kind.H4):
        return len(line) <= 40 and not re.search(r"[。；;，,]", line[marker.end :])
    if marker.kind is Kind.STATUS:
        content = line[marker.end :]
        return len(content) <= 30 and "。" not in content
    return False


def should_join(
    previous: str, line: str, full_width: float | None = None, last_line: str | None = None
) -> bool:
    """Whether ``line`` continues ``previous`` (a hard break inside a sentence, as PDF
    pages leave them: ``深化`` / ``防灾减灾``): the previous line does not end its
    sentence and is not a title, and this one does not begin a heading, an issue, a
    status line, a measure, a date, a contact line or the closing. On fixed-width
    pages (``full_width``) a line that ends short of the width ended its paragraph;
    otherwise a short heading or status line does. ``last_line`` is the last physical
    line of ``previous`` when that paragraph was already joined from several."""
    if ends_sentence(previous) or is_title(previous):
        return False
    if classify(previous).kind in (Kind.DATE, Kind.CONTACT):
        return False
    if classify(line).kind is not Kind.PLAIN or is_title(line):
        return False
    if full_width is not None:
        return display_width(last_line or previous) >= full_width - 2
    return not _complete_line(previous)


def join_broken_lines(lines: list[Paragraph]) -> list[Paragraph]:
    """Paragraphs from lines: a line broken inside a sentence is joined to the next."""
    full = line_width(lines)
    out: list[Paragraph] = []
    last = ""
    for item in lines:
        if out and should_join(out[-1].text, item.text, full, last):
            out[-1].text += item.text
        else:
            out.append(Paragraph(item.text, item.line))
        last = item.text
    return out


@dataclass(slots=True)
class CleanText:
    """A notice's text after cleaning: the title (possibly empty), the line it is on,
    the paragraphs after it, and how many lines of page chrome were dropped."""

    title: str
    title_line: int | None
    paragraphs: list[Paragraph]
    chrome_lines: int = 0


_OPENING_RE = re.compile(r"^(?:根据|按照|为|经|依据|\d{4}年\d{1,2}月)")


def _title_index(lines: list[Paragraph]) -> int | None:
    """The index of the title: the last title-like line before the opening formula or
    the first body line (the title may appear twice, once in the page chrome)."""
    limit = len(lines)
    for i, item in enumerate(lines[:80]):
        if (_OPENING_RE.match(item.text) and "。" in item.text) or classify(item.text).kind in (
            Kind.ISSUE,
            Kind.H1,
        ):
            limit = i
            break
    found: int | None = None
    for i in range(min(limit, 80)):
        text = lines[i].text
        if is_title(text) and not is_chrome(text):
            found = i
            if i + 1 < limit and lines[i + 1].text == text:
                continue
    return found


def split_title(lines: list[Paragraph]) -> CleanText:
    """Drop the page chrome before the title and find the title; a title split over
    two lines (the issuer, then ``关于…的通报``) is put back together."""
    index = _title_index(lines)
    if index is None:
        start = 0
        while start < len(lines) and is_chrome(lines[start].text):
            start += 1
        rest = lines[start:]
        if rest and not ends_sentence(rest[0].text) and len(rest[0].text) <= 60:
            first = rest[0]
            if classify(first.text).kind is Kind.PLAIN and not _OPENING_RE.match(first.text):
                return CleanText(first.text, first.line, rest[1:], start)
        return CleanText("", None, rest, start)
    title = lines[index]
    text, line, first_dropped = title.text, title.line, index
    # A long title wraps (PDF): the lines before it that hold its start, up to the one
    # with 关于; or the issuer on a line of its own before "关于…的通报".
    for back in range(1, 4):
        if index - back < 0:
            break
        before = lines[index - back]
        if is_chrome(before.text) or ends_sentence(before.text) or len(before.text) > 60:
            break
        joined = "".join(p.text for p in lines[index - back : index]) + text
        if "关于" in before.text and "关于" not in text:
            text, line, first_dropped = joined, before.line, index - back
            break
        if (
            back == 1
            and text.startswith("关于")
            and len(before.text) <= 40
            and _ORG_END_RE.search(before.text)
            and not text.startswith(before.text)
        ):
            text, line, first_dropped = joined, before.line, index - 1
            break
    rest = lines[index + 1 :]
    # A repeated title right after the first one (web pages print it twice).
    while rest and rest[0].text in (text, title.text):
        rest = rest[1:]
    return CleanText(text, line, rest, first_dropped)


def clean_notice(text: str) -> CleanText:
    """The whole cleaning: lines, chrome and title, then joined paragraphs."""
    lines = clean_lines(text)
    found = split_title(lines)
    found.paragraphs = join_broken_lines(found.paragraphs)
    return found
