#!/usr/bin/python3
# make-xls.py: writes vital-signs.xls, the Excel 97-2003 fixture of test-read-xls, with
# xlwt (Debian's python3-xlwt), so that the XLS reader is tested on a file from a real
# writer. Run again only to change the fixture: the tests read the committed file.
#
# Copyright 2026 The Vital Signs authors
# SPDX-License-Identifier: GPL-3.0-or-later
import datetime
import xlwt

book = xlwt.Workbook(encoding='utf-8')
sheet = book.add_sheet('Vital Signs')
month = xlwt.easyxf(num_format_str='mmm-yy')
percent = xlwt.easyxf(num_format_str='0.0%')
sheet.write(0, 0, 'Ref')
sheet.write(0, 1, 'Indicator')
sheet.write(0, 2, datetime.date(2016, 11, 1), month)
sheet.write(0, 3, datetime.date(2016, 12, 1), month)
sheet.write(1, 0, 'NI 62')
sheet.write(1, 1, 'Stability of placements – moves')
sheet.write(1, 2, 0.18, percent)
sheet.write(1, 3, 0.117, percent)
sheet.write(2, 0, 'LAC 1')
sheet.write(2, 1, 'Looked after children')
sheet.write(2, 2, 1053)
sheet.write(2, 3, 1060.5)
sheet.write(3, 0, True)
notes = book.add_sheet('Notes')
notes.write(4, 1, 'Breckland')
book.save('vital-signs.xls')
