"""Printed documents laid out with QtGui (never widgets): issue sheets, sign-off forms,
the ledger table and the notice, rendered to a printer or a PDF."""
