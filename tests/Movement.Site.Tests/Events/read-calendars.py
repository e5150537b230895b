# Reads iCalendar files with python3-icalendar (Debian's package), an independent parser, and prints each
# event as a JSON line: timed starts and ends converted to UTC, all-day ones as dates.
import datetime
import json
import sys

import icalendar


def moment(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).isoformat()
    return value.isoformat()


for path in sys.argv[1:]:
    with open(path, 'rb') as file:
        calendar = icalendar.Calendar.from_ical(file.read())
    for event in calendar.walk('VEVENT'):
        print(json.dumps({
            'file': path,
            'uid': str(event['UID']),
            'summary': str(event['SUMMARY']),
            'start': moment(event.decoded('DTSTART')),
            'end': moment(event.decoded('DTEND')),
        }))
