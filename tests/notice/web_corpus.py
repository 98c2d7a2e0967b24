"""The notice corpus as websites publish it: each ``tests/notice/corpus`` notice saved
from a government website's page (Ctrl+S), into ``tests/notice/corpus_web``.

The page is what such sites serve: a header with the site's name and its menu, a
search box and a script, the breadcrumb (您当前所在位置), the article's title in an
``<h1>``, a line of facts (发布时间、来源、字号), the notice a paragraph a ``<p>``
(some with ``<br>`` inside, some with ``&nbsp;`` indents and ``<span>`` styling),
then 打印本页/关闭窗口, the related links and the footer (主办单位、ICP 备案). Every
other page is GB2312, as older sites are; every fourth is saved as a .mht instead.
Each reads as the text's own ``.expected.json`` says (``test_web_notices.py``).

Run ``python -m tests.notice.web_corpus`` to rebuild; the files are committed.
"""

from __future__ import annotations

import html
import quopri
import shutil
import sys
from pathlib import Path

from desktop.notice.clean import decode_bytes

CORPUS = Path(__file__).resolve().parent / "corpus"
WEB = Path(__file__).resolve().parent / "corpus_web"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{title}_某县人民政府</title>
<link rel="stylesheet" href="../css/style.css" />
<style>.nav li {{ float: left; }} p {{ text-indent: 2em; }}</style>
<script type="text/javascript">var _hmt = _hmt || []; document.write("<p>统计</p>");</script>
</head>
<body>
<div class="top"><div class="logo"><img src="logo.png" alt="某县人民政府" /></div>
<form action="/search"><input type="text" name="q" value="请输入关键字" />
<input type="submit" value="搜索" /></form></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/xczg">巡察整改</a></li><li><a href="/hdjl">互动交流</a></li></ul>
<div class="position">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a>
 &gt; 巡察整改</div>
<div class="article">
<h1 class="title">{title}</h1>
<div class="info">发布时间：2023-09-15 16:20&nbsp;&nbsp;来源：本站&nbsp;&nbsp;
【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content" id="zoom">
"""
TAIL = """</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】
【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="#">县委巡察办</a></li></ul></div>
<div class="footer"><p>主办单位：某县人民政府办公室&nbsp;&nbsp;承办：某县大数据中心</p>
<p>网站标识码：1234000001&nbsp;&nbsp;<a href="#">豫ICP备12345678号</a></p></div>
</body>
</html>
"""


def page(text: str, charset: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = lines[0] if lines else ""
    body = []
    for i, line in enumerate(lines[1:]):
        escaped = html.escape(line, quote=False)
        if i % 7 == 3:
            # A paragraph as an editor's paste leaves it: indented with spaces,
            # styled, its line broken where the editor broke it.
            half = len(escaped) // 2
            body.append(
                f'<p style="text-indent:2em"><span style="font-family:仿宋_GB2312">'
                f"&nbsp;&nbsp;{escaped[:half]}</span><span>{escaped[half:]}</span></p>"
            )
        else:
            body.append(f"<p>{escaped}</p>")
    return HEAD.format(charset=charset, title=html.escape(title)) + "\n".join(body) + TAIL


def mht(text: str, name: str) -> bytes:
    boundary = "----=_NextPart_000_0000_01D9E7A1.2B3C4D50"
    body = quopri.encodestring(page(text, "gb2312").encode("gb18030")).decode("ascii")
    return (
        "From: <由 Windows Internet Explorer 保存>\r\n"
        "Subject: notice\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"\r\n'
        "\r\n"
        f"--{boundary}\r\n"
        'Content-Type: text/html; charset="gb2312"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: http://www.example.gov.cn/xczg/{name}.html\r\n"
        "\r\n"
        f"{body}\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/css\r\n"
        "Content-Location: http://www.example.gov.cn/css/style.css\r\n"
        "\r\n"
        "body { font-size: 14px; }\r\n"
        f"--{boundary}--\r\n"
    ).encode("gb18030")


def build(folder: Path = WEB) -> list[Path]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    built = []
    for i, source in enumerate(sorted(CORPUS.glob("*.txt"))):
        text = decode_bytes(source.read_bytes()).text
        if i % 4 == 3:
            target = folder / f"{source.stem}.mht"
            target.write_bytes(mht(text, source.stem))
        elif i % 2:
            target = folder / f"{source.stem}.html"
            target.write_bytes(page(text, "gb2312").encode("gb18030"))
        else:
            target = folder / f"{source.stem}.html"
            target.write_text(page(text, "utf-8"), encoding="utf-8")
        built.append(target)
    return built


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else WEB):
        print(path.name)
