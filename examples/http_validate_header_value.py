"""http.md "http.validateHeaderValue(name, value)".

Twin: examples/js/http_validate_header_value.js.
"""

import sys

from nodehttp import validateHeaderValue

try:
    validateHeaderValue('x-my-header', None)
except Exception as err:
    print(isinstance(err, TypeError), file=sys.stderr)  # --> True
    print(err.code == 'ERR_HTTP_INVALID_HEADER_VALUE', file=sys.stderr)  # --> True
    print(err.message, file=sys.stderr)  # --> 'Invalid value "undefined" for header "x-my-header"'

try:
    validateHeaderValue('x-my-header', 'oʊmɪɡə')
except Exception as err:
    print(isinstance(err, TypeError), file=sys.stderr)  # --> True
    print(err.code == 'ERR_INVALID_CHAR', file=sys.stderr)  # --> True
    print(err.message, file=sys.stderr)  # --> 'Invalid character in header content ["x-my-header"]'
