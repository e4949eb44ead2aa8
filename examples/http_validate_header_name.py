"""http.md "http.validateHeaderName(name[, label])".

Twin: examples/js/http_validate_header_name.js.
"""

import sys

from nodehttp import validateHeaderName

try:
    validateHeaderName('')
except Exception as err:
    print(isinstance(err, TypeError), file=sys.stderr)  # --> True
    print(err.code, file=sys.stderr)  # --> 'ERR_INVALID_HTTP_TOKEN'
    print(err.message, file=sys.stderr)  # --> 'Header name must be a valid HTTP token [""]'
