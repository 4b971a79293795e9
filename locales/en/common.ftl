# Words shared by every part of the interface.

# How an error is printed on stderr.
common-error = error: { $message }
