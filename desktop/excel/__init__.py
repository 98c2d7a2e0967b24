"""Excel workbooks, with openpyxl, xlsxwriter and python-calamine: no Qt, no database.
One column spec for both directions; the reader produces an ImportPlan."""
