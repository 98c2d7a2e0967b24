"""Word processors' documents read as what they show: the text and tables of a .docx
(python-docx), a Word 97-2003 .doc (its piece table and paragraph properties) and Rich
Text, with Word's automatic list numbers written out.

Shared by the notice reader (a notice's text and its issue tables, ``desktop.notice``)
and the ledger import (a ledger kept as a Word table, ``desktop.excel``). Nothing here
knows the ledger, the database or Qt.
"""
